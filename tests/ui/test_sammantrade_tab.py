"""The demo meeting held in the app, from upprop to justering check, driven with qtbot."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt

from ksdesk.core.protokoll import Deltagare, Narvaro
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services import protokoll_print
from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow
from ksdesk.ui.models.upprop_model import UppropModel
from tests.ui.conftest import wait_for_prints

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
CHECK_ROLE = Qt.ItemDataRole.CheckStateRole


def open_tab(qtbot, demo_store):
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("Sammanträde")
    tab.test_window = window  # the window has no parent: keep it alive as long as the tab
    return tab


def row_of(model, name: str) -> int:
    return next(i for i, a in enumerate(model.upprop) if a.name == name)


def choose(combo, name: str) -> None:
    index = combo.findData(name)
    assert index >= 0, name
    combo.setCurrentIndex(index)


def test_the_tab_is_in_the_main_window(qtbot, demo_store) -> None:
    tab = open_tab(qtbot, demo_store)
    assert tab.ui.start_button.text() == "&Starta protokollet"
    assert "Kommunstyrelsen" in tab.ui.meeting_heading.text()
    assert not tab.ui.print_button.isEnabled()


def test_hold_the_demo_meeting_from_upprop_to_justering_check(qtbot, demo_store) -> None:
    tab = open_tab(qtbot, demo_store)
    ui = tab.ui
    qtbot.mouseClick(ui.start_button, Qt.MouseButton.LeftButton)
    assert [tab.paragraf_model.row_object(i).nr for i in range(7)] == list(range(217, 224))

    # Upprop: Åsa is late, an ersättare is called in, Roland leaves after § 222.
    upprop = tab.upprop_model
    asa = row_of(upprop, "Åsa Bergkvist")
    upprop.setData(upprop.index(asa, UppropModel.PRESENT), UNCHECKED, CHECK_ROLE)
    assert "2 av 3 ledamöter" in tab.upprop.ui.beslutsfor_label.text()
    upprop.setData(upprop.index(asa, UppropModel.PRESENT), CHECKED, CHECK_ROLE)
    tab.add_person(Deltagare("Karin Ek", "S", "ersättare"))
    roland = row_of(upprop, "Roland Johansson")
    upprop.setData(upprop.index(roland, UppropModel.NARVARO), "217–222")
    stored = protokoll_service.get_protokoll(demo_store, tab.meeting.id).upprop
    assert [a.name for a in stored][3] == "Karin Ek"  # before the kommunsekreterare
    assert next(a for a in stored if a.name == "Roland Johansson").narvaro == [Narvaro(last=222)]

    # § 217 Val av justerare.
    ui.pages.setCurrentIndex(1)
    tab.select_paragraf(217)
    assert tab.paragrafer.ui.justerare_group.isVisibleTo(tab)
    choose(tab.paragrafer.ui.justerare1_combo, "Roland Johansson")
    choose(tab.paragrafer.ui.justerare2_combo, "Åsa Bergkvist")
    assert tab.paragrafer.ui.beslut_edit.toPlainText() == (
        "Kommunstyrelsen utser Roland Johansson (SD) och Åsa Bergkvist (S) att jämte "
        "ordföranden justera protokollet."
    )
    tab.justering.ui.justering_date_edit.setText("2020-12-10")
    tab.justering.ui.justering_time_edit.setText("10:00")
    tab.justering.ui.justering_place_edit.setText("Kommunledningskontoret")
    tab.justering.ui.justering_place_edit.editingFinished.emit()
    assert tab.protokoll.justering.date == date(2020, 12, 10)

    # § 218: the beslut is typed; it is saved after a pause.
    tab.select_paragraf(218)
    assert not tab.paragrafer.ui.justerare_group.isVisibleTo(tab)
    tab.paragrafer.ui.beslut_edit.setPlainText("Inga extra ärenden anmäls.")
    qtbot.waitUntil(
        lambda: (
            protokoll_service.get_protokoll(demo_store, tab.meeting.id).paragraf(218).beslut
            == "Inga extra ärenden anmäls."
        ),
        timeout=3000,
    )

    # § 219: a yrkande, a votering, a reservation with written motivation to come.
    tab.select_paragraf(219)
    choose(tab.paragrafer.ui.yrkande_member_combo, "Roland Johansson")
    qtbot.keyClicks(tab.paragrafer.ui.yrkande_text_edit, "yrkar avslag")
    qtbot.mouseClick(tab.paragrafer.ui.add_yrkande_button, Qt.MouseButton.LeftButton)
    assert tab.editor.models["yrkande"].rowCount() == 1
    tab.paragrafer.ui.votering_group.setChecked(True)
    tab.paragrafer.ui.ja_text_edit.setText("bifall till förvaltningens förslag")
    tab.paragrafer.ui.nej_text_edit.setText("Roland Johanssons avslagsyrkande")
    votes = tab.editor.vote_model
    assert votes.rowCount() == 3
    votes.set_vote("Leif Pettersson", "ja")
    votes.set_vote("Åsa Bergkvist", "ja")
    assert "2 av 3 tjänstgörande" in tab.paragrafer.ui.vote_totals_label.text()
    votes.set_vote("Roland Johansson", "nej")
    assert "Ja 2 · Nej 1 · Avstår 0" in tab.paragrafer.ui.vote_totals_label.text()
    choose(tab.paragrafer.ui.reservation_member_combo, "Roland Johansson")
    qtbot.keyClicks(tab.paragrafer.ui.reservation_text_edit, "till formon for eget yrkande")
    tab.paragrafer.ui.reservation_written_check.setChecked(True)
    qtbot.mouseClick(tab.paragrafer.ui.add_reservation_button, Qt.MouseButton.LeftButton)
    assert "skriftlig motivering" in tab.paragrafer.ui.reservation_reminder_label.text()
    tab.editor.entries.edit_motivering(0, "Kommunen ska inte kompensera nämnden.")
    assert tab.paragrafer.ui.reservation_reminder_label.text() == ""
    tab.editor.entries.edit_motivering(0, "")  # taken back: the reminder returns

    # § 220: Åsa is jävig, Karin Ek steps in.
    tab.select_paragraf(220)
    choose(tab.paragrafer.ui.jav_member_combo, "Åsa Bergkvist")
    choose(tab.paragrafer.ui.jav_ersattare_combo, "Karin Ek")
    qtbot.mouseClick(tab.paragrafer.ui.add_jav_button, Qt.MouseButton.LeftButton)
    assert "3 av 3" in tab.paragrafer.ui.tjanstgor_label.text()

    # § 223: Roland has left; still beslutfört with two of three.
    tab.select_paragraf(223)
    assert "2 av 3" in tab.paragrafer.ui.tjanstgor_label.text()
    assert "beslutfört" in tab.paragrafer.ui.tjanstgor_label.text()

    # The check: a votering that does not add up is caught, then put right.
    tab.select_paragraf(221)
    tab.paragrafer.ui.votering_group.setChecked(True)
    tab.editor.vote_model.set_vote("Leif Pettersson", "ja")
    ui.pages.setCurrentIndex(2)
    texts = [p.message for p in tab.justering.problem_model._rows]
    assert any(t.startswith("§ 221: voteringen har 1 röster") for t in texts)
    tab.paragrafer.ui.votering_group.setChecked(False)
    problems = tab.justering.run_check()
    # § 219's reservation, and its uppdrag to the samhällsbyggnadsnämnd, not yet registered
    assert [(p.severity, p.paragraf) for p in problems] == [("påminnelse", 219)] * 2
    assert (
        "0 fel</b> och 2 påminnelser före justeringen"
        in tab.justering.ui.check_summary_label.text()
    )

    # Paper: the protokoll prints what was recorded.
    text = protokoll_print.protokoll_document(demo_store, tab.meeting.id)
    assert text.startswith(b"%PDF")

    # Marked held: the kallelse deadline is done.
    qtbot.mouseClick(ui.held_button, Qt.MouseButton.LeftButton)
    assert tab.meeting.status == "genomförd"
    assert tab.deadline_panel.findChild(
        type(ui.meeting_label), "status_kallelse_senast"
    ).text() == ("Klart")


def test_printing_opens_the_preview(qtbot, demo_store, monkeypatch) -> None:
    from ksdesk.ui.dialogs import pdf_dialog

    shown = []
    monkeypatch.setattr(pdf_dialog.PdfDialog, "exec", lambda self: shown.append(self) or 0)
    tab = open_tab(qtbot, demo_store)
    tab.start()
    tab.print_protokoll()
    wait_for_prints(tab)
    tab.print_utdrag(221)
    wait_for_prints(tab)
    assert shown[0].preview.document.pageCount() >= 8
    assert shown[1].windowTitle() == "Protokollsutdrag § 221"


def test_a_bad_justering_date_is_refused_and_nothing_saved(qtbot, demo_store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    tab = open_tab(qtbot, demo_store)
    tab.start()
    tab.justering.ui.justering_date_edit.setText("2020-13-10")
    tab.justering.ui.justering_date_edit.editingFinished.emit()
    assert "Ogiltigt datum" in warnings[0]
    assert protokoll_service.get_protokoll(demo_store, tab.meeting.id).justering.date is None


def test_ajourneringar_are_typed_on_the_justering_page(qtbot, demo_store, monkeypatch):
    """Typed as "15.00-15.15, 12-13", stored in time order, shown back in Swedish; a break
    that cannot be read is refused with the reason, and what was stored stays."""
    from PySide6.QtWidgets import QMessageBox

    from ksdesk.core.protokoll import Ajournering

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    tab = open_tab(qtbot, demo_store)
    tab.start()
    edit = tab.justering.ui.ajournering_edit
    edit.setText("15.00-15.15, 12-13")
    edit.editingFinished.emit()
    breaks = [Ajournering(time(12), time(13)), Ajournering(time(15), time(15, 15))]
    assert stored(demo_store, tab).justering.ajourneringar == breaks
    assert edit.text() == "12.00–13.00, 15.00–15.15"
    edit.setText("15.15-15.00")
    edit.editingFinished.emit()
    assert "Ajourneringen ”15.15-15.00”" in warnings[0]
    assert stored(demo_store, tab).justering.ajourneringar == breaks


def stored(demo_store, tab):
    return protokoll_service.get_protokoll(demo_store, tab.meeting.id)


def test_every_recording_can_be_undone_and_redone(qtbot, demo_store) -> None:
    tab = open_tab(qtbot, demo_store)
    stack = tab.undo_stack
    tab.start()
    assert stack.undoText() == "Starta protokollet"
    tab.ui.pages.setCurrentIndex(1)
    tab.select_paragraf(219)
    choose(tab.paragrafer.ui.yrkande_member_combo, "Roland Johansson")
    tab.paragrafer.ui.yrkande_text_edit.setText("yrkar avslag")
    tab.editor.entries.add_yrkande()
    assert stack.undoText() == "Lägg till yrkande § 219"
    stack.undo()
    assert stored(demo_store, tab).paragraf(219).yrkanden == []
    assert tab.editor.models["yrkande"].rowCount() == 0  # the screen follows
    assert tab.editor.paragraf.nr == 219  # and stays on the §
    stack.redo()
    assert [y.name for y in stored(demo_store, tab).paragraf(219).yrkanden] == ["Roland Johansson"]

    # Typing merges into one edit per §.
    tab.paragrafer.ui.beslut_edit.setPlainText("Första")
    tab.editor.save_text()
    tab.paragrafer.ui.beslut_edit.setPlainText("Första och andra")
    tab.editor.save_text()
    assert stack.undoText() == "Skriv i § 219"
    stack.undo()
    assert stored(demo_store, tab).paragraf(219).beslut.startswith("Fullmäktige uppdrar")

    # The upprop and the held status too; undoing the start removes the protokoll.
    upprop = tab.upprop_model
    upprop.setData(upprop.index(1, UppropModel.PRESENT), UNCHECKED, CHECK_ROLE)
    assert stack.undoText() == "Ändra uppropet"
    stack.undo()
    assert all(a.present for a in stored(demo_store, tab).upprop)
    tab.mark_held()
    stack.undo()
    assert tab.meeting.status == "utskickad"
    while stack.canUndo():
        stack.undo()
    assert stored(demo_store, tab).paragrafer == []
    assert tab.ui.start_button.text() == "&Starta protokollet"
    stack.redo()
    assert stored(demo_store, tab).numbers == list(range(217, 224))


def test_beslut_typed_just_before_closing_the_window_is_saved(qtbot, demo_store) -> None:
    """No edit lost on closing: the typing pause has not passed when the window closes."""
    tab = open_tab(qtbot, demo_store)
    tab.start()
    tab.ui.pages.setCurrentIndex(1)
    tab.select_paragraf(219)
    tab.paragrafer.ui.beslut_edit.setPlainText("Skrivet i sista sekunden.")
    assert tab.editor.typing.isActive()
    tab.test_window.close()
    assert stored(demo_store, tab).paragraf(219).beslut == "Skrivet i sista sekunden."


def test_a_read_only_file_shows_the_protokoll_but_takes_no_edit(qtbot, demo_store) -> None:
    """Opened read-only (another ksdesk writes the file), the meeting is read, the §§
    browsed and the justering checked; nothing can be typed, ticked or added."""
    from ksdesk.db.connection import open_store

    writer = open_tab(qtbot, demo_store)
    writer.start()  # the protokoll started in the writing window
    assert writer.ui.print_button.isEnabled()
    assert not writer.editor.ui.beslut_edit.isReadOnly()
    assert writer.upprop.ui.add_person_button.isEnabled()

    reader = open_store(demo_store.path, read_only=True)
    try:
        tab = open_tab(qtbot, reader)
        assert "skrivskyddad" in tab.ui.meeting_heading.text()
        ui = tab.paragrafer.ui
        assert tab.ui.print_button.isEnabled() and tab.ui.utdrag_button.isEnabled()
        assert not tab.ui.start_button.isEnabled() and not tab.ui.held_button.isEnabled()
        assert ui.paragraf_list.isEnabled()  # the §§ can be browsed
        assert tab.justering.ui.check_button.isEnabled()
        assert tab.editor.ui.beslut_edit.isReadOnly()
        assert not tab.upprop.ui.add_person_button.isEnabled()
        assert not tab.upprop.ui.upprop_table.isEnabled()  # no presence ticked
        shown = []
        for row in range(tab.paragraf_model.rowCount()):  # another § does not unlock
            ui.paragraf_list.selectRow(row)
            shown.append(tab.editor.ui.beslut_edit.toPlainText())
            assert tab.editor.ui.beslut_edit.isReadOnly()
            assert not tab.editor.ui.reset_beslut_button.isEnabled()
            assert not tab.editor.ui.add_yrkande_button.isEnabled()
        assert any(shown)  # the beslut are read, not emptied
    finally:
        reader.close()


def test_a_meeting_without_a_place_is_headed_without_an_empty_comma(qtbot, demo_store) -> None:
    """A new kommun's first meeting often has no place yet (ksdesk init sets none)."""
    from ksdesk.db import meeting_repo
    from ksdesk.services import meetings

    meeting = meeting_repo.find_by_date(demo_store, date(2020, 12, 7))
    meeting.place = ""
    meetings.save_meeting(demo_store, meeting)
    heading = open_tab(qtbot, demo_store).ui.meeting_heading.text()
    assert "Måndag 7 december 2020, kl. 14.00 · " in heading
    assert ", ·" not in heading


