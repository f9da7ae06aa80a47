"""Checking a budget sheet: every stated total recomputed from the figures it sums.

What is checked
- Down each amount column: every total row ("Summa", "SUMMA", "Total", "Totalt") and every
  subtotal row ("Delsumma"). A total sums the data rows of its block (the rows since the previous
  heading or total); a total straight after another total is a grand total over every data row
  since the previous grand total. Subtotals are never counted twice: only data rows are summed.
  A Delsumma is written two ways in real budgets: the data rows since the previous subtotal, or a
  running subtotal of all data rows since the block began. Both are accepted and the one that
  matches is recorded (`TotalCheck.style`); the same leniency lets a total be read as "the rows
  since the previous total" or "every row since the previous grand total".
- Across each row: a column whose header says it is a total (Summa / Total / Totalt) sums the
  amount columns before it (back to the previous total column, or all of them), and a column
  with a declared identity (`Column.sums`, e.g. Totalt = Utö. Ram + Kapitalkostnader + Heroma,
  or Budget 2020 + Äskningar − Avgår = Förslag) equals the signed sum of its columns.
- Intermediate results ("Verksamhetens nettokostnad", "Årets resultat") are rows of their own
  kind (subtotal) read as the sum of every data row above them, and checked only where most
  of them add up so (a table that writes costs without a minus sign is not wrong, only
  written otherwise).
- A nämnd's data row that is the sum of the rows under it (core/budget_parents.py) is no
  total of the rows above it; a Summa below may add the nämnder only, read so where that
  adds up.
- Avvikelse and Netto lines, a difference and not a sum, are checked by the reading the
  table's own figures show (core/budget_difference.py).
- Percent rows and percent columns are never summed into amount totals. A percent column's total
  is checked as percent only when the parts make up a whole (the stated or the summed total is
  100 %); otherwise it may be an average or a rate and is left alone.
- An empty stated total is not checked (the seed's Strukturplan 2021 has an empty Besparing).

The rounding rule (documented here, used everywhere: tab, CLI, paper)
Every printed figure was rounded to its last shown digit, so each may be off by at most half a
unit of that digit: 0,05 for "3,2", 0,5 for "1 373". The digit is the column's: a column that
shows one decimal printed "1" as "1,0", which carries 0,05, not 0,5. A stated
total of n terms can therefore differ from the sum of the shown terms by at most the sum of those
half units over the n terms and the total itself; with every figure shown to d decimals that is

    |stated − computed| ≤ 0.5 × 10^−d × (n + 1)

A difference within that bound is **avrundning** (the board was shown correctly rounded figures);
a larger difference is **fel**. Empty cells are not terms; a shown zero is (it may be a rounded
0,4). Text where an amount belongs is a **varning**: it is not counted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from ksdesk.core.budget import (
    Column,
    Sheet,
    Term,
    TotalCheck,
    is_nil,
    is_part_label,
    is_result_label,
)
from ksdesk.core.budget_difference import check_differences
from ksdesk.core.budget_parents import adds_up, parts_under_parents
from ksdesk.core.budget_rounding import (
    classify,
    column_places,
    finding_message,
    half_unit,
    tolerance,
)
from ksdesk.core.findings import Finding, Severity
from ksdesk.core.format import FormatError, parse_date

__all__ = ["Finding", "SheetCheck", "TotalCheck", "check_sheet", "half_unit", "tolerance"]

HUNDRED = Decimal(100)

# How a recomputed total chose its terms, in words for the message.
_STYLE_WORDS = {
    "block": "raderna ovanför",
    "sedan föregående summa": "raderna sedan föregående summa",
    "alla rader": "alla rader ovanför",
    "sedan föregående delsumma": "raderna sedan föregående delsumma",
    "löpande": "alla rader sedan blockets början",
    "mellanresultat": "alla rader ovanför",
    "från föregående resultat": "föregående resultat och raderna efter det",
    "överordnade rader": "raderna ovanför, utan delraderna under varje nämnd",
}


def finding_json(finding: Finding) -> dict:
    """The shape `ksdesk budget check --json` prints: amounts as plain decimal strings."""
    return {
        "severity": finding.severity.value,
        "sheet": finding.sheet,
        "row": finding.row_label,
        "column": finding.column_header,
        "stated": plain(finding.stated),
        "computed": plain(finding.computed),
        "message": finding.message,
    }


@dataclass
class SheetCheck:
    findings: list[Finding] = field(default_factory=list)
    checks: list[TotalCheck] = field(default_factory=list)
    places: list[int] = field(default_factory=list)  # decimals each column shows

    @property
    def has_errors(self) -> bool:
        return any(f.is_error for f in self.findings)

    def at(self, row: int, column: int) -> list[Finding]:
        return [f for f in self.findings if f.row == row and f.column == column]

    def subtotal_styles(self) -> dict[int, str]:
        """For each checked Delsumma row, the style that matched (first checked column)."""
        styles: dict[int, str] = {}
        for check in self.checks:
            if check.style in ("sedan föregående delsumma", "löpande"):
                styles.setdefault(check.row, check.style)
        return styles


def plain(value: Decimal | None) -> str | None:
    """ "-1179.0": a decimal string with a point, never exponent notation."""
    return None if value is None else format(value, "f")


def check_sheet(sheet: Sheet) -> SheetCheck:
    result = SheetCheck(places=column_places(sheet))
    _check_headers(sheet, result)
    _check_text_in_amounts(sheet, result)
    _check_down(sheet, result)
    _drop_inconsistent_results(sheet, result)
    _check_across(sheet, result)
    _check_differences(sheet, result)
    # Cell by cell, the sums first; what is said about the headers after them.
    result.findings.sort(key=lambda f: (f.row == HEADER_ROW, f.row, f.column))
    return result


# ---------------------------------------------------------------------------------------------
# Down the columns: total and subtotal rows


def row_candidates(sheet: Sheet) -> dict[int, list[tuple[str, list[int]]]]:
    """For each total/subtotal row, the ways of reading which rows it sums, best first."""
    result: dict[int, list[tuple[str, list[int]]]] = {}
    block: list[int] = []  # since the previous heading or total
    since_sub: list[int] = []  # since the previous subtotal in the block
    since_total: list[int] = []  # since the previous total (headings ignored)
    since_grand: list[int] = []  # since the previous grand total
    last_result: int | None = None  # the previous intermediate result ("Årets resultat")
    since_result: list[int] = []
    has_total = any(row.kind == "total" for row in sheet.rows)
    parts = parts_under_parents(sheet, column_places(sheet)) if has_total else set()
    for i, row in enumerate(sheet.rows):
        if row.percent or is_part_label(row.label):
            continue  # a "varav" row is part of the row above: never summed again
        if row.kind == "heading":
            block, since_sub = [], []
        elif row.kind == "data":
            for rows in (block, since_sub, since_total, since_grand, since_result):
                rows.append(i)
        elif row.kind == "subtotal" and is_result_label(row.label):
            if block:  # straight under a heading it restates a figure: nothing to sum
                result[i] = _result_ways(block, since_sub, since_grand, last_result, since_result)
            last_result, since_result, since_sub = i, [], []
        elif row.kind == "subtotal":
            result[i] = _distinct([("sedan föregående delsumma", since_sub), ("löpande", block)])
            since_sub = []
        elif row.kind == "total":
            if block:
                result[i] = _distinct(
                    [
                        ("block", block),
                        ("sedan föregående summa", since_total),
                        ("alla rader", since_grand),
                    ]
                )
            else:  # straight after another total: a grand total
                result[i] = [("alla rader", list(since_grand))]
                since_grand = []
            if parts:  # a nämnd's row sums the rows under it: the Summa adds one or the other
                for _style, rows in list(result[i]):
                    kept = [r for r in rows if r not in parts]
                    if kept != rows:
                        result[i] = _distinct([*result[i], (_PARENTS, kept)])
                        break
            block, since_sub, since_total = [], [], []
            last_result, since_result = None, []
    return result


def _result_ways(
    block: list[int],
    since_sub: list[int],
    since_grand: list[int],
    last_result: int | None,
    since_result: list[int],
) -> list[tuple[str, list[int]]]:
    """An intermediate result is everything above it, or the result before it and the rows
    since ("Årets resultat efter balanskravsjusteringar" = Årets resultat + the adjustments)."""
    ways = [("mellanresultat", since_grand)]
    if last_result is not None:
        ways.append(("från föregående resultat", [last_result, *since_result]))
    ways += [("sedan föregående delsumma", since_sub), ("löpande", block)]
    return _distinct(ways)


def _distinct(candidates: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    seen: list[list[int]] = []
    result = []
    for style, rows in candidates:
        if rows not in seen:
            seen.append(list(rows))
            result.append((style, list(rows)))
    return result


def _check_down(sheet: Sheet, result: SheetCheck) -> None:
    candidates_by_row = row_candidates(sheet)
    for c, column in enumerate(sheet.columns):
        if not column.is_numeric:
            continue
        for r, candidates in candidates_by_row.items():
            stated = sheet.cell(r, c)
            if not isinstance(stated, Decimal):
                continue  # an empty stated total is not checked
            options = []
            for style, rows in candidates:
                terms = [(t, c, 1) for t in rows if isinstance(sheet.cell(t, c), Decimal)]
                computed = _sum(sheet, terms, stated)
                if style == _PARENTS and not adds_up(sheet, result.places, terms, stated, computed):
                    continue  # read without the rows under a nämnd only where that adds up
                options.append((style, terms, computed))
            if column.kind == "percent" and not _is_whole(stated, options):
                continue
            style, terms, computed = min(options, key=lambda o: abs(stated - o[2]))
            what = _STYLE_WORDS.get(style, "raderna ovanför")
            _record(sheet, result, (r, c, "nedåt", style, what), terms, stated, computed)


_PARENTS = "överordnade rader"


def _drop_inconsistent_results(sheet: Sheet, result: SheetCheck) -> None:
    """Intermediate results ("Verksamhetens nettokostnad", "Årets resultat") are checked as
    sums of the rows above them only when they mostly are: in a table that writes costs
    without a minus sign, or where "Årets resultat" is a figure of its own, they are not sums,
    and calling each of them an error would be noise. A table with no cost rows has no such
    way of writing: its results are sums (Malmö's ÅRETS RESULTAT under the nämnder), checked
    even when there is one."""
    rows = {
        i
        for i, row in enumerate(sheet.rows)
        if row.kind == "subtotal" and is_result_label(row.label)
    }
    checks = [c for c in result.checks if c.row in rows and c.direction == "nedåt"]
    agreeing = sum(1 for c in checks if abs(c.stated - c.computed) <= c.tolerance)
    if not checks or agreeing * 2 > len(checks):
        return
    if not any(r.kind == "data" and _COST_LABEL.search(r.label) for r in sheet.rows):
        return  # no costs that could be written without their minus: the results are sums
    result.checks = [c for c in result.checks if c not in checks]
    result.findings = [f for f in result.findings if f.row not in rows]


# Rows whose amounts a table may write without their minus sign.
_COST_LABEL = re.compile(r"kostnad|avskrivning|nedskrivning|utgift", re.IGNORECASE)


def _is_whole(stated: Decimal, options: Sequence[tuple]) -> bool:
    return stated == HUNDRED or any(o[2] == HUNDRED for o in options)


# ---------------------------------------------------------------------------------------------
# Across the rows: total columns and declared identities


def column_candidates(sheet: Sheet, c: int) -> list[tuple[str, list[Term]]]:
    """The ways of reading which columns column `c` sums; empty when it sums none."""
    column = sheet.columns[c]
    if column.sums:
        return [("identitet", [t for t in column.sums if t.column < len(sheet.columns)])]
    if not column.is_total_column:
        return []
    before = [i for i in range(c) if _is_summable(sheet.columns[i])]
    totals_before = [i for i in range(c) if _is_total(sheet.columns[i])]
    start = totals_before[-1] + 1 if totals_before else 0
    since_total = [Term(i) for i in before if i >= start]
    everything = [Term(i) for i in before]
    if since_total == everything:
        return [("kolumner före", everything)]
    return [("kolumner före", since_total), ("alla kolumner före", everything)]


def _is_total(column: Column) -> bool:
    return column.is_total_column or bool(column.sums)


def _is_summable(column: Column) -> bool:
    # Percent columns are never summed into amounts; a total is never counted twice.
    return column.kind == "amount" and not _is_total(column)


def _check_across(sheet: Sheet, result: SheetCheck) -> None:
    for c in range(len(sheet.columns)):
        candidates = column_candidates(sheet, c)
        if not candidates:
            continue
        for r, row in enumerate(sheet.rows):
            stated = sheet.cell(r, c)
            if row.kind == "heading" or row.percent or not isinstance(stated, Decimal):
                continue
            options = []
            for style, columns in candidates:
                terms = [
                    (r, t.column, t.sign)
                    for t in columns
                    if sheet.columns[t.column].is_numeric
                    and isinstance(sheet.cell(r, t.column), Decimal)
                ]
                options.append((style, terms, _sum(sheet, terms, stated), columns))
            style, terms, computed, columns = min(options, key=lambda o: abs(stated - o[2]))
            # The corner of a total row and a total column is checked both ways; when both
            # find the same figure, one finding says it.
            already = [f for f in result.at(r, c) if f.computed == computed]
            what = _describe_columns(sheet, columns)
            place = (r, c, "tvärs", style, what)
            _record(sheet, result, place, terms, stated, computed, quiet=bool(already))


def _check_differences(sheet: Sheet, result: SheetCheck) -> None:
    """Avvikelse and Netto lines (core/budget_difference.py); a cell another check already
    called wrong is not said twice."""
    checks, findings = check_differences(sheet, result.places)
    result.checks += checks
    said = {(f.row, f.column) for f in result.findings if f.is_error}
    result.findings += [f for f in findings if (f.row, f.column) not in said]


# ---------------------------------------------------------------------------------------------
# Shared


def _sum(sheet: Sheet, terms: list[tuple[int, int, int]], stated: Decimal) -> Decimal:
    # Start from a zero with the stated total's decimals, so "0,0" stays "0.0" when nothing
    # is summed and the computed figure reads like the stated one.
    exponent = stated.as_tuple().exponent
    total = Decimal(0).scaleb(min(0, exponent) if isinstance(exponent, int) else 0)
    for r, c, sign in terms:
        value = sheet.cell(r, c)
        assert isinstance(value, Decimal)
        total += value if sign > 0 else -value
    return total


def _record(
    sheet: Sheet,
    result: SheetCheck,
    place: tuple[int, int, str, str, str],
    terms: list[tuple[int, int, int]],
    stated: Decimal,
    computed: Decimal,
    quiet: bool = False,
) -> None:
    """Keep the check; a difference becomes a finding. `place` is (row, column, direction,
    style, what was summed in words)."""
    r, c, direction, style, what = place
    places = result.places or column_places(sheet)
    figures = [(sheet.cell(t[0], t[1]), places[t[1]]) for t in terms]
    bound = tolerance([*figures, (stated, places[c])])  # type: ignore[list-item]
    result.checks.append(TotalCheck(r, c, direction, tuple(terms), stated, computed, bound, style))
    severity = classify(stated, computed, bound)
    if severity is None or quiet:
        return
    row, column = sheet.rows[r], sheet.columns[c]
    message = finding_message(
        sheet, row, column, direction, what, stated, computed, bound, len(terms)
    )
    result.findings.append(_finding(sheet, r, c, severity, stated, computed, message))


def _finding(
    sheet: Sheet,
    r: int,
    c: int,
    severity: Severity,
    stated: Decimal | None,
    computed: Decimal | None,
    message: str,
) -> Finding:
    return Finding(
        severity=severity,
        sheet=sheet.title,
        row=r,
        column=c,
        row_label="Kolumnrubrik" if r == HEADER_ROW else sheet.rows[r].label,
        column_header=sheet.columns[c].header,
        stated=stated,
        computed=computed,
        message=message,
        sheet_key=sheet.key,
    )


def _describe_columns(sheet: Sheet, terms: Sequence[Term]) -> str:
    if not terms:
        return "kolumnerna den summerar"
    names = [_name(sheet.columns[t.column]) for t in terms]
    if len(terms) > 4:
        return f"de {len(terms)} kolumnerna från {names[0]} till {names[-1]}"
    text = names[0] if terms[0].sign > 0 else f"−{names[0]}"
    for term, name in zip(terms[1:], names[1:], strict=True):
        text += f" {'+' if term.sign > 0 else '−'} {name}"
    return text


def _name(column: Column) -> str:
    return f"”{column.header}”" if column.header else "kolumnen utan rubrik"


def _check_text_in_amounts(sheet: Sheet, result: SheetCheck) -> None:
    for r, row in enumerate(sheet.rows):
        if row.kind == "heading":
            continue
        for c, column in enumerate(sheet.columns):
            value = sheet.cell(r, c)
            if column.is_numeric and isinstance(value, str) and value.strip() and not is_nil(value):
                label = f"”{row.label}”" if row.label else f"Rad {r + 1}"
                message = (
                    f"{label} har texten ”{value.strip()}” i beloppskolumnen "
                    f"{_name(column)}; den räknas inte med i summorna."
                )
                result.findings.append(_finding(sheet, r, c, Severity.VARNING, None, None, message))


# ---------------------------------------------------------------------------------------------
# The column headers

HEADER_ROW = -1  # the row of a finding about a column's header, not a cell
# A date written with a space in it ("Förslag KS 2020- 12-07": the seed's column header, a
# line break of the original turned into a space). The date breaks apart when printed.
_SPACED_DATE = re.compile(r"(?<![\d-])\d{4}\s*-\s*\d{1,2}\s*-\s*\d{1,2}(?![\d-])")


def _check_headers(sheet: Sheet, result: SheetCheck) -> None:
    for c, column in enumerate(sheet.columns):
        for match in _SPACED_DATE.finditer(column.header):
            written = match.group()
            joined = "".join(written.split())
            if joined == written or not _is_date(joined):
                continue
            message = (
                f"Kolumnrubriken {_name(column)} har ett mellanslag i datumet ”{written}”: "
                f"skriv ”{joined}”, annars kan datumet brytas på två rader i utskriften."
            )
            finding = _finding(sheet, HEADER_ROW, c, Severity.VARNING, None, None, message)
            result.findings.append(finding)


def _is_date(text: str) -> bool:
    try:
        parse_date(text)
    except FormatError:  # no such day ("2020-13-07")
        return False
    return True
