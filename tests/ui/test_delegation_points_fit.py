"""The Delegation tab's points table on a secretary's laptop. At 1366 × 768 and 150 % (a
window of 910 × 480 logical pixels) the table is some 600 pixels wide: its columns were
narrowed in proportion and Delegat read "Kommundir…"; columns as wide as their words made
the table scroll sideways. Now no shown column cuts a word and nothing scrolls sideways:
Lagrum and Anmärkning are shown under the Ärende, in its cell, while Nr, Ärende, Delegat
and Ersättare keep their columns. The probe runs in a process of its own on the offscreen
screen of tests/ui/screen-1920x1080.json, where QT_SCALE_FACTOR is set before Qt starts;
the plan itself is tested without Qt."""

from __future__ import annotations

from pathlib import Path

from ksdesk.ui.tabs.delegation_point_columns import (
    ANMARKNING,
    ARENDE,
    DELEGAT,
    ERSATTARE,
    LAGRUM,
    VIDARE,
    plan_columns,
    wanted_and_floors,
)
from tests.ui.fit_probe import run_probe

PROBE = Path(__file__).with_name("points_probe.py")
FIRST_ARENDE = (
    "Beslut om avslag på begäran om utlämnande av allmän handling till enskild eller annan "
    "myndighet, samt uppställande av förbehåll i samband med utlämnande till enskild\n"
    "Lagrum: 6 kap. 7 § OSL\n"
    "Anmärkning: Beslut om att inte lämna ut handling fattas av den som har handlingen i sin "
    "vård om inte viss befattningshavare enligt arbetsledning eller särskilt beslut ska göra "
    "detta."
)


def _shown(found: dict) -> dict[str, dict]:
    return {c["heading"]: c for c in found["columns"] if not c["hidden"]}


def test_a_laptop_at_150_cuts_no_word_and_does_not_scroll_sideways(
    demo_path: Path, tmp_path: Path
) -> None:
    found = run_probe(PROBE, demo_path, tmp_path / "data", 910, 480, "1.5")
    shown = _shown(found)
    assert list(shown) == ["Nr", "Ärende", "Delegat", "Ersättare"]
    assert {h: c["cut_words"] for h, c in shown.items() if c["cut_words"]} == {}
    assert found["marker"] + sum(c["width"] for c in shown.values()) <= found["viewport"]
    assert not found["sideways_scroll"]
    assert found["first_arende"] == FIRST_ARENDE  # what has no column is read in the row
    # The room left over went to the Ärende, which holds the folded text: the first points
    # were 11 and 10 lines high (the Delegat widened toward its wanted width beside them),
    # the demo's 97 rows 378 lines.
    lines = [round(n) for n in found["row_lines"]]
    assert lines[:2] == [10, 8]
    assert sum(lines) <= 348


def test_a_laptop_at_100_shows_every_column_with_whole_words(
    demo_path: Path, tmp_path: Path
) -> None:
    found = run_probe(PROBE, demo_path, tmp_path / "data", 1366, 736, "1")
    shown = _shown(found)
    assert list(shown) == ["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare", "Anmärkning"]
    assert {h: c["cut_words"] for h, c in shown.items() if c["cut_words"]} == {}
    assert found["marker"] + sum(c["width"] for c in shown.values()) == found["viewport"]
    assert found["first_arende"] == FIRST_ARENDE.split("\n")[0]
    # As tall as the columns shared toward their wanted widths made them (shortening the
    # first points took a line of Delegat and Ersättare from the next ones).
    assert [round(n) for n in found["row_lines"][:8]] == [7, 5, 2, 2, 5, 3, 3, 3]


def test_a_wide_window_gives_the_arende_the_room_the_anmarkning_did_not_use(
    demo_path: Path, tmp_path: Path
) -> None:
    """At 1920 × 1080 the Ärende kept its 330 pixels and wrapped in four lines while the
    Anmärkning, mostly empty, took the 600 left over: the demo's rows were 216 lines, 19 of
    them in sight. Now the room goes where it takes lines off the rows."""
    found = run_probe(PROBE, demo_path, tmp_path / "data", 1920, 1040, "1")
    shown = _shown(found)
    assert shown["Ärende"]["width"] > 500
    assert {h: c["cut_words"] for h, c in shown.items() if c["cut_words"]} == {}
    lines = [round(n) for n in found["row_lines"]]
    assert lines[:5] == [5, 3, 2, 2, 4]  # were 5, 4, 2, 2, 5
    assert sum(lines) <= 170


