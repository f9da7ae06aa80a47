"""A row the kansli's server no longer holds (deleted before step s1803, or emptied by the
one who administers the server) brought back from the laptop's own backup
(services/team_deleted_backup.py): found in the newest backup that holds it, written back with
what hung under it (the tjänsteskrivelse, the bilaga's PDF), pushed, and pulled by the
colleague; refused where the server still has it or no backup holds it."""

from __future__ import annotations

import pytest

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.meeting import Arende
from ksdesk.services import backup, meetings, team, team_deleted, team_deleted_backup
from tests.team.helpers import grab, meeting_on, titles


def _delete_and_empty(anna, server, title: str) -> str:
    """Anna deletes the ärende and syncs; the server then empties it as before s1803."""
    meeting = meeting_on(anna)
    item = next(i for i in meeting.items if i.title == title)
    meeting.items.remove(item)
    meetings.save_meeting(anna, meeting)
    team.sync(anna)
    with server.dba() as conn:
        conn.execute(
            "UPDATE ksdesk.unit_row SET data = '{}', blob = NULL, blob_sha = NULL "
            "WHERE deleted AND unit_uuid = %s",
            [meeting.uuid],
        )
    return f"{meeting.uuid}:{item.uuid}"


def test_a_row_the_server_emptied_comes_back_from_the_backup(ks_pair, server) -> None:
    anna, cecilia = ks_pair
    before = meeting_on(anna)
    kept = next(i for i in before.items if i.title == "Budget 2021")
    pdf = kept.bilagor[0].content
    made = backup.create_backup(anna)
    ref = _delete_and_empty(anna, server, "Budget 2021")
    (thing,) = team_deleted.deleted(anna)
    assert thing.ref == ref and not thing.restorable
    with pytest.raises(InvalidInput, match="säkerhetskopia"):
        team_deleted.restore_row(anna, ref)  # the server has nothing of it

    found = team_deleted_backup.find_in_backups(anna, ref)
    assert found is not None and found.backup.name == made.name
    assert found.what == "ärende Budget 2021 (Dnr KS 2020/1)"
    assert found.rows >= 5  # ärende, tjänsteskrivelse, two förslag, bilaga
    assert found.line().startswith("Ärende Budget 2021 (Dnr KS 2020/1) finns i säkerhetskopian")
    restored = team_deleted_backup.restore_from_backup(anna, ref, found.backup.name)
    assert restored.on_server and restored.rows == found.rows
    assert titles(anna) == [item.title for item in before.items]  # back in its place
    team.sync(cecilia)
    item = next(i for i in meeting_on(cecilia).items if i.title == "Budget 2021")
    assert item.tjansteskrivelse is not None
    assert [f.text for f in item.tjansteskrivelse.forslag] == ["Budgeten fastställs.", "Klart."]
    assert item.bilagor[0].content == pdf
    assert team_deleted.deleted(anna) == []


def test_refused_where_the_server_has_it_or_no_backup_holds_it(ks_pair, server) -> None:
    anna, _cecilia = ks_pair
    made = backup.create_backup(anna)
    meeting = meeting_on(anna)
    item = next(i for i in meeting.items if i.title == "Delegationsordning")
    meeting.items.remove(item)
    meetings.save_meeting(anna, meeting)
    team.sync(anna)  # kept by the server (s1803)
    ref = f"{meeting.uuid}:{item.uuid}"
    with pytest.raises(InvalidInput, match="Servern har kvar"):
        team_deleted_backup.restore_from_backup(anna, ref, made.name)
    # An ärende made after the only backup, deleted and emptied: no backup holds it.
    meeting = meeting_on(anna)
    meeting.items.append(Arende("Nytt efter kopian"))
    meetings.save_meeting(anna, meeting)
    team.sync(anna)
    ref = _delete_and_empty(anna, server, "Nytt efter kopian")
    assert team_deleted_backup.find_in_backups(anna, ref) is None
    with pytest.raises(NotFound, match="har inte raden"):
        team_deleted_backup.restore_from_backup(anna, ref, made.name)
    assert "Nytt efter kopian" not in titles(anna)


def test_the_dialog_finds_it_in_a_backup_and_restores_it(ks_pair, server, qtbot) -> None:
    from ksdesk.ui.dialogs.deleted_dialog import DeletedDialog

    anna, cecilia = ks_pair
    made = backup.create_backup(anna)
    _delete_and_empty(anna, server, "Budget 2021")
    dialog = DeletedDialog(anna)
    qtbot.addWidget(dialog)
    assert dialog.wait()
    ui = dialog.ui
    assert not ui.restore_button.isEnabled() and ui.backup_button.isEnabled()
    steps = []
    dialog.runner.progressed.connect(lambda *_: steps.append(ui.busy_label.text()))
    ui.backup_button.click()
    assert ui.busy_label.text() == "Söker i datorns säkerhetskopior …"
    assert not ui.backup_button.isEnabled() and not ui.reload_button.isEnabled()
    assert dialog.wait()
    assert steps == [f"Söker i datorns säkerhetskopior: 1 av 1 (från {made.when_text}) …"]
    text = ui.message_label.text()
    assert f"Ärende Budget 2021 (Dnr KS 2020/1) finns i säkerhetskopian från {made.when_text}" in (
        text
    )
    assert "det som ändrades efter kopian kommer inte med" in text
    assert ui.restore_button.isEnabled() and not ui.backup_button.isEnabled()
    grab(dialog, "borttaget_kopia")
    ui.restore_button.click()
    assert ui.busy_label.text().startswith("Återställer ärende Budget 2021 (Dnr KS 2020/1) och")
    assert dialog.wait()
    assert ui.message_label.text() == (
        "Ärende Budget 2021 (Dnr KS 2020/1) är återställt och finns på servern igen."
    )
    assert dialog.model.rowCount() == 0
    team.sync(cecilia)
    assert "Budget 2021" in titles(cecilia)


def test_the_command_restores_from_the_newest_backup_holding_it(ks_pair, server, capsys) -> None:
    from ksdesk.cli import main

    anna, cecilia = ks_pair
    made = backup.create_backup(anna)
    ref = _delete_and_empty(anna, server, "Budget 2021")
    path = str(anna.path)
    anna.close()  # the commands open the file themselves
    capsys.readouterr()
    assert main(["server", "raderat", "--db", path]) == 0
    out = capsys.readouterr().out
    assert f"ksdesk server aterstall --rad {ref} --ur-sakerhetskopia" in out
    assert main(["server", "aterstall", "--db", path, "--rad", ref, "--ur-sakerhetskopia"]) == 0
    out = capsys.readouterr().out
    assert f"finns i säkerhetskopian från {made.when_text}" in out
    assert "Återställt: ärende Budget 2021 (Dnr KS 2020/1) (5 rader)." in out
    assert "finns på servern igen" in out
    team.sync(cecilia)
    assert "Budget 2021" in titles(cecilia)
    assert main(["server", "aterstall", "--db", path, "--enhet", ref.split(":")[0],
                 "--ur-sakerhetskopia", made.name]) == 1  # fmt: skip
    assert "gäller en rad (--rad)" in capsys.readouterr().err