def test_the_lock_code_field_keeps_room_for_its_word_in_a_narrow_window(qtbot, demo_store):
    """With the protokoll started, "Uppdatera paragraferna" and a meeting named with its
    place ("… Festsalen Folkets hus (presidiet)") left the Låskod field 43 px at 150 %
    ("Lås…"). The meeting list gives way (the heading under it names the place whole)."""
    from PySide6.QtWidgets import QApplication

    from ksdesk.db import meeting_repo

    meeting = meeting_repo.find_by_date(demo_store, date(2020, 12, 7))
    protokoll_service.start_protokoll(demo_store, meeting.id)
    tab = open_tab(qtbot, demo_store)
    window = tab.test_window
    QApplication.processEvents()
    assert tab.ui.start_button.text().replace("&", "") == "Uppdatera paragraferna"
    window.resize(window.minimumSizeHint().width(), 700)  # as narrow as the window goes
    QApplication.processEvents()
    field = tab.ui.unlock_code_edit
    assert field.width() >= field.fontMetrics().horizontalAdvance("Låskod") + 20
    assert "Festsalen Folkets hus (presidiet)" in tab.ui.meeting_heading.text()
    window.resize(1900, 700)  # room enough: the list shows its meeting whole again
    QApplication.processEvents()
    combo = tab.ui.meeting_combo
    assert combo.width() > combo.fontMetrics().horizontalAdvance(combo.currentText())


