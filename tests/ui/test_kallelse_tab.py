"""The Kallelse tab with qtbot: reorder by keyboard and by drag and drop (numbering follows),
edit an ärende and its tjänsteskrivelse through the dialogs (Swedish text set directly),
attach and reorder bilagor, create and copy meetings, undo, and the preview of the packet."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from ksdesk.services import meeting_lookup, protokoll
from ksdesk.services import meetings as meeting_service
from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow
from tests.pdf_helpers import make_pdf
from tests.ui.conftest import BUSY_MACHINE_MS


@pytest.fixture
def window(qtbot, demo_store) -> MainWindow:
    create_application()
    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    win.resize(1300, 820)
    win.show()
    return win


def _titles(store) -> list[str]:
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    return [item.title for item in meeting.items]


def _accept_with(monkeypatch, dialog_class, fill) -> None:
    """Make `dialog_class.exec` fill the form (as a user would) and press OK."""

    def exec_(self) -> int:
        fill(self)
        self.ui.button_box.accepted.emit()
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def test_ctrl_down_moves_the_item_and_numbering_follows(window, demo_store) -> None:
    tab = window.tab("Kallelse")
    tab.agenda.select_row(2)  # 3. Omfördelning av budgetmedel …
    QTest.keyClick(tab.agenda.ui.agenda_table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    titles = _titles(demo_store)
    assert titles[3].startswith("Omfördelning av budgetmedel")
    assert titles[2] == "Fastställande av kommunstyrelsens budget 2021"
    assert tab.agenda_model.index(3, 0).data() == "4"
    assert tab.agenda_model.index(3, 1).data().startswith("Omfördelning")
    assert tab.agenda.selected_row() == 3  # the selection follows the moved ärende
    QTest.keyClick(tab.agenda.ui.agenda_table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _titles(demo_store)[2].startswith("Omfördelning")
    window.undo_stack.undo()
    assert _titles(demo_store)[3].startswith("Omfördelning")


def test_drag_and_drop_reorders_through_the_model(window, demo_store) -> None:
    tab = window.tab("Kallelse")
    model = tab.agenda_model
    data = model.mimeData([model.index(6, 1)])  # Ordförandeinformation
    handled = model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert handled is False  # the view must not remove the row itself
    assert _titles(demo_store)[0] == "Ordförandeinformation"
    assert model.index(0, 0).data() == "1"
    # Dropping onto a row puts the dragged row in its place.
    data = model.mimeData([model.index(0, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(6, 0))
    assert _titles(demo_store)[6] == "Ordförandeinformation"


def test_edit_item_with_swedish_text_and_a_dnr_warning(window, demo_store, monkeypatch) -> None:
    from ksdesk.ui.dialogs.item_dialog import ItemDialog

    tab = window.tab("Kallelse")
    tab.agenda.select_row(5)

    def fill(dialog: ItemDialog) -> None:
        dialog.ui.title_edit.setText("Avtal med Stockholm Business Region – förlängning åäö")
        dialog.ui.dnr_edit.setText("KS 2020/")
        assert "saknar löpnummer" in dialog.ui.dnr_warning.text()  # told, not blocked
        dialog.ui.time_slot_edit.setText("15:00-15:30")
        dialog.ui.presenter_edit.setText("Erik Odens")

    _accept_with(monkeypatch, ItemDialog, fill)
    tab.agenda.edit_item()
    item = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).items[5]
    assert item.title == "Avtal med Stockholm Business Region – förlängning åäö"
    assert (item.dnr, item.time_slot, item.presenter) == ("KS 2020/", "15.00–15.30", "Erik Odens")
    assert item.tjansteskrivelse is not None and len(item.bilagor) == 1  # handlingar kept
    assert tab.agenda_model.index(5, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "saknar löpnummer" in tab.agenda.ui.warnings_label.text()


def test_typing_into_the_item_dialog_with_key_events(qtbot) -> None:
    from ksdesk.ui.dialogs.item_dialog import ItemDialog

    create_application()
    dialog = ItemDialog()
    qtbot.addWidget(dialog)
    dialog.ui.title_edit.setFocus()
    for char in "Förskola åäö":  # å/ä/ö through sendKeyEvent, never keyClicks
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            dialog.ui.title_edit,
            Qt.Key.Key_unknown,
            char,
            Qt.KeyboardModifier.NoModifier,
        )
    assert dialog.ui.title_edit.text() == "Förskola åäö"
    dialog.ui.button_box.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_item().title == "Förskola åäö"


def test_add_section_and_new_item_land_where_expected(window, demo_store, monkeypatch) -> None:
    from ksdesk.ui.dialogs.item_dialog import ItemDialog

    tab = window.tab("Kallelse")
    tab.agenda.select_row(1)
    _accept_with(monkeypatch, ItemDialog, lambda d: d.ui.title_edit.setText("Beslutsärenden"))
    tab.agenda.add_item(section=True)
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    assert meeting.items[2].title == "Beslutsärenden" and meeting.items[2].is_section
    assert tab.agenda_model.index(2, 0).data() == ""  # unnumbered
    assert tab.agenda_model.index(3, 0).data() == "3"


def test_tjansteskrivelse_editor(window, demo_store, monkeypatch) -> None:
    from ksdesk.core.meeting import Forslag
    from ksdesk.ui.dialogs.tjansteskrivelse_dialog import TjansteskrivelseDialog

    tab = window.tab("Kallelse")
    tab.agenda.select_row(3)

    def fill(dialog: TjansteskrivelseDialog) -> None:
        dialog.ui.datum_edit.setText("2020-11-30")
        dialog.forslag_model.insert(
            5, Forslag("Fullmäktige noterar informationen.", "6", "fullmäktige")
        )
        dialog.ui.section_list.setCurrentIndex(dialog.section_model.index(1))
        dialog.ui.section_text_edit.setPlainText(
            "Inga särskilda ekonomiska konsekvenser för år 2022."
        )
        dialog.ui.sendlist_edit.setPlainText("Ekonomienheten\nAkten")

    _accept_with(monkeypatch, TjansteskrivelseDialog, fill)
    tab.agenda.edit_tjansteskrivelse()
    ts = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).items[3].tjansteskrivelse
    assert ts.datum == "2020-11-30"
    assert [f.nr for f in ts.forslag] == ["1", "2", "3", "4", "5", "6"]
    assert ts.forslag[-1].group == "fullmäktige"
    assert ts.sections[1].text == "Inga särskilda ekonomiska konsekvenser för år 2022."
    assert ts.beslut_skickas_till == ["Ekonomienheten", "Akten"]


def test_attach_pdf_reorder_and_remove_bilagor(window, demo_store, tmp_path, monkeypatch) -> None:
    """The title ksdesk read is shown with how it was read, for her to change before it is
    saved (walk31 #6: Bifoga PDF asked nothing and the file's name printed in the protokoll)."""
    import hashlib

    from ksdesk.ui.dialogs.bilaga_dialog import BilagaDialog

    shown = []

    def change(dialog: BilagaDialog) -> None:
        shown.append((dialog.windowTitle(), dialog.ui.title_edit.text(), dialog.ui.title_hint))
        dialog.ui.title_edit.setText("Karta över torget")

    _accept_with(monkeypatch, BilagaDialog, change)
    tab = window.tab("Kallelse")
    tab.agenda.select_row(2)  # one bilaga: Delegationsbeslut SBN 2020/877
    path = tmp_path / "karta_torget.pdf"
    data = make_pdf(2, "")
    path.write_bytes(data)
    tab.bilagor.attach_files([str(path)])
    title, proposed, hint = shown[0]
    assert (title, proposed) == ("Bifoga PDF – karta_torget.pdf", "Karta torget")
    assert "filnamnet" in hint.text() and not hint.isHidden()
    item = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).items[2]
    assert [b.title for b in item.bilagor] == [
        "Delegationsbeslut SBN 2020/877",
        "Karta över torget",
    ]
    assert [b.nr for b in item.bilagor] == ["1", "2"]  # numbered once there are two
    stored = item.bilagor[1]
    assert stored.content == data and stored.sha256 == hashlib.sha256(data).hexdigest()
    tab.bilagor.ui.bilaga_table.selectRow(1)
    tab.bilagor.move(-1)
    item = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).items[2]
    assert item.bilagor[0].title == "Karta över torget"
    tab.bilagor.ui.bilaga_table.selectRow(0)
    tab.bilagor.remove()
    item = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).items[2]
    assert [(b.nr, b.title) for b in item.bilagor] == [("", "Delegationsbeslut SBN 2020/877")]


