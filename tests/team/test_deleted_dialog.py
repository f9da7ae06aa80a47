"""Arkiv → Team → Borttaget på servern: the deleted things listed with who deleted them and
when, "Återställ" bringing the chosen one back on every laptop, and what cannot be restored
said in Swedish. The dialog is a form (forms/deleted_dialog.ui); the server is asked on a
worker, with a busy line, one job at a time, and a server that does not answer said in
Swedish. KSDESK_GRAB=folder saves the dialog as PNG to look at."""

from __future__ import annotations

from pathlib import Path

from ksdesk.services import meetings, team
from tests.team.helpers import grab, meeting_on, titles


def test_the_dialog_lists_and_restores(ks_pair, qtbot, server) -> None:
    from ksdesk.ui.dialogs.deleted_dialog import DeletedDialog

    anna, cecilia = ks_pair
    named = titles(anna)
    meeting = meeting_on(anna)
    meeting.items = [item for item in meeting.items if item.title != "Budget 2021"]
    meetings.save_meeting(anna, meeting)
    team.sync(anna)
    item = next(i for i in meeting.items if i.title == "Delegationsordning")
    meeting.items.remove(item)
    meetings.save_meeting(anna, meeting)
    team.sync(anna)
    with server.dba() as conn:  # as the server before step s1803 left a deleted row
        conn.execute("UPDATE ksdesk.unit_row SET data = '{}' WHERE key = %s", [item.uuid])

    dialog = DeletedDialog(cecilia)
    qtbot.addWidget(dialog)
    assert dialog.wait()
    shown = [
        [dialog.model.data(dialog.model.index(row, col)) for col in range(5)]
        for row in range(dialog.model.rowCount())
    ]
    assert [row[0] for row in shown] == [
        "Ärende (innehållet finns inte kvar på servern)",
        "Ärende Budget 2021 (Dnr KS 2020/1)",
    ]
    assert shown[1][1:3] == ["sammanträde Kommunstyrelsen 2020-12-07", "Kommunstyrelsen"]
    assert shown[1][4] == "Anna Ek" and " kl. " in shown[1][3]
    ui = dialog.ui
    assert not ui.restore_button.isEnabled()  # the first: nothing kept of it
    assert "Sök i säkerhetskopiorna" in ui.message_label.text()
    grab(dialog, "borttaget")
    dialog.show()  # what was deleted is read whole, not "rttag…" (walk35 #10)
    qtbot.waitExposed(dialog)
    table = ui.deleted_table
    shown_widths = [table.columnWidth(c) for c in range(5) if not table.isColumnHidden(c)]
    assert sum(shown_widths) <= table.viewport().width() + 1
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance("Ärende Budget 2021")
    ui.backup_button.click()  # Cecilia's laptop has no backup holding it
    assert dialog.wait()
    assert "Ingen av den här datorns säkerhetskopior" in ui.message_label.text()
    assert "säkerhetskopia av servern" in ui.message_label.text()
    assert not ui.restore_button.isEnabled() and not ui.backup_button.isEnabled()
    ui.deleted_table.selectRow(1)
    assert ui.restore_button.isEnabled() and "på sin plats" in ui.message_label.text()
    ui.restore_button.click()
    assert dialog.wait()
    assert "Ärende Budget 2021 (Dnr KS 2020/1) är återställt" in ui.message_label.text()
    assert dialog.model.rowCount() == 1
    grab(dialog, "borttaget_efter")
    team.sync(anna)
    assert "Budget 2021" in titles(anna) and len(titles(anna)) == len(named) - 1


def test_the_dialog_is_its_form(store, qtbot, monkeypatch) -> None:
    """Every widget of forms/deleted_dialog.ui is in the dialog, through the generated form."""
    import xml.etree.ElementTree as ET

    from ksdesk.services import team_deleted
    from ksdesk.ui.dialogs.deleted_dialog import DeletedDialog
    from ksdesk.ui.forms.ui_deleted_dialog import Ui_DeletedDialog

    monkeypatch.setattr(team_deleted, "deleted_beside", lambda _store: [])
    form = Path(__file__).parents[2] / "forms" / "deleted_dialog.ui"
    names = [w.get("name") for w in ET.parse(form).iter("widget")][1:]
    dialog = DeletedDialog(store)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.ui, Ui_DeletedDialog)
    assert dialog.windowTitle() == "Borttaget på servern"
    for name in names:
        assert dialog.findChild(object, name) is getattr(dialog.ui, name), name
    assert {"deleted_table", "restore_button", "reload_button", "close_button"} <= set(names)


