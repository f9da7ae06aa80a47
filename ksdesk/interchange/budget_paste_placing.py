"""Where the figures of a pasted row stand when the row has fewer figures than the table has
columns and the text has only single spaces to show it ("Omrubricering av materiella
anläggningstillgångar -2 330 -2 330 2 288" under four years): the sums of the table decide.
Each way of placing them is checked (core/budget_check.py) and the one that leaves the
fewest fel is taken, when there is one such way; otherwise the figures stay in the first
columns and the row is left for the report to name. A row no sum adds (Burlöv's changes
against last year's budget) tells nothing, and stays named."""

from __future__ import annotations

from itertools import combinations

from ksdesk.core.budget_check import check_sheet
from ksdesk.core.budget_grid import Grid, GridValue, sheet_from_grid
from ksdesk.core.errors import KsdeskError

_MOST_WAYS = 60  # more ways of placing one row than this, and the row is left as read
# Rows checked in all, over every trial: a check of the whole table per way of placing a
# row, so a long table gets fewer trials, and one of more rows than a budget page none (a
# paste must not keep the window waiting: a check of 80 rows takes some 50 ms).
_MOST_ROWS_CHECKED = 2_400
_MOST_ROWS = 80


def place_by_sums(
    cells: list[list[GridValue]], short_rows: list[int], notes_column: int, title: str
) -> list[int]:
    """Place each short row's figures where the sums hold, in place; the rows the sums could
    not decide."""
    undecided: list[int] = []
    trials = 0
    for r in short_rows:
        row = cells[r]
        slots = [c for c in range(1, len(row)) if c != notes_column]
        figures = [row[c] for c in slots if row[c] is not None]
        ways = list(combinations(slots, len(figures)))
        most = _MOST_ROWS_CHECKED // max(1, len(cells)) if len(cells) <= _MOST_ROWS else 0
        if not figures or len(ways) > _MOST_WAYS or trials + len(ways) > most:
            undecided.append(r)
            continue
        trials += len(ways)
        scored = [
            (_errors(cells, r, _placed(row, slots, way, figures), title), way) for way in ways
        ]
        best = min(score for score, _ in scored)
        winners = [way for score, way in scored if score == best]
        if len(winners) == 1:
            cells[r] = _placed(row, slots, winners[0], figures)
        else:
            undecided.append(r)
    return undecided


def _placed(
    row: list[GridValue], slots: list[int], way: tuple[int, ...], figures: list[GridValue]
) -> list[GridValue]:
    placed = list(row)
    for c in slots:
        placed[c] = None
    for c, figure in zip(way, figures, strict=True):
        placed[c] = figure
    return placed


def _errors(cells: list[list[GridValue]], r: int, row: list[GridValue], title: str) -> tuple:
    """(fel, avrundningar) of the table with row `r` placed so."""
    trial = [list(line) for line in cells]
    trial[r] = row
    try:
        result = check_sheet(sheet_from_grid(Grid(cells=trial), title))
    except KsdeskError:
        return (1_000_000, 0)
    severities = [f.severity.value for f in result.findings]
    return (severities.count("fel"), severities.count("avrundning"))