def test_an_empty_upprop_says_how_it_is_filled(qtbot, tmp_path) -> None:
    """A fresh `ksdesk init` file has no one in its register: the started protokoll's upprop
    is empty, and the line where the quorum is judged says how to fill it."""
    from ksdesk.services import meetings, own_kommun

    store = own_kommun.new_database(tmp_path / "ny.sqlite", "Testby kommun", "Kommunstyrelsen")
    meeting, _created = meetings.create_meeting(
        store, "Kommunstyrelsen", date(2026, 12, 14), time(14)
    )
    before = open_tab(qtbot, store)  # not started: the heading says Starta protokollet
    assert before.upprop.ui.beslutsfor_label.text() == ""
    assert before.upprop.ui.empty_label.isHidden()
    before.test_window.close()
    protokoll_service.start_protokoll(store, meeting.id)
    tab = open_tab(qtbot, store)
    assert tab.upprop.upprop == []
    said = tab.upprop.ui.empty_label.text()
    assert "Uppropet är tomt" in said and "Lägg till person…" in said
    assert "Nämndens inställningar" in said  # where the whole list can be pasted
    # On a line of its own, wrapping: in the button bar the sentence made the window ask
    # for 1 142 px, more than a 1366 × 768 laptop at 150 % has (910).
    assert tab.upprop.ui.empty_label.isVisible()
    assert tab.test_window.minimumSizeHint().width() <= 910
    tab.test_window.close()
    store.close()


