"""Every import shows its report before anything is saved: Kallelse (ärendelista, and an
ärende's tjänsteskrivelse from Word: asked before one there is replaced, undone whole),
Delegation (a Word ordning as a new draft, named in the dialog) and the dialog itself."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from ksdesk.core.import_report import ImportReport
from ksdesk.services import delegation, meeting_lookup, meetings
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs import import_report_dialog
from ksdesk.ui.dialogs.import_report_dialog import ImportReportDialog, UnitDialog
from ksdesk.ui.main_window import MainWindow
from tests.interchange.delegation_documents import write_testby_document
from tests.interchange.real_tjansteskrivelser import write_ludvika_434

TS_ROW = 2  # ärende 3, Dnr 2020/434, with a tjänsteskrivelse typed in the demo


@pytest.fixture
def window(qtbot, demo_store) -> MainWindow:
    create_application()
    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    win.resize(1300, 820)
    win.show()
    return win


def _report() -> ImportReport:
    report = ImportReport("delegationsordning", "delegering.docx")
    report.read.append("15 punkter i 4 kapitel")
    report.merge("Punkt 2.1.12", "med utlämnande till enskild", "fortsättning efter sidbrytning")
    report.drop("Sidhuvud eller sidfot", "Testby kommun … 3 (9)", "stod som text 8 gånger")
    report.unknown_column("Tabell 3, rad 1", "Beslutsnivå", "behålls som extra kolumn")
    return report


def test_the_dialog_shows_every_part_of_the_report(qtbot) -> None:
    create_application()
    dialog = ImportReportDialog(_report(), name="delegering")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    for part in ("15 punkter i 4 kapitel", "Sammanslaget (1)", "Borttaget (1)", "Beslutsnivå"):
        assert part in text
    assert dialog.chosen_name() == "delegering"
    assert dialog.buttons.buttons()[0].text() in ("Spara", "Avbryt")


def test_unit_dialog_offers_the_three_units(qtbot) -> None:
    create_application()
    dialog = UnitDialog("budget.csv")
    qtbot.addWidget(dialog)
    units = [dialog.combo.itemData(i) for i in range(dialog.combo.count())]
    assert units == ["tkr", "mnkr", "kr"]


def test_agenda_import_is_saved_only_after_the_report(window, demo_store, tmp_path, monkeypatch):
    tab = window.tab("Kallelse")
    path = tmp_path / "lista.csv"
    path.write_text("Nr;Ärende;Beteckning\n1;Val av justerare;\n2;Motion;KS 2020/501\n", "utf-8")
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    before = [i.title for i in meeting.items]
    monkeypatch.setattr(import_report_dialog, "confirm_import", lambda _p, _r: False)
    assert not tab.agenda.import_agenda(str(path))
    assert [i.title for i in meetings.get_meeting(demo_store, meeting.id).items] == before
    seen: list[ImportReport] = []
    monkeypatch.setattr(import_report_dialog, "confirm_import", lambda _p, r: not seen.append(r))
    assert tab.agenda.import_agenda(str(path))
    after = meetings.get_meeting(demo_store, meeting.id).items
    assert [i.title for i in after][:2] == ["Val av justerare", "Motion"]
    assert after[1].dnr == "KS 2020/501"
    assert len(seen[0].merged) == 1  # Val av justerare was there already
    window.undo_stack.undo()
    assert [i.title for i in meetings.get_meeting(demo_store, meeting.id).items] == before


def test_an_agenda_pasted_from_a_pdf_is_saved_after_its_report_and_undone(
    window, demo_store, monkeypatch
):
    """Kallelse → Importera → Ärendelista från urklipp: another kommun's list copied out of
    its PDF (a cell a line) goes through the report and the undo stack as a file does."""
    from PySide6.QtWidgets import QApplication

    tab = window.tab("Kallelse")
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    before = [i.title for i in meeting.items]
    QApplication.clipboard().setText(
        "Testby kommun\nKommunstyrelsen\nKALLELSE\nSammanträde 2020-12-07\nTid\n"
        "Måndag 7 december 2020, kl. 14.00\nPlats\nKommunhuset\nÄrenden\nNr\nÄrende\nDnr\n"
        " 1\nVal av justerare\n 2\nTaxor för bygglov 2021\nFöredragande: Anna Berg\n"
        "KS 2020/501\n 3\nInformation\n"
    )
    seen: list[ImportReport] = []
    monkeypatch.setattr(import_report_dialog, "confirm_import", lambda _p, r: not seen.append(r))
    assert tab.agenda.paste_agenda()
    after = meetings.get_meeting(demo_store, meeting.id).items
    taxor = next(i for i in after if i.title == "Taxor för bygglov 2021")
    assert (taxor.dnr, taxor.presenter) == ("KS 2020/501", "Anna Berg")
    assert seen[0].file == "inklistrad text"
    window.undo_stack.undo()
    assert [i.title for i in meetings.get_meeting(demo_store, meeting.id).items] == before
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    QApplication.clipboard().setText("")
    assert not tab.agenda.paste_agenda()
    assert said and said[0].startswith("Urklippet innehåller ingen text.")


def test_a_kallelse_pdf_is_offered_by_the_file_dialog_and_imported(
    window, demo_store, tmp_path, monkeypatch
):
    """Kallelse → Importera → Ärendelista från Excel, Word, PDF eller CSV…: the dialog's
    filter names PDF, and another kommun's kallelse as published goes through the report."""
    from PySide6.QtWidgets import QFileDialog

    from tests.interchange.kallelse_pdfs import REAL_KALLELSER

    tab = window.tab("Kallelse")
    menu = tab.agenda.ui.import_button.menu()
    assert "Ärendelista från Excel, Word, PDF eller CSV…" in [a.text() for a in menu.actions()]
    name, _agenda, make = REAL_KALLELSER[1]
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(make())
    filters: list[str] = []

    def chosen(_parent, _title, _folder, wanted):
        filters.append(wanted)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chosen)
    seen: list[ImportReport] = []
    monkeypatch.setattr(import_report_dialog, "confirm_import", lambda _p, r: not seen.append(r))
    assert tab.agenda.import_agenda()
    assert "*.pdf" in filters[0].split(";;")[0] and "PDF" in filters[0]
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    titles = [i.title for i in meetings.get_meeting(demo_store, meeting.id).items]
    assert "Hultsfred VA-plan" in titles
    assert seen[0].read[0] == "2 av 2 sidor i PDF-filen"


