"""Bidirectional controls (U+202A–202E, U+2066–2069) are left out of print and quotes, but
the window's own fields, tables and message boxes obeyed them: "Ny \u202eförskola" showed
"Ny aloksröf" in the agenda table and the meeting list. They are taken out on the way in,
said where it happens (the import report, a tooltip beside the field), so the database does
not keep them; and no message box turns what it quotes around."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from ksdesk.core.import_report import ImportReport, cleaned_cell
from ksdesk.services import agenda_imports, meeting_lookup
from tests.ui.box_probe import shown_warning
from tests.ui.test_one_line_fields import _paste, dialog  # noqa: F401 (the fixture)

TURNED = "Ny \u202eförskola\u202c i \u2067Norrby\u2069"


def test_an_imported_cell_loses_them_with_a_line_in_the_report() -> None:
    report = ImportReport("dagordning", "lista.csv")
    assert cleaned_cell(TURNED, report, "Rad 2") == "Ny förskola i Norrby"
    assert "4 tecken för skrivriktning togs bort" in report.text()


def test_a_pasted_agenda_is_placed_without_them(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    text = f"1\tVal av justerare\n2\t{TURNED}\tKS 2020/123\n"
    planned = agenda_imports.plan_pasted_agenda(demo_store, meeting.id, text)
    titles = [item.title for item in planned.meeting.items]
    assert "Ny förskola i Norrby" in titles
    assert not any(ch in title for title in titles for ch in "\u202e\u202c\u2067\u2069")
    assert "för skrivriktning togs bort" in planned.report.text()


def test_a_one_line_field_loses_them_as_they_are_pasted(qtbot, dialog) -> None:  # noqa: F811
    edit = dialog.ui.title_edit
    _paste(qtbot, edit, TURNED)
    assert edit.text() == "Ny förskola i Norrby"
    assert dialog.result_item().title == "Ny förskola i Norrby"


def test_a_message_box_quoting_a_file_name_shows_it_as_it_reads(qtbot) -> None:
    text = "Filen Protokoll \u202efdp.exe är tom."
    shown = shown_warning(qtbot, "Kan inte läsa in", text, QMessageBox.text)
    assert shown == "Filen Protokoll fdp.exe är tom."


def test_text_an_old_database_keeps_shows_without_them_and_stays_stored(demo_store) -> None:
    """A database from before ksdesk took them out on the way in keeps them: the window's
    tables leave them out (ui/models/base_model.shown), the stored text is not changed."""
    from ksdesk.services import meetings
    from ksdesk.ui.models.meeting_models import AgendaTableModel

    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    meeting.items[1].title = TURNED
    meetings.save_meeting(demo_store, meeting)
    stored = meetings.get_meeting(demo_store, meeting.id)
    assert stored.items[1].title == TURNED
    model = AgendaTableModel()
    model.set_rows(list(enumerate(stored.items, start=1)))
    column = next(n for n, spec in enumerate(model.columns) if spec.header == "Ärende")
    assert model.data(model.index(1, column)) == "Ny förskola i Norrby"


def test_a_budget_label_an_old_database_keeps_shows_without_them() -> None:
    from ksdesk.core.budget_edit import new_sheet, set_cell
    from ksdesk.ui.models.budget_models import BudgetSheetModel

    sheet = set_cell(new_sheet("Drift", "drift", "tkr", 0), 0, 0, TURNED)
    assert sheet.cell(0, 0) == TURNED
    model = BudgetSheetModel(sheet)
    assert model.data(model.index(0, 0)) == "Ny förskola i Norrby"


def test_the_upprop_the_delegation_outline_and_its_lists_show_stored_text_without_them(
    qtbot,
) -> None:
    """Three more views showed what a database from before keeps as stored: the upprop's
    forhinder and ersättare tables, a delegationsordning's chapter tree and its lists of
    förkortningar and revisions (the editor still gets the text as stored)."""
    from PySide6.QtCore import Qt

    from ksdesk.core.delegation import Abbreviation, Chapter, Version
    from ksdesk.core.organ import Fortroendevald
    from ksdesk.ui.models.delegation_document_models import FieldListModel
    from ksdesk.ui.models.delegation_outline_model import chapter_tree
    from ksdesk.ui.models.forhinder_models import ErsattareModel, ForhinderModel

    ledamot = Fortroendevald(TURNED, "S")
    ersattare = Fortroendevald("Eva \u202eNord", "S", "ersättare", personlig_for=TURNED)
    upprop = ForhinderModel([ledamot, ersattare], {}, [])
    assert upprop.data(upprop.index(0, ForhinderModel.NAMN)) == "Ny förskola i Norrby"
    register = ErsattareModel([ledamot, ersattare])
    assert [register.data(register.index(0, n)) for n in (1, 3)] == [
        "Eva Nord",
        "Ny förskola i Norrby",
    ]
    version = Version("v1", "Delegationsordning", chapters=[Chapter(TURNED)])
    tree = chapter_tree(version, [])
    titles = [tree.item(0).child(n).text() for n in range(tree.item(0).rowCount())]
    assert "Ny förskola i Norrby (0)" in titles
    words = FieldListModel([("short", "Förkortning"), ("long", "Betydelse")])
    words.set_rows([Abbreviation("KS", TURNED)], editable=True)
    assert words.data(words.index(0, 1)) == "Ny förskola i Norrby"
    assert words.data(words.index(0, 1), Qt.ItemDataRole.EditRole) == TURNED
