"""The points table's rows counted in lines without Qt, and the room left over given where it
shortens them (ui/tabs/delegation_row_lines.py). Words are given as widths: ten pixels a
letter, a space of five."""

from __future__ import annotations

from ksdesk.ui.tabs.delegation_point_columns import ARENDE, DELEGAT, ERSATTARE, plan_columns
from ksdesk.ui.tabs.delegation_row_lines import RowLines, as_cell, shortest_widths, wrapped_lines


def _cell(text: str):
    return as_cell(text, lambda word: 10 * len(word))


def test_a_cell_wraps_word_by_word_and_each_paragraph_begins_a_line() -> None:
    cell = _cell("aaaa bbbb cccc\ndd")
    assert wrapped_lines(cell, 5, 130) == 2  # "aaaa bbbb cccc" is 130 pixels
    assert wrapped_lines(cell, 5, 129) == 3  # "aaaa bbbb" / "cccc" / "dd"
    assert wrapped_lines(cell, 5, 60) == 4
    assert wrapped_lines(cell, 5, 20) == 4  # a word wider than the cell: a line of its own
    assert wrapped_lines(_cell(""), 5, 100) == 0  # no text, no line


def _rows(arende: list[str], delegat: list[str], folded: list[str] | None = None) -> RowLines:
    folded = folded or [""] * len(arende)
    return RowLines(
        {
            ARENDE: [_cell(t) for t in arende],
            DELEGAT: [_cell(t) for t in delegat],
            ERSATTARE: [_cell("") for _ in arende],
        },
        {ERSATTARE: [_cell(t and f"Ersättare: {t}") for t in folded]},
        space=5,
        pad=0,
        main=ARENDE,
    )


def test_a_folded_fields_lines_add_to_the_main_columns() -> None:
    rows = _rows(["aaaa bbbb cccc"], ["dd"], folded=["eeee"])
    assert rows.lines(ARENDE, 100) == (2,)
    assert rows.lines(ARENDE, 100, folded=[ERSATTARE]) == (4,)  # "Ersättare: eeee" wraps
    assert rows.lines(ARENDE, 160, folded=[ERSATTARE]) == (2,)
    assert rows.heights({ARENDE: 100, DELEGAT: 30}) == [2]


def test_the_spare_room_goes_to_the_column_that_makes_the_rows_tall() -> None:
    long = "aaaa bbbb cccc dddd eeee ffff gggg hhhh"  # 355 pixels on one line
    rows = _rows([long, long], ["kkkk", "kkkk"])
    widths = shortest_widths({ARENDE: 100, DELEGAT: 50}, 420, rows)
    assert widths == {ARENDE: 355, DELEGAT: 50}  # no wider than its longest line needs
    assert rows.heights(widths) == [1, 1]
    assert rows.heights({ARENDE: 100, DELEGAT: 50}) == [4, 4]


def test_the_plan_shortens_rows_the_sharing_made_tall() -> None:
    """Shared toward their wanted widths, the Delegat took room the Ärende needed; given
    where it shortens rows, the Ärende takes it."""
    long = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj"
    wanted = {ARENDE: 200, DELEGAT: 200, ERSATTARE: 40}
    floors = {ARENDE: 100, DELEGAT: 50, ERSATTARE: 40}
    rows = _rows([long, long], ["kkkk", "llll"])
    shared = plan_columns(400, wanted, floors)
    planned = plan_columns(400, wanted, floors, rows=rows)
    assert planned.widths[ARENDE] > shared.widths[ARENDE]
    assert sum(planned.widths.values()) == 400
    assert rows.heights(shared.widths) == [3, 3]
    assert rows.heights(planned.widths) == [2, 2]


def test_a_row_made_taller_must_be_paid_for_by_the_others() -> None:
    """A plan is taken only when each line a row gains takes more than TRADE lines off the
    others, and no row gains more than one: fewer lines in all bought with Delegat cells
    wrapped where they were whole is not better."""
    long = "aaaa bbbb cccc"
    rows = _rows([long, long, "dd", "dd"], ["kk", "kk", "llll mmmm", "llll mmmm"])
    wide, narrow = {ARENDE: 130, DELEGAT: 40}, {ARENDE: 60, DELEGAT: 85}
    assert rows.heights(wide) == [1, 1, 2, 2] and rows.heights(narrow) == [3, 3, 1, 1]
    assert not rows.shorter(wide, narrow)  # 4 lines off, 2 on
    assert rows.shorter({ARENDE: 130, DELEGAT: 85}, narrow)  # none on
    many = _rows([long] * 5 + ["dd"], ["kk"] * 5 + ["llll mmmm"])
    assert many.heights(wide) == [1] * 5 + [2] and many.heights(narrow) == [3] * 5 + [1]
    assert many.shorter(wide, narrow)  # 10 lines off, 1 on
    tall = _rows(["dd"] * 9 + [long], ["llll mmmm nnnn oooo"] * 9 + ["kk"])
    assert tall.heights(narrow)[0] == 2 and tall.heights(wide)[0] == 4
    assert not tall.shorter(narrow, wide)  # a row two lines taller, however many come off
