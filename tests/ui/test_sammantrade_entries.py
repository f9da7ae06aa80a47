"""The Sammanträde tab after round 2: leaving and coming back at a §, entries changed in
their dialogs (and undone), an ersättare added to the upprop and the register, the public
version behind the scan's guard."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from ksdesk.core.protokoll import Deltagare, Narvaro, Reservation, Yrkande
from ksdesk.db import organ_repo
from ksdesk.services import meetings
from ksdesk.services import protokoll as protokoll_service
from ksdesk.ui.models.upprop_model import UppropModel
from tests.ui.conftest import wait_for_prints
from tests.ui.test_sammantrade_tab import choose, open_tab


def stored(tab):
    return protokoll_service.get_protokoll(tab.store, tab.meeting.id)


def started(qtbot, demo_store, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    tab = open_tab(qtbot, demo_store)
    tab.start()
    tab.ui.pages.setCurrentIndex(1)
    tab.warnings = warnings
    return tab


def answer(fill) -> None:
    """When the next modal dialog opens: `fill(dialog)`, then press its OK button."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        fill(dialog)
        buttons = dialog.findChild(QDialogButtonBox)
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        if dialog.isVisible():  # refused: the test said what to expect; close it
            dialog.reject()

    QTimer.singleShot(0, run)


def test_a_member_leaves_for_one_paragraf_and_comes_back(qtbot, demo_store, monkeypatch):
    tab = started(qtbot, demo_store, monkeypatch)
    tab.select_paragraf(220)
    choose(tab.paragrafer.ui.narvaro_person_combo, "Roland Johansson")
    assert tab.paragrafer.ui.narvaro_button.text() == "&Lämnar före § 220"
    tab.paragrafer.ui.narvaro_button.click()
    assert stored(tab).upprop[1].narvaro == [Narvaro(None, 219)]
    assert tab.undo_stack.undoText() == "Roland Johansson lämnar före § 220"
    assert "2 av 3 ledamöter" in tab.paragrafer.ui.tjanstgor_label.text()
    assert "inte närvarande: Roland Johansson (SD)" in tab.paragrafer.ui.tjanstgor_label.text()

    tab.select_paragraf(222)
    choose(tab.paragrafer.ui.narvaro_person_combo, "Roland Johansson")
    assert tab.paragrafer.ui.narvaro_button.text() == "Åter&kommer före § 222"
    tab.paragrafer.ui.narvaro_button.click()
    assert stored(tab).upprop[1].narvaro == [Narvaro(None, 219), Narvaro(222, None)]
    upprop = tab.upprop_model
    assert upprop.data(upprop.index(1, UppropModel.NARVARO)) == "§§ 217–219, 222–223"
    assert upprop.data(upprop.index(1, UppropModel.SITS)) == "§§ 217–219, 222–223"
    assert upprop.data(upprop.index(0, UppropModel.SITS)) == "Hela sammanträdet"

    # Away for § 221 too: the votering there has two voters.
    tab.select_paragraf(221)
    tab.paragrafer.ui.votering_group.setChecked(True)
    assert tab.editor.vote_model.rowCount() == 2
    tab.undo_stack.undo()  # the votering
    tab.undo_stack.undo()  # the return
    assert stored(tab).upprop[1].narvaro == [Narvaro(None, 219)]


def test_presence_typed_in_the_upprop(qtbot, demo_store, monkeypatch):
    tab = started(qtbot, demo_store, monkeypatch)
    upprop = tab.upprop_model
    index = upprop.index(2, UppropModel.NARVARO)
    assert upprop.setData(index, "217–219, 221–223")
    assert stored(tab).upprop[2].narvaro == [Narvaro(None, 219), Narvaro(221, None)]
    assert not upprop.setData(index, "217–230")
    assert tab.warnings[-1] == ("Åsa Bergkvist: Det finns ingen § 230 i protokollet (§§ 217–223).")
    assert stored(tab).upprop[2].narvaro == [Narvaro(None, 219), Narvaro(221, None)]