def test_delegation_import_names_the_draft_in_the_report(window, demo_store, tmp_path, monkeypatch):
    tab = window.tab("Delegation")
    path = tmp_path / "delegering.docx"
    write_testby_document(path)
    monkeypatch.setattr(import_report_dialog, "confirm_named_import", lambda _p, r, n: "Testby")
    assert tab.versions.import_file(path)
    stored = delegation.resolve(demo_store, "testby")
    assert len(stored.all_points()) == 15 and stored.status == "utkast"
    assert tab.version is not None and tab.version.key == "testby"
    # What the tab's columns do not show is in the row's tooltip; marked rows are yellow.
    from PySide6.QtCore import Qt

    model = tab.point_model
    row = next(r for r in range(model.rowCount()) if model.point(r).nr == "2.3.2")
    tip = model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "Underrubrik före punkten: Anställa" in tip and "Beslutsnivå: Utskott" in tip
    marked = next(r for r in range(model.rowCount()) if model.point(r).nr == "2.2.2")
    assert model.index(marked, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    window.undo_stack.undo()
    with pytest.raises(Exception, match="testby"):
        delegation.resolve(demo_store, "testby")
    monkeypatch.setattr(import_report_dialog, "confirm_named_import", lambda _p, r, n: None)
    assert not tab.versions.import_file(path)


def test_report_dialog_png(qtbot, tmp_path: Path) -> None:
    """The dialog as the secretary sees it (grabbed for a look, kept out of the repo)."""
    create_application()
    dialog = ImportReportDialog(_report(), name="delegering")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.grab().isNull()


def test_a_pasted_table_is_reported_as_pasted_text_not_a_file() -> None:
    from ksdesk.services.budget import read_pasted

    _sheet, report = read_pasted("Intäkter 100 120\nKostnader -80 -90\n", "Klistrat", "tkr")
    html = import_report_dialog.report_html(report)
    assert "Läst ur den inklistrade texten:" in html and "filen" not in html
    on_file = import_report_dialog.report_html(ImportReport("budgetblad", "budget.xlsx"))
    assert "Läst ur filen:" in on_file and "Inget i filen lämnades utanför." in on_file


def test_a_long_list_read_says_first_what_is_further_down() -> None:
    """A pasted members list of twenty people fills the window; what was left out and the
    warnings are named at the top."""
    from ksdesk.services.organ_members import members_from_text
    from ksdesk.ui.dialogs import import_report_dialog
    from tests.interchange.real_members import ESLOV_VARD_OCH_OMSORG

    read = members_from_text(ESLOV_VARD_OCH_OMSORG, [])
    html = import_report_dialog.report_html(read.report)
    assert html.index("Läs också längre ned: Borttaget (7).") < html.index("Tony Hansson")
    short = import_report_dialog.report_html(members_from_text("Anna Ek (S)\nX\n", []).report)
    assert "Läs också längre ned" not in short


def _ts(store):
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    return meetings.get_meeting(store, meeting.id).items[TS_ROW].tjansteskrivelse


def test_import_asks_shows_the_report_and_undoes_whole(window, demo_store, tmp_path, monkeypatch):
    path = tmp_path / "ts.docx"
    write_ludvika_434(path)
    page = window.tab("Kallelse").agenda
    page.select_row(TS_ROW)
    assert page.ts_import_action.isEnabled()
    before = _ts(demo_store)
    asked: list[str] = []

    def answer(button):
        return lambda _parent, _title, text: asked.append(text) or button

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert not page.import_tjansteskrivelse(str(path))
    assert "har redan en tjänsteskrivelse" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(import_report_dialog, "confirm_import", lambda _p, _r: False)
    assert not page.import_tjansteskrivelse(str(path))
    assert _ts(demo_store) == before
    seen: list[ImportReport] = []
    monkeypatch.setattr(import_report_dialog, "confirm_import", lambda _p, r: not seen.append(r))
    assert page.import_tjansteskrivelse(str(path))
    assert seen[0].kind == "tjänsteskrivelse"
    assert _ts(demo_store).handlaggare == "Jessica Hedlund"
    window.undo_stack.undo()
    assert _ts(demo_store) == before


def test_a_file_of_another_arende_is_put_on_a_standing_one_only_when_asked(
    window, demo_store, tmp_path, monkeypatch
):
    """walk34 #5: KS 2020/434 onto the stående "Anmälan av extra ärenden" asks first, naming
    both ärenden (default No); No leaves the ärende as it was."""
    path = tmp_path / "ts.docx"
    write_ludvika_434(path)
    page = window.tab("Kallelse").agenda
    page.select_row(1)
    asked: list[tuple] = []
    no = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or no)
    assert not page.import_tjansteskrivelse(str(path))
    text = asked[0][2]
    assert "”Anmälan av extra ärenden”, ett stående ärende" in text and "ärende 3" in text
    assert asked[0][4] == no
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    assert meetings.get_meeting(demo_store, meeting.id).items[1].tjansteskrivelse is None