def test_an_upprop_not_yet_taken_asks_nothing_of_it(qtbot, demo_store) -> None:
    """Before Starta protokollet the upprop is empty because it is not yet taken from the
    register: the heading says to start, the upprop line says nothing."""
    tab = open_tab(qtbot, demo_store)
    assert tab.upprop.upprop == [] and "Starta protokollet" in tab.ui.meeting_heading.text()
    assert tab.upprop.ui.beslutsfor_label.text() == ""


def test_reset_at_val_av_justerare_gives_the_justerare_chosen(qtbot, demo_store) -> None:
    """A kallelse naming the proposed justerare in its Förslag column (Kungsbacka, Kultur &
    Fritid 2025-10-22): "Återställ till förslaget" wrote the proposed name back as the
    beslut, against page 1; it writes the beslut for the justerare chosen."""
    from ksdesk.db import meeting_repo

    tab = open_tab(qtbot, demo_store)
    meeting = meeting_repo.get(demo_store, tab.meeting.id)
    item = next(i for i in meeting.items if i.title == "Val av justerare")
    item.proposal = "Roland Johansson (SD)"
    meeting_repo.save(demo_store, meeting)
    qtbot.mouseClick(tab.ui.start_button, Qt.MouseButton.LeftButton)
    tab.ui.pages.setCurrentIndex(1)
    tab.select_paragraf(217)
    assert tab.editor.ui.beslut_edit.toPlainText() == ""
    choose(tab.paragrafer.ui.justerare1_combo, "Åsa Bergkvist")
    chosen = "Kommunstyrelsen utser Åsa Bergkvist (S) att jämte ordföranden justera protokollet."
    assert tab.editor.ui.beslut_edit.toPlainText() == chosen
    tab.editor.ui.beslut_edit.setPlainText("Egen text.")
    qtbot.mouseClick(tab.editor.ui.reset_beslut_button, Qt.MouseButton.LeftButton)
    assert tab.editor.ui.beslut_edit.toPlainText() == chosen
    qtbot.waitUntil(
        lambda: (
            protokoll_service.get_protokoll(demo_store, tab.meeting.id).paragraf(217).beslut
            == chosen
        )
    )