def test_entries_are_changed_in_their_dialogs_and_undone(qtbot, demo_store, monkeypatch):
    tab = started(qtbot, demo_store, monkeypatch)
    entries = tab.editor.entries
    tab.select_paragraf(219)
    choose(tab.paragrafer.ui.yrkande_member_combo, "Roland Johansson")
    tab.paragrafer.ui.yrkande_text_edit.setText("yrkar avslag")
    tab.paragrafer.ui.add_yrkande_button.click()

    # A change that leaves the text empty is refused and the dialog stays.
    answer(lambda d: d.text_edit.setPlainText(""))
    assert not entries.edit("yrkande", 0)
    assert tab.warnings[-1].startswith("Skriv vad Roland Johansson yrkar")
    answer(lambda d: d.text_edit.setPlainText("yrkar avslag på förslaget i sin helhet"))
    assert entries.edit("yrkande", 0)
    assert stored(tab).paragraf(219).yrkanden == [
        Yrkande("Roland Johansson", "yrkar avslag på förslaget i sin helhet", "SD")
    ]
    assert tab.undo_stack.undoText() == "Ändra yrkande § 219"

    # A reservation: Åsa joins Roland, the written motivation is announced.
    choose(tab.paragrafer.ui.reservation_member_combo, "Roland Johansson")
    tab.paragrafer.ui.add_reservation_button.click()

    def two_names(dialog) -> None:
        for i in range(dialog.names.count()):
            item = dialog.names.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == "Åsa Bergkvist":
                item.setCheckState(Qt.CheckState.Checked)
        dialog.text_edit.setText("till förmån för eget yrkande")
        dialog.written_check.setChecked(True)

    answer(two_names)
    tab.paragrafer.ui.reservation_table.selectRow(0)
    tab.paragrafer.ui.edit_reservation_button.click()
    qtbot.waitUntil(lambda: bool(stored(tab).paragraf(219).reservationer[0].text), timeout=3000)
    assert stored(tab).paragraf(219).reservationer == [
        Reservation(["Roland Johansson", "Åsa Bergkvist"], "till förmån för eget yrkande", True)
    ]
    assert (
        "Roland Johansson (SD), Åsa Bergkvist (S)"
        in tab.paragrafer.ui.reservation_reminder_label.text()
    )

    # Nobody ticked: refused.
    def untick(dialog) -> None:
        for i in range(dialog.names.count()):
            dialog.names.item(i).setCheckState(Qt.CheckState.Unchecked)

    answer(untick)
    assert not entries.edit("reservation", 0)
    assert "minst en ledamot" in tab.warnings[-1]

    tab.undo_stack.undo()
    assert stored(tab).paragraf(219).reservationer == [Reservation(["Roland Johansson"])]
    tab.undo_stack.undo()
    tab.undo_stack.undo()
    assert stored(tab).paragraf(219).yrkanden[0].text == "yrkar avslag"


def test_a_jav_without_its_ersattare_is_put_right(qtbot, demo_store, monkeypatch):
    tab = started(qtbot, demo_store, monkeypatch)
    assert tab.add_person(Deltagare("Karin Ek", "S", "ersättare"))
    tab.select_paragraf(220)
    choose(tab.paragrafer.ui.jav_member_combo, "Åsa Bergkvist")
    tab.paragrafer.ui.add_jav_button.click()
    assert stored(tab).paragraf(220).jav[0].ersattare == ""
    assert "2 av 3" in tab.paragrafer.ui.tjanstgor_label.text()

    answer(lambda d: (d.stand_in_check.setChecked(True), d.ersattare_combo.setCurrentIndex(0)))
    assert not tab.editor.entries.edit("jav", 0)
    assert tab.warnings[-1] == "Ange vilken ersättare som tjänstgör i stället för Åsa Bergkvist."

    def karin(dialog) -> None:
        dialog.stand_in_check.setChecked(True)
        dialog.ersattare_combo.setCurrentIndex(dialog.ersattare_combo.findData("Karin Ek"))
        dialog.note_edit.setText("Åsa Bergkvist är styrelseledamot i bolaget")

    answer(karin)
    assert tab.editor.entries.edit("jav", 0)
    jav = stored(tab).paragraf(220).jav[0]
    assert (jav.ersattare, jav.note) == ("Karin Ek", "Åsa Bergkvist är styrelseledamot i bolaget")
    assert "3 av 3" in tab.paragrafer.ui.tjanstgor_label.text()
    assert "Karin Ek (S) för Åsa Bergkvist (S)" in tab.paragrafer.ui.tjanstgor_label.text()