def _deleted_meeting_and_item(anna) -> None:
    """Anna deletes the ärende Budget 2021 and syncs: Cecilia may bring it back."""
    meeting = meeting_on(anna)
    meeting.items = [item for item in meeting.items if item.title != "Budget 2021"]
    meetings.save_meeting(anna, meeting)
    team.sync(anna)


def test_the_server_is_asked_on_a_worker_with_a_busy_line(ks_pair, qtbot, monkeypatch) -> None:
    import threading

    from ksdesk.db.server import server_deleted
    from ksdesk.services import team_deleted
    from ksdesk.ui.dialogs.deleted_dialog import LISTING, DeletedDialog

    anna, cecilia = ks_pair
    _deleted_meeting_and_item(anna)
    threads: list[tuple[str, bool]] = []
    listing, bringing = server_deleted.deleted_things, team_deleted.bring_back_row

    def listed(*args, **kwargs):
        threads.append(("list", threading.current_thread() is threading.main_thread()))
        return listing(*args, **kwargs)

    def brought(*args, **kwargs):
        threads.append(("restore", threading.current_thread() is threading.main_thread()))
        return bringing(*args, **kwargs)

    monkeypatch.setattr(server_deleted, "deleted_things", listed)
    monkeypatch.setattr(team_deleted, "bring_back_row", brought)
    dialog = DeletedDialog(cecilia)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.busy_label.text() == LISTING and ui.busy_progress.isVisibleTo(dialog)
    assert not ui.reload_button.isEnabled() and not ui.restore_button.isEnabled()
    assert dialog.wait()
    assert not ui.busy_label.isVisibleTo(dialog) and ui.reload_button.isEnabled()
    assert dialog.model.rowCount() == 1 and ui.restore_button.isEnabled()
    ui.restore_button.click()
    assert ui.busy_label.text() == (
        "Återställer ärende Budget 2021 (Dnr KS 2020/1) och synkar filen med servern …"
    )
    assert not ui.close_button.isEnabled()
    assert dialog.wait()
    assert "är återställt och finns på servern igen" in ui.message_label.text()
    # Not the GUI thread: listed, restored, and listed again on the restore's connection.
    assert threads == [("list", False), ("restore", False), ("list", False)]
    assert dialog.model.rowCount() == 0 and ui.close_button.isEnabled()
    assert "Budget 2021" in titles(cecilia)  # the window's connection sees what was written


def _thing(title: str):
    from ksdesk.core.team_deleted import ROW, DeletedThing

    return DeletedThing(
        ROW, f"{'1' * 32}:k", "meeting", "Kommunstyrelsen 2020-12-07", "Kommunstyrelsen",
        f"ärende {title}", "2020-12-01T10:00:00+00:00", "Anna Ek", 1,
    )  # fmt: skip


def test_no_second_click_while_a_restore_runs(store, qtbot, monkeypatch) -> None:
    import threading

    from ksdesk.services import team_deleted
    from ksdesk.ui.dialogs.deleted_dialog import WAIT, DeletedDialog

    things = [_thing("Budget 2021"), _thing("Information")]
    monkeypatch.setattr(team_deleted, "deleted_beside", lambda _store: list(things))
    release = threading.Event()
    calls = []

    def restore(_store, thing):
        calls.append(thing.what)
        release.wait(10)
        restored = team_deleted.Restored(thing.what, thing.unit_uuid, 1)
        return restored, things[1:]

    monkeypatch.setattr(team_deleted, "restore_beside", restore)
    dialog = DeletedDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.wait()
    ui = dialog.ui
    ui.restore_button.click()
    assert not ui.restore_button.isEnabled() and not ui.reload_button.isEnabled()
    dialog.restore()  # a second click, or Alt+Å, while the first runs
    ui.deleted_table.selectRow(1)  # choosing another row does not free the button
    assert not ui.restore_button.isEnabled()
    dialog.reload()
    dialog.reject()  # Esc: the restore writes the file, so the dialog stays
    assert dialog.isVisible() and WAIT in ui.message_label.text()
    grab(dialog, "borttaget_arbetar")
    release.set()
    assert dialog.wait()
    assert calls == ["ärende Budget 2021"]
    assert ui.message_label.text() == "Ärende Budget 2021 är återställt och finns på servern igen."
    assert dialog.model.rowCount() == 1 and ui.restore_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()


