"""Undo/redo through a real service: renaming a meeting's place, saved at once, Ctrl+Z
writes the old value back, Ctrl+Y the new one; the Redigera menu names the edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ksdesk.core.errors import KsdeskError
from ksdesk.core.topics import Topic
from ksdesk.services import meetings as meeting_service
from ksdesk.services.store import Store
from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow
from ksdesk.ui.undo import SnapshotCommand


def _window(qtbot, store: Store) -> MainWindow:
    create_application()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _place(store: Store) -> str:
    return meeting_service.list_meetings(store)[0].place


def _rename(tab, store: Store, new: str, merge_key: object | None = None) -> bool:
    meeting_id = meeting_service.list_meetings(store)[0].id

    def apply(value: str) -> Topic:
        return meeting_service.update_meeting_fields(store, meeting_id, {"place": value})

    return tab.edit("Ändra plats", apply, _place(store), new, merge_key=merge_key)


def test_edit_is_saved_at_once_and_undone_and_redone(qtbot, demo_store) -> None:
    window = _window(qtbot, demo_store)
    tab = window.tab("Kallelse")
    old = _place(demo_store)
    announced: list[str] = []
    create_application().data_changed.connect(announced.append)
    assert tab.undo_stack is window.undo_stack
    assert _rename(tab, demo_store, "Sammanträdesrum Näsviken")
    assert announced == [Topic.MEETINGS]  # what the service said it changed
    assert _place(demo_store) == "Sammanträdesrum Näsviken"  # saved, no "Spara" needed
    assert "Näsviken" in tab.ui.meeting_heading.text()  # data_changed refreshed the tab
    assert window.action_undo.text() == "Ångra Ändra plats"
    assert window.action_undo.isEnabled() and not window.action_redo.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _place(demo_store) == old
    assert old in tab.ui.meeting_heading.text()
    assert window.action_redo.text() == "Gör om Ändra plats"

    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _place(demo_store) == "Sammanträdesrum Näsviken"
    assert announced == [Topic.MEETINGS] * 3
    create_application().data_changed.disconnect(announced.append)


def test_redigera_menu_holds_undo_and_redo(qtbot, demo_store) -> None:
    window = _window(qtbot, demo_store)
    titles = [a.text() for a in window.ui.menu_redigera.actions()]
    assert titles[0].startswith("Ångra") and titles[1].startswith("Gör om")
    assert window.action_undo.shortcut().toString() == "Ctrl+Z"
    assert window.action_redo.shortcut().toString() == "Ctrl+Y"


def test_refused_edit_writes_nothing_and_is_not_pushed(qtbot, demo_store, monkeypatch) -> None:
    window = _window(qtbot, demo_store)
    tab = window.tab("Kallelse")
    shown: list[str] = []
    monkeypatch.setattr(tab, "show_error", shown.append)
    meeting_id = meeting_service.list_meetings(demo_store)[0].id
    status = meeting_service.get_meeting(demo_store, meeting_id).status

    def apply(value: str) -> Topic:
        return meeting_service.update_meeting_fields(demo_store, meeting_id, {"status": value})

    assert not tab.edit("Ändra status", apply, status, "påhittad")
    assert "Status måste vara" in shown[0]
    assert window.undo_stack.count() == 0
    assert meeting_service.get_meeting(demo_store, meeting_id).status == status


def test_successive_edits_of_one_field_merge_into_one_undo(qtbot, demo_store) -> None:
    window = _window(qtbot, demo_store)
    tab = window.tab("Kallelse")
    old = _place(demo_store)
    for text in ("S", "Sa", "Sal 3"):
        _rename(tab, demo_store, text, merge_key=("place", 1))
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert _place(demo_store) == old


def test_undo_of_something_deleted_meanwhile_reports_and_drops(qtbot, demo_store) -> None:
    window = _window(qtbot, demo_store)
    tab = window.tab("Kallelse")
    errors: list[KsdeskError] = []
    window.undo_stack.on_error = errors.append
    meeting_id = meeting_service.list_meetings(demo_store)[0].id
    _rename(tab, demo_store, "Sal 3")
    from ksdesk.db import meeting_repo  # the test deletes behind the GUI's back

    meeting_repo.delete(demo_store, meeting_id)
    window.undo_stack.undo()
    assert errors and "inget sammanträde" in str(errors[0])
    assert window.undo_stack.count() == 0


def test_read_only_store_offers_no_edit(qtbot, demo_store, monkeypatch) -> None:
    window = _window(qtbot, demo_store)
    tab = window.tab("Kallelse")
    demo_store.read_only = True
    shown: list[str] = []
    monkeypatch.setattr(tab, "show_error", shown.append)
    assert tab.read_only
    assert not _rename(tab, demo_store, "Sal 3")
    assert "skrivskyddad" in shown[0]
    demo_store.read_only = False


def test_snapshot_command_works_on_a_plain_stack(qtbot, demo_store) -> None:
    """Tabs may also push a SnapshotCommand themselves: redo applies `after`."""
    create_application()
    from ksdesk.ui.undo import UndoStack

    stack = UndoStack()
    written: list[str] = []
    stack.push(SnapshotCommand("Byt", written.append, "a", "b"))
    stack.undo()
    assert written == ["b", "a"]


@pytest.mark.parametrize("field", ["place", "chair_name"])
def test_update_meeting_fields_writes_and_says_what_changed(demo_store, field: str) -> None:
    meeting_id = meeting_service.list_meetings(demo_store)[0].id
    changed = meeting_service.update_meeting_fields(demo_store, meeting_id, {field: "X"})
    assert changed == Topic.MEETINGS
    assert getattr(meeting_service.get_meeting(demo_store, meeting_id), field) == "X"


def test_closing_the_window_folds_the_wal_into_the_file(qtbot, demo_path) -> None:
    from ksdesk.services.store import open_database

    store = open_database(demo_path)
    window = _window(qtbot, store)
    _rename(window.tab("Kallelse"), store, "Sal 9")
    window.close()
    wal = demo_path.with_name(demo_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    store.close()
    copy = demo_path.with_name("kopia.sqlite")
    copy.write_bytes(demo_path.read_bytes())  # the main file alone holds the edit
    again = open_database(copy)
    assert _place(again) == "Sal 9"
    again.close()
