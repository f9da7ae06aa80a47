"""Where the figures of a short pasted row stand when the table names the year they are
measured against: a heading over the row ("Förändringar mot 2022:") or the row's own label
("Budget 2022", last year's budget carried into the years ahead). Changes against 2022 are
changes of the years after it, so the figures stand under those years: Burlöv's socialnämnd,
pasted with single spaces, "Vård och Äldreomsorg - yngre 1507 1 166 23" under Budget 2023,
Plan 2024 and Plan 2025, not under Bokslut 2021 and Prognos 2022.

A row with as many figures as there are years after the named one is placed for certain. A
row with fewer ("Arbetsmarknadsåtgärder -1 300 -1 300" under three years ahead) is not: the
text does not show which of those years is empty. Its figures go from the first of them on
(a change starts in the year it is decided for, the way the rows beside it do) and the
report names the row, so the secretary checks it against the source, PDF or web page.

Used for the rows the sums could not place (budget_paste_placing.py); a laid-out paste shows
its columns and needs neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.budget_grid import GridValue
from ksdesk.core.import_report import ImportReport, count
from ksdesk.interchange.budget_report import row_named

_AGAINST = re.compile(
    r"\b(?:mot|jämfört med|jmf\.?(?: med)?|i förhållande till)\s+(?:\w+\s+)?"
    r"((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_BASE = re.compile(
    r"^(?:budget|ram|budgetram|beslutad ram|ursprunglig budget)\s+((?:19|20)\d{2}):?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d{2}")


@dataclass(frozen=True)
class YearPlaced:
    """A short row placed under the years after the one the table names."""

    row: int
    year: int  # the year named ("mot 2022")
    first: str  # the heading of the first column its figures went to
    certain: bool  # as many figures as years after the named one


def place_after_named_year(
    cells: list[list[GridValue]], rows: list[int], notes: tuple[int, ...]
) -> tuple[list[YearPlaced], list[int]]:
    """Place, in place, each of `rows` whose figures the named year decides; (the rows so
    placed, the rows it does not decide)."""
    header_at = next((r for r, row in enumerate(cells) if len(row) > 1), None)
    if header_at is None:
        return [], rows
    header = cells[header_at]
    slots = [c for c in range(1, len(header)) if c not in notes]
    placed, left = [], []
    for r in rows:
        year = _named_year(cells, r, header_at, slots, header)
        ahead = [c for c in slots if year and (_column_year(header[c]) or 0) > year]
        figures = [cells[r][c] for c in slots if cells[r][c] is not None]
        if year is None or not figures or len(figures) > len(ahead):
            left.append(r)
            continue
        row = list(cells[r])
        for c in slots:
            row[c] = None
        for c, figure in zip(ahead, figures, strict=False):
            row[c] = figure
        cells[r] = row
        first = str(header[ahead[0]] or "")
        placed.append(YearPlaced(r, year, first, len(figures) == len(ahead)))
    return placed, left


def _named_year(
    cells: list[list[GridValue]], r: int, header_at: int, slots: list[int], header: list
) -> int | None:
    """The year the row's figures are measured against: in its own label, or in a heading
    above it up to the last row with every column filled (a heading's rows end there). A
    label that is a column's heading ("Budget 2022" over a column of its own) names that
    column, not a base carried ahead."""
    label = str(cells[r][0] or "").strip()
    headings = {" ".join(str(h).split()).lower() for h in header[1:] if h}
    base = None if label.lower().rstrip(":") in headings else _BASE.match(label)
    found = _AGAINST.search(label) or base
    if found:
        return int(found.group(1))
    for k in range(r - 1, header_at, -1):
        row = cells[k]
        filled = [row[c] is not None for c in slots if c < len(row)]
        if filled and all(filled):
            return None
        if not any(filled):
            found = _AGAINST.search(str(row[0] or ""))
            if found:
                return int(found.group(1))
    return None


def _column_year(heading: GridValue) -> int | None:
    found = _YEAR.search(str(heading or ""))
    return int(found.group()) if found else None


def report_year_placing(
    placed: list[YearPlaced], cells: list[list[GridValue]], report: ImportReport
) -> None:
    """What the report says of the rows placed by a named year: the certain ones as read,
    the others as a warning that names them (the text alone does not show their places)."""
    certain = [p for p in placed if p.certain]
    if certain:
        year = certain[0].year
        report.read.append(
            count(len(certain), "rad", "rader")
            + f" med färre tal än kolumner lades under åren efter {year}, som tabellen "
            f"jämför med (t.ex. {row_named(cells[certain[0].row])})"
        )
    unsure = [p for p in placed if not p.certain]
    if unsure:
        first = unsure[0]
        report.warn(
            "Tabellen",
            count(len(unsure), "rad", "rader")
            + f" med färre tal än åren efter {first.year}, t.ex. {row_named(cells[first.row])}",
            f"texten visar inte vilka av åren efter {first.year} som är tomma: talen lades "
            f"från ”{first.first}” och framåt; stäm av mot källan (PDF:en eller "
            "webbsidan), eller kopiera tabellen med kolumnerna utlagda",
        )