def test_the_beslut_box_shows_eight_lines_on_a_laptop_at_150_percent(qtbot, demo_store):
    """1366 × 768 at 150 % leaves the window 910 × 480: the buttons, headings and margins
    above the § editor left three lines of the Beslut box in view (walk31), and she scrolled
    for every yrkande. The § with the longest title is the worst case."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QApplication

    from ksdesk.db import meeting_repo

    meeting = meeting_repo.find_by_date(demo_store, date(2020, 12, 7))
    protokoll_service.start_protokoll(demo_store, meeting.id)
    tab = open_tab(qtbot, demo_store)
    tab.test_window.resize(910, 480)
    tab.ui.pages.setCurrentWidget(tab.paragrafer)
    page = tab.paragrafer.ui
    titles = [len(p.title) for p in tab.paragrafer.protokoll.paragrafer]
    page.paragraf_list.selectRow(titles.index(max(titles)))
    QApplication.processEvents()
    box, scroll = page.beslut_edit.viewport(), page.editor_scroll.viewport()
    shown = QRect(box.mapTo(scroll, QPoint(0, 0)), box.size()).intersected(scroll.rect())
    assert shown.height() >= 8 * page.beslut_edit.fontMetrics().lineSpacing()


def test_a_justerare_kept_as_the_kallelse_wrote_is_shown_at_val_av_justerare(qtbot, demo_store):
    """A name the kallelse proposed that no member has (walk37 #11) prints on the first
    page: the combo showed "(välj justerare)" beside it."""
    from ksdesk.services import justerare as justerare_service

    tab = open_tab(qtbot, demo_store)
    justerare_service.set_justerare(demo_store, tab.meeting.id, ["Eva Ny (C)"])
    qtbot.mouseClick(tab.ui.start_button, Qt.MouseButton.LeftButton)
    tab.ui.pages.setCurrentIndex(1)
    tab.select_paragraf(217)
    assert tab.paragrafer.ui.justerare1_combo.currentText() == "Eva Ny (C)"
    assert "utser Eva Ny (C) att jämte" in tab.editor.ui.beslut_edit.toPlainText()