def _drop_files(view, paths) -> bool:
    """Drag `paths` from a file manager onto `view`, as Qt delivers it: enter, then drop."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPointF(20, 20)  # QDragEnterEvent takes a QPoint, QDropEvent a QPointF (Qt 6.11)
    action, buttons, keys = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(where.toPoint(), action, mime, buttons, keys)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(where, action, mime, buttons, keys)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def test_pdfs_dragged_onto_the_bilagor_are_attached_in_order(
    window, demo_store, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ksdesk.ui.dialogs.bilaga_dialog import BilagaDialog

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: said.append(args[2]))
    _accept_with(monkeypatch, BilagaDialog, lambda _dialog: None)  # the titles as read
    tab = window.tab("Kallelse")
    tab.agenda.select_row(3)  # Fastställande av kommunstyrelsens budget 2021: four bilagor
    files = []
    for name in ("Yttrande från revisorerna.PDF", "Protokollsutdrag KF § 12.pdf", "Brev.docx"):
        files.append(tmp_path / name)
        files[-1].write_bytes(make_pdf(1, "") if "pdf" in name.lower() else b"PK\x03\x04")
    assert _drop_files(tab.bilagor.ui.bilaga_table, files)
    item = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).items[3]
    assert [b.title for b in item.bilagor[-2:]] == [
        "Yttrande från revisorerna",
        "Protokollsutdrag KF § 12",
    ]
    assert [b.nr for b in item.bilagor[-2:]] == ["5", "6"]
    assert said and "Bara PDF-filer kan bifogas" in said[0] and "Brev.docx" in said[0]
    assert window.undo_stack.undoText() == "Bifoga PDF"
    window.undo_stack.undo()
    assert len(meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).items[3].bilagor) == 4
    # Text dragged from a document is not a file: the list does not take it.
    from PySide6.QtCore import QMimeData, QPoint
    from PySide6.QtGui import QDragEnterEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setText("bara text")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab.bilagor.ui.bilaga_table.viewport(), enter)
    assert not enter.isAccepted()


def test_a_file_that_is_no_pdf_is_refused(window, demo_store, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    tab = window.tab("Kallelse")
    tab.agenda.select_row(2)
    path = tmp_path / "anteckning.pdf"
    path.write_text("inte en pdf")
    tab.bilagor.attach_files([str(path)])
    assert shown and "ingen PDF-fil" in shown[0]
    assert len(meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).items[2].bilagor) == 1


def test_new_meeting_gets_standard_items_and_undo_removes_it(
    window, demo_store, monkeypatch
) -> None:
    from ksdesk.ui.dialogs.meeting_dialog import MeetingDialog

    def fill(dialog: MeetingDialog) -> None:
        dialog.ui.organ_combo.setCurrentText("Kommunstyrelsen")
        dialog.ui.date_edit.setText("2021-01-18")
        dialog.ui.time_edit.setText("14:00")

    _accept_with(monkeypatch, MeetingDialog, fill)
    tab = window.tab("Kallelse")
    tab.meetings.new()
    meeting = meeting_lookup.find_meeting(demo_store, date(2021, 1, 18))
    assert meeting.items[0].title == "Val av justerare"
    assert all(i.is_standard for i in meeting.items)
    assert "senast fredag 13.00" in meeting.absence_note
    assert tab.meeting.id == meeting.id
    window.undo_stack.undo()
    assert len(meeting_service.list_meetings(demo_store)) == 1
    window.undo_stack.redo()
    assert meeting_lookup.find_meeting(demo_store, date(2021, 1, 18)).id == meeting.id


def test_copy_from_previous_meeting(window, demo_store, monkeypatch) -> None:
    from ksdesk.ui.dialogs.meeting_dialog import MeetingDialog

    _accept_with(monkeypatch, MeetingDialog, lambda d: d.ui.date_edit.setText("2021-02-01"))
    window.tab("Kallelse").meetings.copy()
    copy = meeting_lookup.find_meeting(demo_store, date(2021, 2, 1))
    assert [i.title for i in copy.items] == [
        "Val av justerare",
        "Anmälan av extra ärenden",
        "Ordförandeinformation",
    ]
    assert copy.place == "Festsalen Folkets hus (presidiet)" and copy.status == "utkast"


def test_delete_item_and_undo_brings_it_back_with_its_handlingar(
    window, demo_store, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    tab = window.tab("Kallelse")
    before = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).items[3]
    started = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    protokoll.start_protokoll(demo_store, started.id)  # the § stays (walk35 #4)
    tab.agenda.select_row(3)
    QTest.keyClick(tab.agenda.ui.agenda_table, Qt.Key.Key_Delete)
    assert "Ärendet har § 220 i protokollet" in asked[0]
    assert len(_titles(demo_store)) == 6
    window.undo_stack.undo()
    restored = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).items[3]
    assert restored.id == before.id and restored.title == before.title
    assert [b.title for b in restored.bilagor] == [b.title for b in before.bilagor]
    assert restored.tjansteskrivelse.forslag == before.tjansteskrivelse.forslag


def test_preview_shows_the_packet(window, qtbot) -> None:
    tab = window.tab("Kallelse")
    tab.printing.ui.print_kind_combo.setCurrentIndex(1)
    tab.ui.detail_tabs.setCurrentWidget(tab.ui.print_page)
    preview = tab.printing.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.document.pageCount() > 10, timeout=BUSY_MACHINE_MS)
    assert "17 bokmärken" in tab.printing.ui.print_status.text()
    assert preview.suggested_name == "paket-2020-12-07.pdf"


def test_bilaga_dialog_keeps_the_osl_paragraph_of_a_secret_bilaga(qtbot) -> None:
    from ksdesk.core.meeting import Bilaga
    from ksdesk.ui.dialogs.bilaga_dialog import BilagaDialog

    dialog = BilagaDialog(Bilaga("Värdering", nr="2"))
    qtbot.addWidget(dialog)
    assert not dialog.ui.secrecy_ref_edit.isEnabled()  # only for a secret bilaga
    dialog.ui.secret_check.setChecked(True)
    assert dialog.ui.secrecy_ref_edit.isEnabled()
    dialog.ui.secrecy_ref_edit.setText(" 19 kap. 3 § OSL ")
    result = dialog.result_bilaga()
    assert result.secret and result.secrecy_ref == "19 kap. 3 § OSL"
    dialog.ui.secret_check.setChecked(False)  # no paragraph kept for what is not secret
    assert dialog.result_bilaga().secrecy_ref == ""


def _show_print_page(tab, packet: bool = True) -> None:
    tab.printing.ui.print_kind_combo.setCurrentIndex(1 if packet else 0)
    tab.ui.detail_tabs.setCurrentWidget(tab.ui.print_page)


def test_the_packet_is_built_off_the_gui_thread_with_the_clis_bytes(
    window, demo_store, qtbot, tmp_path
) -> None:
    import subprocess
    import sys

    tab = window.tab("Kallelse")
    seen: list[tuple[int, int, str]] = []
    tab.printing.runner.progressed.connect(lambda *step: seen.append(step))
    _show_print_page(tab)
    assert tab.printing.ui.cancel_build_button.isVisibleTo(tab)  # building: Avbryt is offered
    qtbot.waitUntil(lambda: not tab.printing.runner.busy, timeout=20_000)
    assert not tab.printing.ui.build_progress.isVisibleTo(tab)
    assert seen and seen[-1][2] == "Sätter ihop paketet" and seen[-1][1] == len(seen)
    out = tmp_path / "paket.pdf"
    command = ["kallelse", "--db", str(demo_store.path), "--meeting", "2020-12-07", "--packet"]
    cli = subprocess.run(  # while this window holds the file: the CLI prints read-only
        [sys.executable, "-m", "ksdesk", *command, "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert cli.returncode == 0, cli.stderr
    assert tab.printing.preview.data == out.read_bytes()


def test_cancelling_keeps_the_previous_preview(window, qtbot) -> None:
    tab = window.tab("Kallelse")
    _show_print_page(tab, packet=False)
    qtbot.waitUntil(lambda: not tab.printing.runner.busy, timeout=20_000)
    preview = tab.printing.preview
    shown = preview.data
    assert shown and preview.print_button.isEnabled()
    tab.printing.ui.refresh_preview_button.click()  # the same document again (as after an edit)
    assert not preview.print_button.isEnabled()  # not printable while it may be stale
    tab.printing.ui.cancel_build_button.click()
    qtbot.waitUntil(lambda: not tab.printing.runner.busy, timeout=20_000)
    assert "avbröts" in tab.printing.ui.print_status.text()
    assert preview.data == shown and preview.print_button.isEnabled()
    assert not tab.printing.ui.cancel_build_button.isVisibleTo(tab)


def test_another_version_never_shows_the_one_before(window, demo_store, qtbot) -> None:
    _with_personnummer_bilaga(demo_store)
    tab = window.tab("Kallelse")
    _show_print_page(tab)
    qtbot.waitUntil(lambda: not tab.printing.runner.busy, timeout=20_000)
    assert tab.printing.preview.data
    tab.printing.ui.public_check.blockSignals(True)
    tab.printing.ui.public_check.setChecked(True)
    tab.printing.ui.public_check.blockSignals(False)
    tab.printing.rebuild()  # the public version: the internal packet leaves the preview
    assert tab.printing.preview.data == b""
    qtbot.waitUntil(lambda: not tab.printing.runner.busy, timeout=20_000)
    assert tab.printing.preview.data == b""  # blocked: nothing to print or save
    assert not tab.printing.preview.save_button.isEnabled()


def _with_personnummer_bilaga(store) -> None:
    from ksdesk.core.meeting import Bilaga

    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    data = make_pdf(1, "Avtal med kund 811218-9876")
    meeting.items[2].bilagor.append(Bilaga("Avtal", filename="avtal.pdf", content=data))
    meeting_service.save_meeting(store, meeting)


def test_a_blocked_public_print_opens_the_review_and_goes_on_when_decided(
    window, demo_store, qtbot, monkeypatch
) -> None:
    from ksdesk.ui.dialogs.public_check_dialog import PublicCheckDialog

    _with_personnummer_bilaga(demo_store)
    opened: list[str] = []

    def exec_(self) -> int:  # the secretary masks every hit and presses the button
        self.wait_for_scan()  # the scan runs off the GUI thread
        opened.append(self.ui.close_button.text())
        self.mask_all_open()
        opened.append(self.ui.close_button.text())
        self.ui.close_button.click()
        return self.result()

    monkeypatch.setattr(PublicCheckDialog, "exec", exec_)
    tab = window.tab("Kallelse")
    _show_print_page(tab)
    qtbot.waitUntil(lambda: not tab.printing.runner.busy, timeout=20_000)
    tab.printing.ui.public_check.setChecked(True)
    qtbot.waitUntil(lambda: "Offentlig version" in _first_page(tab), timeout=20_000)
    assert opened == ["Avbryt utskriften", "Fortsätt med den offentliga utskriften"]
    assert not tab.printing.ui.review_button.isVisibleTo(tab)
    assert "811218" not in _all_text(tab)


def test_a_blocked_public_preview_after_an_edit_only_says_so(window, demo_store, qtbot) -> None:
    _with_personnummer_bilaga(demo_store)
    tab = window.tab("Kallelse")
    tab.printing.ui.public_check.blockSignals(True)
    tab.printing.ui.public_check.setChecked(True)  # ticked earlier; now the page is shown again
    tab.printing.ui.public_check.blockSignals(False)
    _show_print_page(tab)  # not a print the secretary asked for: no dialog pops up
    qtbot.waitUntil(lambda: not tab.printing.runner.busy, timeout=20_000)
    assert "1 träff är inte hanterad " in tab.printing.ui.print_status.text()
    assert tab.printing.ui.review_button.isVisibleTo(tab)


def _first_page(tab) -> str:
    from tests.pdf_helpers import pages_text

    data = tab.printing.preview.data if tab.printing.preview else b""
    return pages_text(data)[0] if data else ""


def _all_text(tab) -> str:
    from tests.pdf_helpers import pages_text

    return " ".join(pages_text(tab.printing.preview.data))


def test_ctrl_n_adds_an_item_after_the_selected_one(qtbot, window, demo_store, monkeypatch) -> None:
    from ksdesk.ui.dialogs.item_dialog import ItemDialog

    tab = window.tab("Kallelse")
    tab.agenda.select_row(2)
    window.activateWindow()  # shortcuts reach only the active window
    tab.agenda.ui.agenda_table.setFocus()
    _accept_with(
        monkeypatch, ItemDialog, lambda d: d.ui.title_edit.setText("Nytt med kortkommando")
    )
    QTest.keyClick(tab.agenda.ui.agenda_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # A button's shortcut clicks it the way a mouse would: a moment later.
    qtbot.waitUntil(lambda: _titles(demo_store)[3] == "Nytt med kortkommando", timeout=2000)


def test_the_meeting_lists_say_whose_meeting_with_two_organs(qtbot, demo_store) -> None:
    """One organ: no Organ column (every row would say the same). Two: each row names its
    organ (the short name, the whole name as tooltip), in the Kallelse list and in the
    Sammanträde tab's choice of meeting."""
    from datetime import time

    from ksdesk.ui.models.meeting_models import MeetingTableModel

    create_application()
    column = MeetingTableModel.ORGAN_COLUMN
    first = MainWindow(demo_store)
    qtbot.addWidget(first)
    assert first.tabs["Kallelse"].meetings.ui.meeting_table.isColumnHidden(column)
    meeting_service.create_meeting(demo_store, "Socialnämnden", date(2020, 12, 7), time(9))
    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    tab = win.tabs["Kallelse"]
    assert not tab.meetings.ui.meeting_table.isColumnHidden(column)
    model = tab.meeting_model
    assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "Organ"
    )
    rows = {model.data(model.index(r, column)) for r in range(model.rowCount())}
    assert rows == {"KS", "Socialnämnden"}  # the demo's organ has a short name, the new none
    tips = {model.data(model.index(r, column), Qt.ItemDataRole.ToolTipRole) for r in range(2)}
    assert "Socialnämnden" in tips
    win.ui.tabs.setCurrentIndex(3)  # Sammanträde
    combo = win.tabs["Sammanträde"].ui.meeting_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert any("Socialnämnden" in text for text in texts) and any("KS" in text for text in texts)


