"""Arkiv → Team → Borttaget på servern: the deleted things listed with who deleted them and
when, "Återställ" bringing the chosen one back on every laptop, and what cannot be restored
said in Swedish. KSDESK_GRAB=folder saves the dialog as PNG to look at."""

from __future__ import annotations

import os
from pathlib import Path

from ksdesk.services import meetings, team
from tests.team.helpers import meeting_on, titles


def _grab(dialog, name: str) -> None:
    folder = os.environ.get("KSDESK_GRAB")
    if folder:
        dialog.resize(1366 * 3 // 4, 768 * 2 // 3)
        dialog.grab().save(str(Path(folder) / f"{name}.png"))


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
    assert not dialog.restore_button.isEnabled()  # the first: nothing kept of it
    assert "säkerhetskopia" in dialog.message.text()
    _grab(dialog, "borttaget")
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled() and "på sin plats" in dialog.message.text()
    dialog.restore_button.click()
    assert "Ärende Budget 2021 (Dnr KS 2020/1) är återställt" in dialog.message.text()
    assert dialog.model.rowCount() == 1
    _grab(dialog, "borttaget_efter")
    team.sync(anna)
    assert "Budget 2021" in titles(anna) and len(titles(anna)) == len(named) - 1


def test_arkiv_team_opens_it_with_the_windows_syncing_paused(ks_pair, qtbot, monkeypatch) -> None:
    from ksdesk.ui.dialogs import deleted_dialog
    from ksdesk.ui.main_window import MainWindow

    _anna, cecilia = ks_pair
    shown = MainWindow(cecilia)
    qtbot.addWidget(shown)
    seen = []
    monkeypatch.setattr(
        deleted_dialog.DeletedDialog, "exec", lambda self: seen.append(shown.team.timer.isActive())
    )
    try:
        (action,) = [
            a for a in shown.team.menu.actions() if a.objectName() == "action_team_deleted"
        ]
        assert action.text() == "&Borttaget på servern …" and action.isEnabled()
        action.trigger()
        assert seen == [False] and shown.team.timer.isActive()  # paused, then going again
    finally:
        shown.team.stop()
