"""Arkiv → Team → Konflikter: the dialog is a form (forms/conflict_dialog.ui); the conflicts
are read from the file (nothing asks the server), and resolving, which writes the whole unit,
runs on a worker with a busy line, one at a time, the dialog not closed under it.
KSDESK_GRAB=folder saves the dialog as PNG to look at."""

from __future__ import annotations

import threading
from pathlib import Path

from ksdesk.services import team, team_conflicts
from tests.team.helpers import grab, meeting_on, set_place


def _conflict(anna, cecilia) -> None:
    set_place(anna, "Sal A")
    team.sync(anna)
    set_place(cecilia, "Sal B")
    team.sync(cecilia)


def test_the_dialog_is_its_form(store, qtbot) -> None:
    """Every widget of forms/conflict_dialog.ui is in the dialog, through the generated form."""
    import xml.etree.ElementTree as ET

    from ksdesk.ui.dialogs.conflict_dialog import NONE, ConflictDialog
    from ksdesk.ui.forms.ui_conflict_dialog import Ui_ConflictDialog

    form = Path(__file__).parents[2] / "forms" / "conflict_dialog.ui"
    names = [w.get("name") for w in ET.parse(form).iter("widget")][1:]
    dialog = ConflictDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.wait()
    assert isinstance(dialog.ui, Ui_ConflictDialog)
    assert dialog.windowTitle() == "Konflikter mot servern"
    for name in names:
        assert dialog.findChild(object, name) is getattr(dialog.ui, name), name
    assert {"conflict_list", "side_by_side", "take_server_button", "close_button"} <= set(names)
    assert dialog.ui.heading_label.text() == NONE
    assert not dialog.ui.take_server_button.isEnabled()
    assert not dialog.ui.busy_label.isVisibleTo(dialog)


def test_reading_the_conflicts_asks_no_server(ks_pair, qtbot, monkeypatch) -> None:
    """The conflicts and the server's side are in the file: the dialog opens offline."""
    from ksdesk.core.errors import ServerUnavailable
    from ksdesk.services import team_link
    from ksdesk.ui.dialogs.conflict_dialog import ConflictDialog

    anna, cecilia = ks_pair
    _conflict(anna, cecilia)

    def unreachable(*_args, **_kwargs):
        raise ServerUnavailable("Servern svarar inte.")

    monkeypatch.setattr(team_link, "connect", unreachable)
    dialog = ConflictDialog(cecilia)
    qtbot.addWidget(dialog)
    assert dialog.wait()
    assert dialog.ui.conflict_list.count() == 1 and dialog.model.rowCount() == 1
    dialog.ui.keep_mine_button.click()
    assert dialog.wait()
    assert dialog.ui.message_label.text() == (
        "Kommunstyrelsen 2020-12-07: din version gäller för raderna i konflikt; det kollegan "
        "ändrat utanför dem behålls. Allt skickas till servern vid nästa synkning. Det du inte "
        "valde är sparat i filen."
    )
    monkeypatch.undo()
    team.sync(cecilia)
    team.sync(anna)
    assert meeting_on(anna).place == "Sal B"