def test_a_file_word_cannot_give_is_a_swedish_warning(window, tmp_path, monkeypatch):
    path = tmp_path / "ts.docx"
    path.write_bytes(b"inte ett Word-dokument")
    page = window.tab("Kallelse").agenda
    page.select_row(6)  # Ordförandeinformation: no tjänsteskrivelse, nothing to ask
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert not page.import_tjansteskrivelse(str(path))
    assert "ts.docx är inget Word-dokument fast namnet slutar på .docx" in said[0]


def test_a_scanned_pdf_is_a_swedish_warning_saying_what_to_ask_for(window, tmp_path, monkeypatch):
    from reportlab.pdfgen import canvas

    path = tmp_path / "skannad.pdf"
    scan = canvas.Canvas(str(path))
    scan.rect(50, 50, 400, 700, fill=1)  # the paper as a picture, no text
    scan.save()
    page = window.tab("Kallelse").agenda
    page.select_row(6)  # Ordförandeinformation: no tjänsteskrivelse, nothing to ask
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert not page.import_tjansteskrivelse(str(path))
    assert "skannad" in said[0] and "Be handläggaren om Word-filen" in said[0]


def test_the_tjansteskrivelse_dialog_hands_over_to_the_word_import(window, demo_store, monkeypatch):
    """Importera från Word… in the dialog where the tjänsteskrivelse is edited: the dialog
    closes, the secretary is told what she typed is left, and the import runs."""
    from ksdesk.ui.dialogs import tjansteskrivelse_dialog

    page = window.tab("Kallelse").agenda
    page.select_row(TS_ROW)
    closed: list[int] = []

    def exec_and_choose_word(dialog) -> int:
        dialog.findChild(QPushButton, "word_button").click()
        closed.append(dialog.result())
        return dialog.result()

    monkeypatch.setattr(
        tjansteskrivelse_dialog.TjansteskrivelseDialog, "exec", exec_and_choose_word
    )
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text: asked.append(text) or QMessageBox.StandardButton.No,
    )
    page.edit_tjansteskrivelse()
    assert closed == [tjansteskrivelse_dialog.IMPORT_FROM_WORD]
    assert "inte sparat tas inte med" in asked[0]
    assert _ts(demo_store) is not None  # No: nothing changed