def test_an_edited_arende_updates_its_own_row_not_the_whole_agenda(window, demo_store) -> None:
    """Saving one ärende announces that row alone (no reset of the table): the selection
    stays, the other rows are not measured again, and the new title and Dnr show."""
    from ksdesk.core.meeting_agenda import replaced_item

    tab = window.tab("Kallelse")
    model = tab.agenda_model
    tab.agenda.select_row(4)
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    item = tab.meeting.items[4]
    edited = type(item)(**{**vars(item), "title": "Ny rubrik", "dnr": "KS 2020/999"})
    tab.agenda.commit("Ändra ärende", replaced_item(tab.meeting, 4, edited))
    assert resets == []
    assert changed == [(4, 4)]
    assert model.index(4, 1).data() == "Ny rubrik"
    assert model.index(4, 2).data() == "KS 2020/999"
    assert tab.agenda.selected_row() == 4
    assert tab.bilagor.item is not None and tab.bilagor.item.title == "Ny rubrik"
    window.undo_stack.undo()  # back as it was: that row again, still no reset
    assert resets == [] and changed[-1] == (4, 4)
    assert model.index(4, 1).data() == item.title


def test_a_new_databases_namnd_is_set_up_before_its_first_meeting(qtbot, tmp_path, monkeypatch):
    """`ksdesk init` makes one nämnd and no meeting: Nämndens inställningar… was greyed out
    until a meeting existed, so the first meeting could not take a place from it (and was
    headed without one). With the file's only nämnd, the settings open without a meeting."""
    from ksdesk.services import own_kommun
    from ksdesk.ui.dialogs import organ_dialog

    store = own_kommun.new_database(tmp_path / "ny.sqlite", "Testby kommun", "Kommunstyrelsen")
    create_application()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    panel = window.tab("Kallelse").meetings
    assert panel.meeting is None and panel.ui.organ_button.isEnabled()

    def accept(dialog) -> int:
        dialog.ui.place_edit.setText("Kommunhuset, sal A")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(organ_dialog.OrganDialog, "exec", accept)
    panel.ui.organ_button.click()
    assert meeting_service.list_organs(store)[0].default_place == "Kommunhuset, sal A"
    window.close()
    store.close()