FLOORS = {ARENDE: 200, LAGRUM: 150, DELEGAT: 140, ERSATTARE: 130, VIDARE: 90, ANMARKNING: 170}
WANTED = {ARENDE: 330, LAGRUM: 150, DELEGAT: 190, ERSATTARE: 170, VIDARE: 110, ANMARKNING: 170}


def test_columns_fold_least_needed_first_and_never_below_their_words() -> None:
    wide = plan_columns(1200, WANTED, FLOORS)
    assert wide.folded == () and wide.widths[ARENDE] == 330
    assert sum(wide.widths.values()) == 1200  # Anmärkning takes the rest
    for room, folded in ((860, (VIDARE,)), (700, (VIDARE, LAGRUM)), (560, (VIDARE, LAGRUM, 7))):
        plan = plan_columns(room, WANTED, FLOORS)
        assert plan.folded == folded
        assert sum(plan.widths.values()) == room
        assert all(plan.widths[c] >= FLOORS[c] for c in plan.widths)


def test_an_empty_column_gives_way_first() -> None:
    floors = {**FLOORS, ERSATTARE: 70, LAGRUM: 60, ARENDE: 120}  # sum 650
    assert plan_columns(600, WANTED, floors, empty={LAGRUM}).folded == (LAGRUM,)
    assert plan_columns(560, WANTED, floors, empty={LAGRUM}).folded == (VIDARE, LAGRUM)
    assert plan_columns(600, WANTED, floors).folded == (VIDARE,)


def test_a_table_with_no_point_shown_reads_best_not_each_column_at_its_heading() -> None:
    """A new ordning (or a search that finds nothing) had each column at its heading's width
    and Anmärkning the rest: a cramped Ärende beside a wide empty Anmärkning."""
    columns = (ARENDE, LAGRUM, DELEGAT, ERSATTARE, ANMARKNING)
    wanted, floors, empty = wanted_and_floors(
        columns, lambda _column: [], lambda _texts: 0, lambda _column: 60, str
    )
    assert empty == set() and floors == dict.fromkeys(columns, 60)
    plan = plan_columns(1000, wanted, floors, empty)
    assert plan.folded == () and sum(plan.widths.values()) == 1000
    assert plan.widths[ARENDE] == max(plan.widths.values()) == 330
    assert plan.widths[ANMARKNING] < plan.widths[ARENDE]


def test_a_folded_columns_longest_word_must_fit_the_arende() -> None:
    floors = {**FLOORS, LAGRUM: 260}  # "Säkerhetsskyddsförordningen (2021:955)"
    plan = plan_columns(700, WANTED, floors)
    assert LAGRUM in plan.folded and plan.widths[ARENDE] >= 260


def test_a_folded_field_is_changed_from_the_rows_menu(qtbot, demo_store, monkeypatch) -> None:
    """Folded under the Ärende, Lagrum and Anmärkning have no cell to type in: the row's
    menu (right click, or the menu key) changes them, undoable as an edit in a cell."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QInputDialog

    from ksdesk.services import delegation
    from ksdesk.ui.app import create_application
    from ksdesk.ui.main_window import MainWindow

    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    tab = window.tab("Delegation")
    QApplication.processEvents()
    panel, model = tab.points, tab.points.model
    assert model.folded == (LAGRUM, ANMARKNING)
    row = next(r for r in range(model.rowCount()) if model.point(r).nr == "1")
    arende = model.index(row, ARENDE)
    assert model.data(arende, Qt.ItemDataRole.ToolTipRole).endswith(
        "Ändra lagrum och anmärkning under ärendet med högerklick."
    )
    table = panel.ui.point_table
    cell = table.visualRect(panel.proxy.mapFromSource(arende)).center()
    offered = panel.folded_menu(table.indexAt(cell)).actions()
    assert [a.text() for a in offered] == ["Ändra lagrum i punkt 1…", "Ändra anmärkning i punkt 1…"]
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("7 kap. 1 § OSL", True))
    )
    offered[0].trigger()

    def lagrum() -> str:
        version = delegation.resolve(demo_store, "reviderad-2020-11-26")
        return next(p for _c, p in version.all_points() if p.nr == "1").lagrum

    assert lagrum() == "7 kap. 1 § OSL"
    assert "Lagrum: 7 kap. 1 § OSL" in model.index(row, ARENDE).data()
    assert tab.undo_stack.undoText() == "Ändra lagrum i punkt 1"
    tab.undo_stack.undo()
    assert lagrum() == "6 kap. 7 § OSL"
