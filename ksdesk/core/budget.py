"""Budget sheets: tables of amounts in kr / tkr / mnkr, held as exact Decimals as printed.

A sheet is columns (text, code, amount, percent, date) and rows (heading, data, subtotal,
total). The stated totals are kept exactly as the board was shown them, never rewritten:
core/budget_check.py recomputes them and reports the differences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ksdesk.core.identity import row_uuid

UNITS = ("kr", "tkr", "mnkr", "procent")
COLUMN_KINDS = ("text", "code", "amount", "percent", "date")
ROW_KINDS = ("heading", "data", "subtotal", "total")
NUMERIC_KINDS = ("amount", "percent")

COLUMN_KIND_LABELS = {
    "text": "Text",
    "code": "Kod",
    "amount": "Belopp",
    "percent": "Procent",
    "date": "Datum",
}
ROW_KIND_LABELS = {
    "heading": "Rubrik",
    "data": "Rad",
    "subtotal": "Delsumma",
    "total": "Summa",
}

Cell = Decimal | str | None

# "Summa", "SUMMA KSF", "Total, tkr", "Total Summa", "Totalt per Förvaltning": a total by its
# label. "Delsumma" (and "Delsumma 1") is a subtotal, and so are the block results of a
# kassaflödesanalys ("Medel från verksamheten före förändring av rörelsekapital", "Kassaflöde
# från investeringsverksamheten"): each adds its block, written either way a Delsumma is. A
# word boundary keeps "Totalförsvar" out.
_TOTAL_LABEL = re.compile(r"^(summa|totalt?|total summa)\b", re.IGNORECASE)
_SUBTOTAL_LABEL = re.compile(r"^(?:delsumma|medel\s+från\s+verksamheten|kassaflöde\s+från)\b", re.I)
# Row labels only (a column headed "Budget totalt" may be anything): "S:a nämnder",
# "Totalsumma", and a total named last ("Nämnderna totalt", "Kommunstyrelsen summa"), a
# footnote marker after it allowed ("Nämnder totalt 1)").
_TOTAL_ROW_LABEL = re.compile(
    r"^(?:s:a|totalsumma)\b|\s(?:totalt|summa)(?:\s*(?:\d\)|\*+|[¹²³]))?\s*$", re.IGNORECASE
)


# Intermediate results of a resultaträkning, and the year's kassaflöde of a
# kassaflödesanalys: each is the running sum of the rows above it.
_RESULT_LABEL = re.compile(
    r"^(?:(?:årets|periodens|verksamhetens)\s+(?:externa\s+)?(?:resultat|netto(?:resultat|kostnad(?:er)?))"
    r"|(?:årets|periodens)\s+kassaflöde"
    r"|resultat\s+(?:före|efter)|nettokostnad(?:er)?|finansnetto)\b",
    re.IGNORECASE,
)
# "–" alone, the usual "nothing here" in a printed table; never a number, never a warning.
_NIL = re.compile(r"^\s*[-\u2010-\u2015\u2212]{1,3}\s*$")
# A percent label: "%" not right after a figure ("Andel, %", "Förändring i %", but not
# "Löneuppräkning 2,5 %", whose amounts are kronor).
_PERCENT_LABEL = re.compile(r"(?<![\d\s])\s*%|^%|\(%\)|\bi\s+%|\bprocent\b", re.IGNORECASE)


# "varav jämförelsestörande poster": a part of the row above, shown, never summed again.
_PART_LABEL = re.compile(r"^[-–\s]*(?:varav|därav)\b", re.IGNORECASE)


# "Antal årsarbetare", "Antal elever": a count among the amounts, in persons, not kronor.
_COUNT_LABEL = re.compile(r"^antal\b", re.IGNORECASE)


def is_part_label(text: str) -> bool:
    return bool(_PART_LABEL.match(text))


def is_count_label(text: str) -> bool:
    """ "Antal årsarbetare 459,267" under a nämnd's budget: persons, not kronor."""
    return bool(_COUNT_LABEL.match(text))


def never_summed(row: Row) -> bool:
    """A row no total adds: a percent row, a "varav" part of the row above, a count of staff
    (`is_count_label`)."""
    return row.percent or is_part_label(row.label) or is_count_label(row.label)


def is_result_label(text: str) -> bool:
    """ "Årets resultat", "Verksamhetens nettokostnad"; not a rate of one ("Årets resultat i
    procent av skatteintäkter"), which is a percent row and never a sum."""
    return bool(_RESULT_LABEL.match(text.strip())) and not is_percent_label(text)


def is_nil(value: object) -> bool:
    return isinstance(value, str) and bool(_NIL.match(value))