def test_an_ersattare_is_added_to_upprop_and_register_in_one_step(qtbot, demo_store, monkeypatch):
    tab = started(qtbot, demo_store, monkeypatch)
    tab.ui.pages.setCurrentIndex(0)

    def karin(dialog) -> None:
        assert dialog.role_combo.currentData() == "ersättare"  # the usual case first
        dialog.name_edit.setText("Karin Ek")
        dialog.party_edit.setText("S")
        dialog.replaces_combo.setCurrentIndex(dialog.replaces_combo.findData("Åsa Bergkvist"))

    answer(karin)
    tab.upprop.ui.add_person_button.click()
    qtbot.waitUntil(lambda: len(stored(tab).upprop) == 5, timeout=3000)
    # After the ledamöter, before the kommunsekreterare.
    assert [a.name for a in stored(tab).upprop][2:] == [
        "Åsa Bergkvist",
        "Karin Ek",
        "Maria Östgren",
    ]
    person = stored(tab).upprop[3]
    assert (person.name, person.party, person.role) == ("Karin Ek", "S", "ersättare")
    assert person.replaces == "Åsa Bergkvist"
    assert organ_repo.list_all(demo_store)[0].members[-1].name == "Karin Ek"
    assert tab.upprop_model.rowCount() == 5
    assert tab.undo_stack.undoText() == "Lägg till Karin Ek"

    # The same name again is refused in the dialog, which stays open.
    answer(lambda d: d.name_edit.setText("karin ek"))
    tab.upprop.ui.add_person_button.click()
    qtbot.waitUntil(lambda: bool(tab.warnings), timeout=3000)
    assert tab.warnings[-1] == "Karin Ek finns redan i uppropet."

    tab.undo_stack.undo()
    assert [m.name for m in organ_repo.list_all(demo_store)[0].members] == [
        "Leif Pettersson",
        "Roland Johansson",
        "Åsa Bergkvist",
    ]
    assert len(stored(tab).upprop) == 4
    assert tab.upprop_model.rowCount() == 4


def test_public_version_from_the_tab(qtbot, demo_store, monkeypatch):
    from ksdesk.ui.dialogs import pdf_dialog

    shown = []
    monkeypatch.setattr(pdf_dialog.PdfDialog, "exec", lambda self: shown.append(self) or 0)
    tab = started(qtbot, demo_store, monkeypatch)
    assert tab.ui.public_button.isEnabled()
    tab.ui.public_button.click()
    wait_for_prints(tab)
    assert shown[0].windowTitle() == "Protokoll, offentlig version"
    # A secret item without a decision: the review opens for the meeting, and with the
    # hit left open nothing is printed.
    from ksdesk.ui.dialogs import public_check_dialog

    reviews = []
    monkeypatch.setattr(
        public_check_dialog.PublicCheckDialog, "exec", lambda self: reviews.append(self) or 0
    )
    meeting = tab.meeting
    meeting.items[5].secret = True
    meetings.save_meeting(demo_store, meeting)
    tab.ui.public_button.click()
    wait_for_prints(tab)
    assert len(shown) == 1 and len(reviews) == 1
    assert reviews[0].meeting_id == meeting.id and reviews[0].for_print