def test_a_server_that_does_not_answer_is_said_in_swedish(ks_pair, qtbot, monkeypatch) -> None:
    from ksdesk.core.errors import ServerUnavailable
    from ksdesk.core.team_no_answer import LIST_DELETED, RESTORE, no_answer
    from ksdesk.services import team_link
    from ksdesk.ui.dialogs.deleted_dialog import DeletedDialog

    anna, cecilia = ks_pair
    _deleted_meeting_and_item(anna)
    connect = team_link.connect

    def unreachable(*_args, **_kwargs):
        raise ServerUnavailable("Servern svarar inte.")

    before = titles(cecilia)  # her file has not yet pulled the deletion
    monkeypatch.setattr(team_link, "connect", unreachable)
    dialog = DeletedDialog(cecilia)
    qtbot.addWidget(dialog)
    assert dialog.wait()
    ui = dialog.ui
    # The terminal's sentence for the same situation (cli/restore_commands.py).
    assert no_answer(LIST_DELETED) in ui.message_label.text()
    assert dialog.model.rowCount() == 0 and not ui.restore_button.isEnabled()
    assert ui.reload_button.isEnabled()
    grab(dialog, "borttaget_offline")
    monkeypatch.setattr(team_link, "connect", connect)
    ui.reload_button.click()
    assert dialog.wait() and dialog.model.rowCount() == 1
    monkeypatch.setattr(team_link, "connect", unreachable)
    ui.restore_button.click()
    assert dialog.wait()
    assert no_answer(RESTORE) in ui.message_label.text()
    assert "Servern svarar inte, så ingenting är återställt." in ui.message_label.text()
    assert dialog.model.rowCount() == 1 and ui.restore_button.isEnabled()
    assert titles(cecilia) == before  # nothing written


def test_a_server_gone_quiet_after_the_restore_is_not_a_failure(
    ks_pair, qtbot, monkeypatch
) -> None:
    """Written into the file, then the server stops answering: restored here, sent later."""
    from ksdesk.core.errors import ServerUnavailable
    from ksdesk.ui.dialogs.deleted_dialog import DeletedDialog

    anna, cecilia = ks_pair
    _deleted_meeting_and_item(anna)
    dialog = DeletedDialog(cecilia)
    qtbot.addWidget(dialog)
    assert dialog.wait()
    syncs = []
    real = team.sync

    def sync(*args, **kwargs):
        syncs.append(1)
        if len(syncs) == 2:  # the sync that sends what came back
            raise ServerUnavailable("Servern svarar inte.")
        return real(*args, **kwargs)

    monkeypatch.setattr(team, "sync", sync)
    dialog.ui.restore_button.click()
    assert dialog.wait()
    assert dialog.ui.message_label.text() == (
        "Ärende Budget 2021 (Dnr KS 2020/1) är återställt i filen, men servern slutade svara "
        "innan det hann skickas: det skickas vid nästa synkning."
    )
    monkeypatch.setattr(team, "sync", real)
    assert "Budget 2021" in titles(cecilia)
    assert team.sync(cecilia).skickade == 1
    team.sync(anna)
    assert "Budget 2021" in titles(anna)


def test_closing_stops_a_search_of_the_backups(store, qtbot, monkeypatch) -> None:
    """The search reads backups one by one: the dialog closes at once, the search stops
    before the next backup."""
    import threading

    from ksdesk.core.team_deleted import ROW, DeletedThing
    from ksdesk.services import team_deleted, team_deleted_backup
    from ksdesk.ui.dialogs.deleted_dialog import DeletedDialog

    emptied = DeletedThing(ROW, f"{'1' * 32}:k", "meeting", "Kommunstyrelsen 2020-12-07",
                           "Kommunstyrelsen", "ärende (innehållet finns inte kvar på servern)",
                           "", "", 0)  # fmt: skip
    monkeypatch.setattr(team_deleted, "deleted_beside", lambda _store: [emptied])
    read, stopped = [], threading.Event()

    def find(_store, _ref, progress):
        try:
            for done in range(50):
                progress(done, 50, "i dag")
                read.append(done)
                stopped.wait(0.05)
        finally:
            stopped.set()

    monkeypatch.setattr(team_deleted_backup, "find_beside", find)
    dialog = DeletedDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.wait() and dialog.ui.backup_button.isEnabled()
    dialog.ui.backup_button.click()
    qtbot.waitUntil(lambda: len(read) >= 2, timeout=5_000)
    dialog.reject()
    assert not dialog.isVisible()
    assert stopped.wait(5) and len(read) < 50
