"""Down the columns of a budget sheet: which rows each total, subtotal and result row sums.

A total ("Summa", "Totalt") sums the data rows of its block (the rows since the previous
heading or total); a total straight after another total is a grand total over every data row
since the previous grand total. Subtotals are never counted twice: only data rows are summed.
A Delsumma is read two ways, the rows since the previous subtotal or a running subtotal of the
block, and a total likewise as "the rows since the previous total" or "every row since the
previous grand total": each way is a candidate, and the one nearest the stated figure is
recorded (`TotalCheck.style`). Intermediate results ("Verksamhetens nettokostnad", "Årets
resultat") are the sum of every row above them, kept only where most of them add up so. A
nämnd's row over its verksamheter (core/budget_parents.py) gives a Summa one more reading:
the rows without those under a nämnd, taken only where it adds up. A total with nothing
above it to sum, written before its parts ("TOTALT, DRIFT"), sums the rows under it, over
the headings and Summa rows of its parts when they stand in blocks (Helsingborg's "Summa
skatte- och avgiftsfinansierat" over "Nämnder"), down to the next total straight after a
Summa, where the next block of its level begins; and every total may also be read as the
sums checked above it (or, written first, under it) and the rows outside them, so one wrong
figure is one fel, at the sum of its own block. A netto ("Finansnetto") is the rows since
the previous result; a result that leaves out what the table does not show ("Årets resultat
exklusive förändring av pensionsavsättning") is checked only where it adds up all the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from ksdesk.core.budget import Row, Sheet, is_result_label, never_summed
from ksdesk.core.budget_check_result import SheetCheck, record, sum_terms
from ksdesk.core.budget_parents import adds_up, parts_under_parents
from ksdesk.core.budget_rounding import column_places
from ksdesk.core.budget_sum_first import (
    SUMS_UNDER,
    UNDER,
    distinct,
    over_its_parts,
    rows_under,
    written_first,
)

HUNDRED = Decimal(100)
_PARENTS = "överordnade rader"
# A netto of its own rows ("Finansnetto", "Skattenetto"): the rows since the previous result.
_NETTO = re.compile(r"netto$", re.IGNORECASE)
_NETTO_STYLE = "sedan föregående resultat"
_SUMS = "summorna ovanför"

# How a recomputed total chose its terms, in words for the message.
_STYLE_WORDS = {
    "block": "raderna ovanför",
    "sedan föregående summa": "raderna sedan föregående summa",
    "alla rader": "alla rader ovanför",
    "sedan föregående delsumma": "raderna sedan föregående delsumma",
    "löpande": "alla rader sedan blockets början",
    "mellanresultat": "alla rader ovanför",
    "från föregående resultat": "föregående resultat och raderna efter det",
    _PARENTS: "raderna ovanför, utan delraderna under varje nämnd",
    UNDER: "raderna under den",
    _SUMS: "summorna ovanför och raderna utanför dem",
    _NETTO_STYLE: "raderna sedan föregående resultat",
    SUMS_UNDER: "summorna under den och raderna utanför dem",
}

# A result with a part left out that the table does not show ("Årets resultat exklusive
# förändring av pensionsavsättning"): checked only where it adds up all the same.
_EXCLUDING = re.compile(r"\b(?:exklusive|exkl\.?|utan)\s", re.IGNORECASE)

# Rows whose amounts a table may write without their minus sign.
_COST_LABEL = re.compile(r"kostnad|avskrivning|nedskrivning|utgift", re.IGNORECASE)


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
    seen = False  # a data row above: a total with none has nothing above it to sum
    first = False  # the previous grand total was written first, over its sections
    for i, row in enumerate(sheet.rows):
        if never_summed(row) or _restates_sum(sheet, i):
            continue  # "varav" (part of the row above), a percent or a count: never summed
        seen = seen or row.kind == "data"
        if row.kind == "heading":  # a new part of the table: its results start over
            block, since_sub = [], []
            last_result, since_result = None, []
        elif row.kind == "data":
            for rows in (block, since_sub, since_total, since_grand, since_result):
                rows.append(i)
        elif row.kind == "subtotal" and is_result_label(row.label):
            if block:  # straight under a heading it restates a figure: nothing to sum
                result[i] = _result_ways(block, since_sub, since_grand, last_result, since_result)
                if _NETTO.search(row.label) and since_result:  # "Finansnetto": its own rows
                    result[i] = distinct([(_NETTO_STYLE, since_result), *result[i]])
            last_result, since_result, since_sub = i, [], []
        elif row.kind == "subtotal":
            result[i] = distinct([("sedan föregående delsumma", since_sub), ("löpande", block)])
            since_sub = []
        elif row.kind == "total":
            if block and over_its_parts(sheet, i, block):
                # written first over the rows under it, a row of its own above it
                # ("Politisk verksamhet" over "Summa verksamheter", then its verksamheter)
                result[i], first = written_first(sheet, i), True
            elif block:
                result[i] = distinct(
                    [
                        ("block", block),
                        ("sedan föregående summa", since_total),
                        ("alla rader", since_grand),
                    ]
                )
            elif since_grand or (seen and not rows_under(sheet, i)):  # a grand total
                result[i] = [("alla rader", list(since_grand))]
                if first and rows_under(sheet, i, blocks=True):  # or the next of its level
                    result[i] = distinct([*result[i], *written_first(sheet, i)])
                else:
                    since_grand, first = [], False
            elif rows_under(sheet, i) or rows_under(sheet, i, blocks=True):
                # the total first, its parts under it ("TOTALT, DRIFT" over the verksamheter;
                # Helsingborg's "Summa skatte- och avgiftsfinansierat" over its two parts)
                result[i], first = written_first(sheet, i), True
            if parts and i in result:  # a nämnd's row sums the rows under it: one or other
                for _style, rows in list(result[i]):
                    kept = [r for r in rows if r not in parts]
                    if kept != rows:
                        result[i] = distinct([*result[i], (_PARENTS, kept)])
                        break
            block, since_sub, since_total = [], [], []
            last_result, since_result = None, []
    return result


def _restates_sum(sheet: Sheet, at: int) -> bool:
    """A data row that repeats the sum straight above it, figure for figure (Nynäshamn's
    "kontroll investeringsnetto från not" under "Kassaflöde från investeringsverksamheten"):
    a control of the sum, never a term of the next."""
    row, above = sheet.rows[at], sheet.rows[at - 1] if at else None
    if row.kind != "data" or above is None or above.kind not in ("total", "subtotal"):
        return False
    figures = [(v, w) for v, w in zip(row.cells, above.cells, strict=False) if v is not None]
    amounts = [v for v, _ in figures if isinstance(v, Decimal)]
    return len(amounts) >= 2 and all(v == w for v, w in figures if isinstance(v, Decimal))


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
        # Never the rows since the previous result alone: that is a netto of its own (Region
        # Blekinge prints the finansnetto 40,0 − 276,2 as "Resultat efter finansiella poster").
        ways.append(("från föregående resultat", [last_result, *since_result]))
        return distinct(ways)
    ways += [("sedan föregående delsumma", since_sub), ("löpande", block)]
    return distinct(ways)


def check_down(sheet: Sheet, result: SheetCheck) -> None:
    """Every stated total, subtotal and result row checked in every amount column."""
    candidates_by_row = row_candidates(sheet)
    for c, column in enumerate(sheet.columns):
        if not column.is_numeric:
            continue
        chosen: dict[int, list[int]] = {}  # each checked row: the rows its reading added
        for r, candidates in candidates_by_row.items():
            stated = sheet.cell(r, c)
            if not isinstance(stated, Decimal):
                continue  # an empty stated total is not checked
            options = []
            for style, rows in [*candidates, *_sums_above(candidates, chosen)]:
                terms = [(t, c, 1) for t in rows if isinstance(sheet.cell(t, c), Decimal)]
                computed = sum_terms(sheet, terms, stated)
                if style == _PARENTS and not adds_up(
                    sheet, result.places, terms, stated, computed, c
                ):
                    continue  # read without the rows under a nämnd only where that adds up
                options.append((style, terms, computed))
            if column.kind == "percent" and not _is_whole(stated, options):
                continue
            style, terms, computed = min(options, key=lambda o: abs(stated - o[2]))
            label = sheet.rows[r].label
            if _EXCLUDING.search(label) and not adds_up(
                sheet, result.places, terms, stated, computed, c
            ):
                continue  # what it leaves out is not in the table: no sum to hold it to
            chosen[r] = [t for t, _, _ in terms]
            what = _STYLE_WORDS.get(style, "raderna ovanför")
            record(sheet, result, (r, c, "nedåt", style, what), terms, stated, computed)


def _sums_above(
    candidates: list[tuple[str, list[int]]], chosen: dict[int, list[int]]
) -> list[tuple[str, list[int]]]:
    """One more reading of a total over many rows: the sums already checked above it, each in
    place of the rows it adds ("Total kassaflöde" = the four block results; "SUMMA
    TILLGÅNGAR" = Summa anläggningstillgångar + Bidrag + Summa omsättningstillgångar). One
    wrong figure in a block then makes one fel, at its block's sum, and not a second one at
    every total over it that the board reads as the sum of the sums."""
    widest = max((rows for _, rows in candidates), key=len, default=[])
    rows = set(widest)
    for total in sorted((t for t in chosen if widest and t > widest[0]), reverse=True):
        added = set(chosen[total])
        if added and added <= rows:
            rows = (rows - added) | {total}
    return [(_SUMS, sorted(rows))] if rows != set(widest) else []


def drop_inconsistent_results(sheet: Sheet, result: SheetCheck) -> None:
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
    costs = [r for r in sheet.rows if r.kind == "data" and _COST_LABEL.search(r.label)]
    if not costs:
        return  # no costs that could be written without their minus: the results are sums
    if all(_negative(row) for row in costs):
        return  # every cost carries its minus: the results are sums, and the fel are fel
    result.checks = [c for c in result.checks if c not in checks]
    result.findings = [f for f in result.findings if f.row not in rows]


def _negative(row: Row) -> bool:
    """Every figure other than zero in the row is below zero (a cost written with its minus)."""
    figures = [v for v in row.cells if isinstance(v, Decimal) and v != 0]
    return bool(figures) and all(v < 0 for v in figures)


def _is_whole(stated: Decimal, options: Sequence[tuple]) -> bool:
    """A percent total is checked only when the parts make up a whole (100 %)."""
    return stated == HUNDRED or any(o[2] == HUNDRED for o in options)
