"""What a row is by where it stands, once each row has been read by its label
(core/budget_grid_kinds.py): two things a label alone cannot tell.

- A result ("Årets resultat", "Verksamhetens nettokostnad") that opens its block, with no
  figure above it since the heading or the top of the table, sums nothing: it is a figure
  carried in and a term of what follows. "Årets resultat" under "Eget kapital" in a
  balansräkning and at the top of a kassaflödesanalys, a regionplan's nettokostnad before
  avskrivningar (Region Västernorrland). It is a data row of its block; read as a result it
  was left out of every sum and each of them became a false fel.
- A row that closes a block under a heading without a total's label ("Investering >3 mkr",
  Vårgårda's investeringsredovisning) is the block's total when, in most of its amount
  columns, it is the sum of the block's rows within their rounding. Read as data it was
  never checked, and a wrong figure in the block went unseen. Most, not all: the column
  where it does not add up is exactly the fel the check must report.
"""

from __future__ import annotations

from decimal import Decimal

from ksdesk.core.budget import Sheet, is_result_label, never_summed
from ksdesk.core.budget_rounding import column_places, tolerance

_FEWEST_PARTS = 2  # a block total adds two rows at least
_FEWEST_FIGURES = 2  # and agrees in two columns at least: one alone is matched by chance


def settle_row_kinds(sheet: Sheet) -> None:
    """Carried-in results become data rows and unlabelled block totals total rows, in place."""
    _carry_opening_results(sheet)
    _find_block_totals(sheet)


def _carry_opening_results(sheet: Sheet) -> None:
    opened = True  # at the top of the table, or straight under a heading
    for row in sheet.rows:
        if row.kind == "heading":
            opened = True
            continue
        if opened and row.kind == "subtotal" and is_result_label(row.label):
            row.kind = "data"
        opened = False


def _find_block_totals(sheet: Sheet) -> None:
    places = column_places(sheet)
    amounts = [c for c, column in enumerate(sheet.columns) if column.kind == "amount"]
    # The data rows since a heading or the top of the table (a list under "Nr." whose last,
    # unnumbered row adds it up: Norrköping's tilläggsbudget); None after a sum of its own.
    block: list[int] | None = []
    # And every data row since the top, over the headings: a Netto under two blocks of
    # investments adds both ("Löpande årliga investeringar" and "Övriga investeringar",
    # Kungsbacka's Vård & Omsorg), not the last block alone.
    whole: list[int] | None = []
    for r, row in enumerate(sheet.rows):
        if row.kind == "heading":
            block = [] if whole is not None else None
            continue
        if block is None or whole is None:
            continue
        closes = r + 1 == len(sheet.rows) or sheet.rows[r + 1].kind == "heading"
        if row.kind != "data" or never_summed(row):
            block = whole = None  # a total or result of its own ends what could be summed here
            continue
        if closes and any(
            len(rows) >= _FEWEST_PARTS and _sums_block(sheet, r, rows, amounts, places)
            for rows in (block, whole)
        ):
            row.kind = "total"
        block.append(r)
        whole.append(r)


def _sums_block(
    sheet: Sheet, r: int, block: list[int], amounts: list[int], places: list[int]
) -> bool:
    agreeing = disagreeing = 0
    for c in amounts:
        stated = sheet.cell(r, c)
        if not isinstance(stated, Decimal):
            continue
        parts = [sheet.cell(b, c) for b in block]
        figures = [p for p in parts if isinstance(p, Decimal)]
        if not figures:
            continue
        bound = tolerance([(stated, places[c]), *((p, places[c]) for p in figures)])
        if abs(sum(figures, Decimal(0)) - stated) <= bound and stated != 0:
            agreeing += 1
        else:
            disagreeing += 1
    return agreeing >= _FEWEST_FIGURES and agreeing > disagreeing
