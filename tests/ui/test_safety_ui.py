"""The safety parts of the GUI: Arkiv → Säkerhetskopior, Granska offentlig kopia, the
read-only marker, and opening a locked or damaged file."""

from __future__ import annotations

from pathlib import Path

from ksdesk.db.connection import open_store
from ksdesk.services import backup as backup_service
from ksdesk.services import meetings as meeting_service
from ksdesk.services import public_copy
from ksdesk.ui.dialogs.backups_dialog import BackupsDialog
from ksdesk.ui.dialogs.open_problems import open_interactively
from ksdesk.ui.dialogs.public_check_dialog import PublicCheckDialog
from ksdesk.ui.main_window import MainWindow
from tests.ui.conftest import BUSY_MACHINE_MS


def test_backups_dialog_lists_creates_and_restores(qtbot, demo_store, said) -> None:
    meeting_id = meeting_service.list_meetings(demo_store)[0].id
    dialog = BackupsDialog(demo_store)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    intro = dialog.ui.intro_label.text()
    # An empty list says why, and the rotation's space budget is said with its count.
    assert "Inga säkerhetskopior än:" in intro and "högst 5 gånger så mycket plats" in intro
    made = dialog.create_now()
    assert dialog.model.rowCount() == 1
    assert "Inga säkerhetskopior än" not in dialog.ui.intro_label.text()
    assert dialog.model.index(0, 2).data() == made.size_text
    assert dialog.model.index(0, 1).data() == "Manuell"
    meeting_service.update_meeting_fields(demo_store, meeting_id, {"place": "Sal efter"})
    assert dialog.restore_selected()
    assert meeting_service.get_meeting(demo_store, meeting_id).place != "Sal efter"
    assert "sparas först" in said[0] and "återställd" in said[1]
    assert dialog.model.rowCount() == 2  # plus the safety copy taken before the restore


def test_window_menu_and_read_only_marker(qtbot, demo_store) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.ui.menu_arkiv.actions()]
    assert "&Säkerhetskopior…" in titles and "&Granska offentlig kopia…" in titles
    assert window.safety.read_only_label.isHidden()
    reader = open_store(demo_store.path, read_only=True)
    second = MainWindow(reader)
    qtbot.addWidget(second)
    assert second.windowTitle() == "demo.sqlite (skrivskyddad) – ksdesk"
    assert not second.safety.read_only_label.isHidden()
    assert not second.action_undo.isEnabled()
    reader.close()


def test_auto_backup_from_the_timer_only_after_edits(qtbot, demo_store) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.safety.auto_backup()  # on a worker thread: the window goes on meanwhile
    qtbot.waitUntil(lambda: not window.safety.runner.busy, timeout=BUSY_MACHINE_MS)
    assert len(backup_service.list_backups(demo_store.path)) == 1  # first: nothing yet
    assert "Säkerhetskopia sparad" in window.ui.status_bar.currentMessage()
    window.safety.auto_backup()
    assert not window.safety.runner.busy  # no edit since: nothing started
    assert len(backup_service.list_backups(demo_store.path)) == 1


def test_second_window_is_offered_read_only(qtbot, demo_store, said) -> None:
    store = open_interactively(demo_store.path)
    assert store is not None and store.read_only
    assert "redan öppen" in said[0]
    store.close()


def test_damaged_file_is_offered_the_latest_backup(qtbot, demo_path: Path, said) -> None:
    store = open_store(demo_path)
    backup = backup_service.create_backup(store)
    store.close()
    damaged = demo_path.read_bytes()[:40_000]
    demo_path.write_bytes(damaged)
    store = open_interactively(demo_path)
    assert store is not None and not store.read_only
    assert backup.when_text in said[0] and "skrivs aldrig över" in said[0]
    assert "Den skadade filen ligger kvar som" in said[1]
    (aside,) = demo_path.parent.glob("demo.sqlite.skadad-*[0-9]")
    assert aside.read_bytes() == damaged
    store.close()


def test_damaged_file_without_backup_says_so(qtbot, tmp_path: Path, said) -> None:
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"inte en databas" * 100)
    assert open_interactively(path) is None
    assert "ingen säkerhetskopia" in said[0]


def test_public_check_dialog_masks_until_ok(qtbot, demo_store, said) -> None:
    from ksdesk.db import meeting_repo

    meeting = meeting_service.get_meeting(
        demo_store, meeting_service.list_meetings(demo_store)[0].id
    )
    meeting.items[1].proposal += " Till 811218-9876."
    meeting.items[2].secret = True
    meeting_repo.save(demo_store, meeting)
    dialog = PublicCheckDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.wait_for_scan()
    assert dialog.model.rowCount() == 2
    assert "2 av 2 träffar är inte" in dialog.ui.status_label.text()
    dialog.ui.by_edit.setText("Anna")
    dialog.ui.hit_table.selectRow(0)
    assert dialog.decide_selected("behåll")
    assert "1 av 2" in dialog.ui.status_label.text()
    assert dialog.mask_all_open()
    assert "Alla 2 träffar är hanterade" in dialog.ui.status_label.text()
    assert dialog.model.index(0, 5).data() == "Anna"
    public_copy.ensure_public_ok(demo_store, meeting.id)


