"""Where the figures of a pasted row stand when the row has fewer figures than the table has
columns and the text has only single spaces to show it ("Omrubricering av materiella
anläggningstillgångar -2 330 -2 330 2 288" under four years): the sums of the table decide.
Each way of placing them is checked (core/budget_check.py) and the one that leaves the
fewest fel is taken, when there is one such way; when there are several, the first of them,
and the row is named in the report; when every way is as good, the figures stay in the
first columns and the row is left for the report to name. A row no sum adds (Burlöv's changes
against last year's budget) tells nothing, and stays named. Among ways that hold equally
well, a post of one part of the table only (a koncern's minoritetsintresse) goes under that
part's columns (budget_paste_entity.py)."""

from __future__ import annotations

from itertools import combinations

from ksdesk.core.budget_check import check_sheet
from ksdesk.core.budget_grid import Grid, GridValue, sheet_from_grid
from ksdesk.core.errors import KsdeskError
from ksdesk.core.import_report import ImportReport, count
from ksdesk.interchange.budget_paste_entity import PartPlaced, part_way
from ksdesk.interchange.budget_report import row_named

_MOST_WAYS = 60  # more ways of placing one row than this, and the row is left as read
# Rows checked in all, over every trial: a check of the whole table per way of placing a
# row, so a long table gets fewer trials, and one of more rows than a budget page none (a
# paste must not keep the window waiting: a check of 80 rows takes some 50 ms).
_MOST_ROWS_CHECKED = 2_400
_MOST_ROWS = 80


def place_by_sums(
    cells: list[list[GridValue]], short_rows: list[int], notes: tuple[int, ...], title: str
) -> tuple[list[int], list[int], list[PartPlaced]]:
    """Place each short row's figures where the sums hold, in place; (the rows the sums
    could not decide, the rows they narrowed to more than one way, the rows put under the
    one part of the table their post belongs to). A row narrowed is placed
    the first of the ways that hold ("Uppskjuten skatt 0 0 -1 -2": −1 and −2 where
    Koncernen's Årets resultat needs them, the two 0 in any two of Kommunen's three
    columns), never left where the sums do not hold."""
    undecided: list[int] = []
    narrowed: list[int] = []
    by_part: list[PartPlaced] = []
    trials = 0
    for r in short_rows:
        row = cells[r]
        slots = [c for c in range(1, len(row)) if c not in notes]
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
        part = part_way(cells, r, slots, len(figures))
        if len(winners) > 1 and part is not None and part[1] in winners:
            cells[r] = _note_beside(_placed(row, slots, part[1], figures), notes)
            by_part.append(PartPlaced(r, part[0]))
        elif len(winners) == 1:
            cells[r] = _note_beside(_placed(row, slots, winners[0], figures), notes)
        elif len(winners) < len(ways):
            cells[r] = _note_beside(_placed(row, slots, winners[0], figures), notes)
            narrowed.append(r)
        else:
            undecided.append(r)
    return undecided, narrowed, by_part


def _placed(
    row: list[GridValue], slots: list[int], way: tuple[int, ...], figures: list[GridValue]
) -> list[GridValue]:
    placed = list(row)
    for c in slots:
        placed[c] = None
    for c, figure in zip(way, figures, strict=True):
        placed[c] = figure
    return placed


def _note_beside(row: list[GridValue], notes: tuple[int, ...]) -> list[GridValue]:
    """The row with its one note in the Not column of the part its figures went to: a note
    stands beside the figures it is for, so Kramfors' "Skatter och minoritetsandelar 7 – 8,8
    22,3", placed under KONCERNEN by the sums, has its note 7 in KONCERNEN's Not column, not
    in KOMMUNEN's, whose columns stay empty."""
    noted = [c for c in notes if row[c] is not None]
    first = next((c for c in range(1, len(row)) if c not in notes and row[c] is not None), None)
    if len(noted) != 1 or first is None:
        return row
    beside = max((c for c in notes if c < first), default=noted[0])
    if beside == noted[0]:
        return row
    moved = list(row)
    moved[beside], moved[noted[0]] = row[noted[0]], None
    return moved


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


def report_narrowed(rows: list[list[GridValue]], report: ImportReport) -> None:
    """The rows whose figures the sums allow in more than one place, named in the report."""
    if not rows:
        return
    report.warn(
        "Tabellen",
        count(len(rows), "rad", "rader")
        + f" som kan läsas på flera sätt, t.ex. {row_named(rows[0])}",
        ("raden har" if len(rows) == 1 else "raderna har")
        + " färre tal än kolumner, texten visar inte vilka som är tomma och summorna "
        "går ihop på flera sätt: talen lades i de första kolumnerna där summorna går ihop; "
        "stäm av mot källan (PDF:en eller webbsidan), eller kopiera tabellen med "
        "kolumnerna utlagda",
    )