def test_a_meeting_on_a_sunday_is_questioned_above_its_agenda(window, demo_store) -> None:
    """Set on 17 January 2021 (a Sunday, typed for the Monday): under its Tid and Plats the
    meeting asks whether the date is right; the demo's Monday meeting is not asked about."""
    from datetime import time

    tab = window.tab("Kallelse")
    assert "stämmer datumet" not in tab.agenda.ui.status_note.text()
    sunday, _ = meeting_service.create_meeting(
        demo_store, "Kommunstyrelsen", date(2021, 1, 17), time(14, 0)
    )
    tab.refresh()
    tab.show_found(sunday.id, None, None)
    said = tab.agenda.ui.status_note.text()
    assert "Sammanträdet den 17 januari 2021 är en söndag: stämmer datumet?" in said
    assert tab.agenda.ui.status_note.isVisible()
    assert sunday.place and "saknar plats" not in said  # the organ's usual place, filled in


def test_the_meeting_dialog_questions_a_sunday_as_it_is_typed(qtbot) -> None:
    from ksdesk.ui.dialogs.meeting_dialog import MeetingDialog

    dialog = MeetingDialog([])
    qtbot.addWidget(dialog)
    dialog.ui.date_edit.setText("2021-01-17")
    assert "är en söndag: stämmer datumet?" in dialog.ui.message_label.text()
    dialog.ui.date_edit.setText("2021-01-18")  # the Monday meant
    assert dialog.ui.message_label.text() == ""
    dialog.ui.date_edit.setText("2021-01-1")  # half typed: nothing said yet
    assert dialog.ui.message_label.text() == ""
    dialog.ui.date_edit.editingFinished.emit()  # left as it is: 1 January, nyårsdagen
    assert "(Nyårsdagen, en fredag)" in dialog.ui.message_label.text()