def is_percent_label(text: str) -> bool:
    return bool(_PERCENT_LABEL.search(text)) and not re.search(r"\d\s*%", text)


def is_total_label(text: str) -> bool:
    return bool(_TOTAL_LABEL.match(text.strip()))


def is_total_row_label(text: str) -> bool:
    """A row's label that says it is a total: all that `is_total_label` says, and "S:a …",
    "Totalsumma", "… totalt"."""
    return is_total_label(text) or bool(_TOTAL_ROW_LABEL.search(text.strip()))


def is_subtotal_label(text: str) -> bool:
    return bool(_SUBTOTAL_LABEL.match(text.strip()))


@dataclass(frozen=True)
class TotalCheck:
    """One stated total (or difference) recomputed: the cells it adds, each with its sign,
    and how they were chosen (core.budget_check, core.budget_difference)."""

    row: int
    column: int
    direction: str  # "nedåt" (down a column) or "tvärs" (across a row)
    terms: tuple[tuple[int, int, int], ...]  # (row, column, sign) of every summed cell
    stated: Decimal
    computed: Decimal
    tolerance: Decimal
    style: str


@dataclass(frozen=True)
class Term:
    """One column in a declared identity: `sign` × the column at index `column`."""

    column: int
    sign: int = 1


@dataclass
class Column:
    header: str
    kind: str = "amount"
    id: int | None = None
    # A declared identity: in every row this column equals the signed sum of these columns
    # (e.g. "Totalt per Förvaltning" = Utö. Ram + Kapitalkostnader + Kostnader Heroma).
    sums: tuple[Term, ...] = ()
    uuid: str = row_uuid()

    @property
    def is_numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS

    @property
    def is_total_column(self) -> bool:
        """A column whose header says it is a total (Summa / Total / Totalt ...)."""
        return self.kind == "amount" and is_total_label(self.header)


@dataclass
class Row:
    kind: str = "data"
    cells: list[Cell] = field(default_factory=list)
    id: int | None = None
    # A percent row ("Andel av ramen") holds percentages in its amount columns: shown with %,
    # never summed into a total.
    percent: bool = False
    uuid: str = row_uuid()

    @property
    def label(self) -> str:
        """The first non-empty text cell: how a secretary names the row."""
        for cell in self.cells:
            if isinstance(cell, str) and cell.strip():
                return cell.strip()
        return ""


@dataclass
class Sheet:
    key: str
    title: str
    unit: str = "tkr"
    decimals: int = 0
    caption: str = ""
    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    id: int | None = None
    uuid: str = row_uuid()

    def cell(self, row: int, column: int) -> Cell:
        cells = self.rows[row].cells
        return cells[column] if column < len(cells) else None

    def long_figures(self) -> list[str]:
        """The sheet's whole figures of ten digits or more, written without spaces, for the
        public-copy review: a personnummer imported from a spreadsheet as a number (a column
        of identity numbers in a list of grant receivers) is printed as an amount is,
        "8 112 189 876", which the scanner rightly takes for an amount but which is the
        number all the same."""
        return [
            str(abs(int(cell)))
            for row in self.rows
            for cell in row.cells
            if isinstance(cell, Decimal) and abs(cell) >= 10**9 and cell == cell.to_integral_value()
        ]

    def column_index(self, header: str) -> int:
        """The index of the column with this header (ValueError when there is none)."""
        for i, column in enumerate(self.columns):
            if column.header == header:
                return i
        raise ValueError(header)


def terms_from_headers(columns: list[Column], names: list[str]) -> tuple[Term, ...]:
    """["Budget 2020", "Äskningar", "−Avgår"] → Terms; a leading minus subtracts the column."""
    from ksdesk.core.errors import InvalidInput

    headers = [c.header for c in columns]
    terms = []
    for name in names:
        sign = -1 if name[:1] in ("-", "−", "–") else 1
        header = name[1:].strip() if sign < 0 else name
        if header not in headers:
            raise InvalidInput(f"Kolumnen ”{header}” finns inte i bladet.")
        terms.append(Term(headers.index(header), sign))
    return tuple(terms)


_KEY_LETTERS = str.maketrans("åäöéü", "aaoeu")


def sheet_key(title: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A stable key for a new sheet: "Bilaga 2" → "bilaga-2", unique among `taken`."""
    base = re.sub(r"[^a-z0-9]+", "-", title.lower().translate(_KEY_LETTERS)).strip("-")
    base = base or "blad"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def unit_line(sheet: Sheet) -> str:
    """ "Belopp i tkr": the unit as the header of a printed or shown sheet says it."""
    return "Belopp i procent" if sheet.unit == "procent" else f"Belopp i {sheet.unit}"