def test_the_conflicts_are_read_on_a_worker(ks_pair, qtbot, monkeypatch) -> None:
    """Reading reads each unit whole (a meeting with its bilagor): not on the GUI thread."""
    from ksdesk.ui.dialogs.conflict_dialog import READING, ConflictDialog

    anna, cecilia = ks_pair
    _conflict(anna, cecilia)
    release, threads = threading.Event(), []
    real = team_conflicts.with_differences

    def slow_read(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(team_conflicts, "with_differences", slow_read)
    dialog = ConflictDialog(cecilia)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.busy_label.text() == READING and ui.busy_progress.isVisibleTo(dialog)
    assert not ui.take_server_button.isEnabled() and ui.conflict_list.count() == 0
    assert ui.close_button.isEnabled()  # it only reads: closing drops it
    grab(dialog, "konflikter_laser")
    release.set()
    assert dialog.wait()
    assert threads == [False]
    assert ui.conflict_list.count() == 1 and ui.take_server_button.isEnabled()
    assert not ui.busy_label.isVisibleTo(dialog)
    assert "Anna Ek" in ui.heading_label.text()


def test_resolving_runs_on_a_worker_one_at_a_time(ks_pair, qtbot, monkeypatch) -> None:
    from ksdesk.ui.dialogs.conflict_dialog import WAIT, ConflictDialog

    anna, cecilia = ks_pair
    _conflict(anna, cecilia)
    release, threads = threading.Event(), []
    real = team_conflicts.resolve

    def slow_resolve(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(team_conflicts, "resolve", slow_resolve)
    dialog = ConflictDialog(cecilia)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.wait()
    ui = dialog.ui
    ui.take_server_button.click()
    assert ui.busy_label.text() == "Tar serverns version av Kommunstyrelsen 2020-12-07 …"
    assert ui.busy_progress.isVisibleTo(dialog)
    buttons = (ui.keep_mine_button, ui.take_server_button, ui.merge_button, ui.close_button)
    assert not any(button.isEnabled() for button in buttons)
    dialog.resolve("lokal")  # a second click, or its shortcut, while the first runs
    dialog.reject()  # Esc: it writes the file, so the dialog stays
    assert dialog.isVisible() and WAIT in ui.message_label.text()
    grab(dialog, "konflikter_arbetar")
    release.set()
    assert dialog.wait()
    assert threads == [False]  # once, not on the GUI thread
    assert ui.message_label.text() == (
        "Kommunstyrelsen 2020-12-07: serverns version gäller nu i filen. Det du inte valde är "
        "sparat i filen."
    )
    assert ui.conflict_list.count() == 0 and ui.close_button.isEnabled()
    assert meeting_on(cecilia).place == "Sal A"  # the window's connection sees it
    grab(dialog, "konflikter_lost")
    dialog.reject()
    assert not dialog.isVisible()


def test_a_merge_takes_the_ticked_rows_from_the_server(ks_pair, qtbot) -> None:
    from PySide6.QtCore import Qt

    from ksdesk.ui.dialogs.conflict_dialog import ConflictDialog

    anna, cecilia = ks_pair
    _conflict(anna, cecilia)
    dialog = ConflictDialog(cecilia)
    qtbot.addWidget(dialog)
    assert dialog.wait()
    grab(dialog, "konflikter")
    first = dialog.model.index(0, 0)
    dialog.model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.ui.merge_button.click()
    assert "Slår ihop Kommunstyrelsen 2020-12-07" in dialog.ui.busy_label.text()
    assert dialog.wait()
    assert "de markerade raderna är tagna från servern" in dialog.ui.message_label.text()
    assert meeting_on(cecilia).place == "Sal A"


def test_a_refusal_is_said_in_the_dialog(ks_pair, qtbot, monkeypatch) -> None:
    from ksdesk.core.errors import InvalidInput
    from ksdesk.ui.dialogs.conflict_dialog import ConflictDialog

    anna, cecilia = ks_pair
    _conflict(anna, cecilia)

    def refuse(*_args, **_kwargs):
        raise InvalidInput("Den här filen har ingen egen version att behålla.")

    monkeypatch.setattr(team_conflicts, "resolve", refuse)
    dialog = ConflictDialog(cecilia)
    qtbot.addWidget(dialog)
    assert dialog.wait()
    dialog.ui.keep_mine_button.click()
    assert dialog.wait()
    assert "Den här filen har ingen egen version att behålla." in dialog.ui.message_label.text()
    assert dialog.ui.conflict_list.count() == 1 and dialog.ui.keep_mine_button.isEnabled()
    assert meeting_on(cecilia).place == "Sal B"


def test_the_window_reads_the_file_again_once_when_the_dialog_closes(ks_pair, qtbot, qapp) -> None:
    """The window behind is blocked while the dialog is open: its tabs read the resolved
    units once, on closing, not after each resolve on the GUI thread."""
    from ksdesk.core.topics import Topic
    from ksdesk.ui.dialogs.conflict_dialog import ConflictDialog

    anna, cecilia = ks_pair
    _conflict(anna, cecilia)
    told: list[object] = []
    qapp.data_changed.connect(told.append)
    try:
        dialog = ConflictDialog(cecilia)
        qtbot.addWidget(dialog)
        assert dialog.wait()
        dialog.ui.take_server_button.click()
        assert dialog.wait() and dialog.ui.conflict_list.count() == 0
        assert told == []
        dialog.reject()
        assert told == [Topic.ALL]
    finally:
        qapp.data_changed.disconnect(told.append)


def test_closing_after_a_motions_conflict_reads_again_only_what_shows_motions(
    ks_pair, qtbot, qapp
) -> None:
    """Only the topics of the units resolved are announced: a motion's conflict makes the
    Uppföljning tab read again, not the Kallelse tab's meeting (nor the whole window)."""
    from dataclasses import replace
    from datetime import date

    from ksdesk.core.motion import Motion
    from ksdesk.core.topics import Topic
    from ksdesk.services import motioner
    from ksdesk.ui.dialogs.conflict_dialog import ConflictDialog

    anna, cecilia = ks_pair
    motioner.save(anna, Motion("motion", "Om cykelbanor", date(2020, 11, 2)))
    team.sync(anna)
    team.sync(cecilia)
    for store, note in ((anna, "Ada"), (cecilia, "Cilla")):
        [mine] = motioner.list_motioner(store)
        motioner.save(store, replace(mine, anteckning=note))
        team.sync(store)
    told: list[object] = []
    qapp.data_changed.connect(told.append)
    try:
        dialog = ConflictDialog(cecilia)
        qtbot.addWidget(dialog)
        assert dialog.wait()
        assert [c.typ for c, _rows in dialog.conflicts] == ["motion"]
        dialog.ui.take_server_button.click()
        assert dialog.wait() and dialog.ui.conflict_list.count() == 0
        dialog.reject()
        assert told == [Topic.UPPFOLJNING]
        dialog = ConflictDialog(cecilia)  # nothing resolved: nothing read again
        qtbot.addWidget(dialog)
        assert dialog.wait()
        dialog.reject()
        assert told == [Topic.UPPFOLJNING]
    finally:
        qapp.data_changed.disconnect(told.append)


def test_closing_while_it_reads_closes(store, qtbot, monkeypatch) -> None:
    from ksdesk.ui.dialogs.conflict_dialog import ConflictDialog

    release = threading.Event()

    def slow_read(_store):
        release.wait(10)
        return []

    monkeypatch.setattr(team_conflicts, "with_differences", slow_read)
    dialog = ConflictDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()
    assert not dialog.isVisible()
    release.set()
    assert dialog.wait()


def test_both_versions_show_beside_a_long_row_name(store, qtbot) -> None:
    """At its first size both versions show beside the walk's longest Rad, nothing off to the
    right behind a scroll bar (walk35 #9)."""
    from ksdesk.services.team_conflicts import RowDifference
    from ksdesk.ui.dialogs.conflict_dialog import ConflictDialog

    dialog = ConflictDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.wait()
    long = "Förslag till beslut: Nämnden för Kultur & Fritid godkänner uppföljning per april"
    dialog.model.show([RowDifference("k", "forslag", long, object(), None)])  # type: ignore[arg-type]
    grab(dialog, "konflikter_lang")
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.ui.side_by_side
    widths = [view.columnWidth(column) for column in range(4)]
    assert sum(widths) <= view.viewport().width() + 1, widths
    for column, heading in ((2, "Min version"), (3, "Serverns version")):
        assert widths[column] >= view.fontMetrics().horizontalAdvance(heading), widths