def test_timer_interval_matches_the_service() -> None:
    from ksdesk.ui import safety

    assert safety.AUTO_BACKUP_MINUTES == backup_service.AUTO_BACKUP_MINUTES


def test_damage_found_by_the_start_backup_is_said_at_once(qtbot, demo_path: Path, said) -> None:
    """The start backup runs on a worker thread; its check of the copy finds the damage
    that opening no longer looks for, and the window says so with the backup to restore."""
    from tests.damage_helpers import damage_table_pages

    store = open_store(demo_path)
    backup = backup_service.create_backup(store)
    store.close()
    damage_table_pages(demo_path)
    store = open_store(demo_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.safety.backup_at_start()
    qtbot.waitUntil(lambda: not window.safety.runner.busy, timeout=BUSY_MACHINE_MS)
    qtbot.waitUntil(lambda: bool(said))
    assert "är skadad" in said[0] and backup.when_text in said[0]
    window.close()
    store.close()


def test_backups_dialog_chooses_the_second_folder(qtbot, demo_store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ksdesk.services import preferences

    share = tmp_path / "H"
    share.mkdir()
    dialog = BackupsDialog(demo_store)
    qtbot.addWidget(dialog)
    assert "<b>Andra mapp:</b> ingen" in dialog.ui.second_folder_label.text()
    assert not dialog.ui.clear_second_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(share))
    dialog.ui.choose_second_button.click()
    assert preferences.second_backup_folder() == share.resolve()
    assert str(share.resolve()) in dialog.ui.second_folder_label.text()
    made = dialog.create_now()
    assert (share / "ksdesk" / made.path.parent.name / made.name).is_file()
    assert "En kopia finns också i" in dialog.ui.folder_label.text()
    dialog.ui.clear_second_button.click()
    assert preferences.second_backup_folder() is None


def test_a_failed_second_copy_stays_in_the_status_bar(qtbot, demo_store, tmp_path) -> None:
    from ksdesk.services import preferences

    share = tmp_path / "H"
    share.mkdir()
    preferences.set_second_backup_folder(share)
    share.rmdir()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    demo_store.db.execute("UPDATE organ SET name = name")  # an edit since the last backup
    window.safety.auto_backup()
    qtbot.waitUntil(lambda: not window.safety.runner.busy, timeout=BUSY_MACHINE_MS)
    message = window.ui.status_bar.currentMessage()
    assert message.startswith("Säkerhetskopia sparad kl.") and "kunde inte kopieras" in message


def test_a_database_in_onedrive_is_warned_about_once_if_asked(
    qtbot, demo_path, tmp_path, monkeypatch
) -> None:
    import shutil

    from PySide6.QtWidgets import QMessageBox

    from ksdesk.services.store import open_database

    cloud = tmp_path / "OneDrive - Ludvika kommun"
    cloud.mkdir()
    shutil.copy(demo_path, cloud / "ks.sqlite")
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        box.checkBox().setChecked(True)  # Varna inte igen för den här filen
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    for _time in range(2):
        store = open_database(cloud / "ks.sqlite")
        window = MainWindow(store)
        qtbot.addWidget(window)
        qtbot.wait(10)  # the dialog comes after the window is up
        label = window.safety.location_label
        assert not label.isHidden() and label.text() == "⚠ Databasen ligger i OneDrive"
        assert "Välj andra mapp" in label.toolTip()
        window.close()
        store.close()
    assert len(shown) == 1 and shown[0].startswith("ks.sqlite ligger i OneDrive.")


def test_the_open_database_stays_named_in_the_status_bar(qtbot, demo_store) -> None:
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    label = window.database_label
    assert label.text() == f"Databas: {demo_store.path}"
    window.ui.status_bar.showMessage("Säkerhetskopia sparad kl. 10.00.", 50)
    assert label.isHidden()  # covered while the message shows …
    qtbot.waitUntil(lambda: label.isVisible())  # … and back after it
    assert window.safety.location_label.isHidden()  # /tmp is a safe place


def test_a_long_passing_message_ends_in_an_ellipsis_before_the_labels(qtbot, demo_store) -> None:
    # rewalk36 N4: at 1366 px the message ran under the team label, cut mid-word
    # ("…eller rätta lösen|Inloggningen till servern misslyckades").
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    label = window.safety.location_label
    label.setText("Inloggningen till servern misslyckades")
    label.show()
    whole = "Servern svarar inte på ditt lösenord. " * 8
    bar = window.ui.status_bar
    bar.showMessage(whole, 15_000)
    qtbot.waitUntil(lambda: bar.shown_message() != whole)
    shown = bar.shown_message()
    assert shown.endswith("…") and whole.startswith(shown[:-1])
    assert bar.fontMetrics().horizontalAdvance(shown) < label.x() - 6
    assert bar.toolTip() == whole and bar.currentMessage() == whole
    bar.clearMessage()
    assert bar.toolTip() == ""
