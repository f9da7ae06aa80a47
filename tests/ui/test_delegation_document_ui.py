"""The Delegation tab's document parts and version actions: the header, revision rows,
introduction, abbreviations and chapters edited in a draft (saved at once, undone with the
window's stack), an adopted version left read-only, and adoption, a new draft and export
undoable or done from the tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ksdesk.services import delegation
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.adopt_dialog import AdoptDialog
from ksdesk.ui.dialogs.delegation_chapter_dialog import ChapterDialog
from ksdesk.ui.main_window import MainWindow

DRAFT, IN_FORCE = "reviderad-2020-11-26", "gallande-2019-08-20"


@pytest.fixture
def tab(qtbot, demo_store):
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    return window.tab("Delegation")


def _draft(store):
    return delegation.resolve(store, DRAFT)


def _choose(tab, part: str) -> None:
    model = tab.outline.ui.chapter_tree.model()
    labels = {"header": "Dokumenthuvud", "revisions": "Revideringar", "intro": "Inledning"}
    labels["abbreviations"] = "Förkortningar"
    for row in range(model.rowCount()):
        if model.index(row, 0).data().startswith(labels[part]):
            tab.outline.ui.chapter_tree.setCurrentIndex(model.index(row, 0))
    assert tab.ui.content_stack.currentWidget() is tab.pages[part]


def _answer(monkeypatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (text, True)))


def _chapter_answer(
    monkeypatch, title: str | None = None, part: str | None = None, note: str | None = None
) -> list:
    """The chapter dialog answered as the secretary would: the title, part and text under
    the table typed (None: left as shown), then Spara. Returns the dialogs shown."""
    shown = []

    def accept(dialog: ChapterDialog) -> int:
        shown.append(dialog)
        if title is not None:
            dialog.title_edit.setText(title)
        if part is not None:
            dialog.part_combo.setCurrentText(part)
        if note is not None:
            dialog.note_edit.setPlainText(note)
        return 1

    monkeypatch.setattr(ChapterDialog, "exec", accept)
    return shown


def test_header_field_saved_at_once_with_a_dnr_warning_and_undone(tab, demo_store) -> None:
    _choose(tab, "header")
    page = tab.pages["header"]
    line = page.fields["Diarienummer"]
    line.setText("KS 2018/")
    assert "saknar löpnummer" in page.warnings["Diarienummer"].text()
    line.editingFinished.emit()
    assert _draft(demo_store).header["Diarienummer"] == "KS 2018/"
    assert tab.undo_stack.undoText() == "Ändra diarienummer"
    tab.undo_stack.undo()
    assert _draft(demo_store).header["Diarienummer"] == "KS 2018/135"
    assert page.fields["Diarienummer"].text() == "KS 2018/135"


def test_revision_rows_added_edited_moved_and_undone(tab, demo_store) -> None:
    _choose(tab, "revisions")
    page = tab.pages["revisions"]
    page.add_button.click()
    year = date.today().year
    assert [r.beslut for r in _draft(demo_store).revisions][-1] == f"KS {year}-XX-XX § XX"
    assert page.model.setData(page.model.index(2, 2), "KS 2021/3")
    assert _draft(demo_store).revisions[2].dnr == "KS 2021/3"
    page.select_row(2)
    page.up_button.click()
    assert _draft(demo_store).revisions[1].dnr == "KS 2021/3"
    for _ in range(3):
        tab.undo_stack.undo()
    assert len(_draft(demo_store).revisions) == 2
    assert page.model.rowCount() == 2


def test_introduction_text_is_saved_while_typed_and_undone(tab, demo_store) -> None:
    _choose(tab, "intro")
    page = tab.pages["intro"]
    page.select_row(1)
    old = _draft(demo_store).intro[1].text
    page.text_edit.setPlainText(old + "\n\nEtt nytt stycke.")
    page.flush()  # (the timer would do it 800 ms after the last keystroke)
    assert _draft(demo_store).intro[1].text.endswith("Ett nytt stycke.")
    page.text_edit.setPlainText(old + "\n\nEtt nytt stycke, ändrat.")
    page.flush()
    assert tab.undo_stack.undoText() == "Ändra texten i Anmälan av delegationsbeslut"
    tab.undo_stack.undo()  # one step: the typing merged
    assert _draft(demo_store).intro[1].text == old
    assert page.model.setData(page.model.index(1, 0), "Anmälan")
    assert _draft(demo_store).intro[1].heading == "Anmälan"


def test_unlisted_abbreviation_is_offered_and_added(tab, demo_store) -> None:
    _choose(tab, "abbreviations")
    page = tab.pages["abbreviations"]
    assert "LOU, UHC" in page.missing.text()
    page.add_button.click()
    assert _draft(demo_store).abbreviations[-1].short == "LOU"
    assert page.model.setData(page.model.index(5, 1), "Lagen om offentlig upphandling")
    assert "LOU" not in page.missing.text() and "UHC" in page.missing.text()
    tab.undo_stack.undo()
    tab.undo_stack.undo()
    assert len(_draft(demo_store).abbreviations) == 5


def test_chapters_added_renamed_moved_removed_and_a_point_moved(
    tab, demo_store, monkeypatch
) -> None:
    tree = tab.outline.ui.chapter_tree
    root = tree.model().index(0, 0)
    tree.setCurrentIndex(tree.model().index(0, 0, root))  # Allmänna ärenden
    _answer(monkeypatch, "Upphandling")
    tab.outline.ui.add_chapter_button.click()
    assert [c.title for c in _draft(demo_store).chapters][1] == "Upphandling"
    assert tab.chapter_index == 1
    _chapter_answer(monkeypatch, "Upphandling och inköp")
    tab.outline.ui.rename_chapter_button.click()
    tab.outline.ui.chapter_down_button.click()
    assert [c.title for c in _draft(demo_store).chapters][2] == "Upphandling och inköp"
    point = next(p for c, p in _draft(demo_store).all_points() if p.nr == "45")
    assert tab.move_point_to(point, 2)
    assert [p.nr for p in _draft(demo_store).chapters[2].points] == ["45"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    tab.outline.ui.remove_chapter_button.click()
    assert len(_draft(demo_store).all_points()) == 96
    for _ in range(5):
        tab.undo_stack.undo()
    assert [c.title for c in _draft(demo_store).chapters] == [
        c.title for c in delegation.resolve(demo_store, DRAFT).chapters
    ]
    assert len(_draft(demo_store).chapters) == 6 and len(_draft(demo_store).all_points()) == 97


def test_an_adopted_version_is_read_only(tab) -> None:
    combo = tab.versions.ui.version_combo
    combo.setCurrentIndex(
        next(i for i in range(combo.count()) if "2019-08-20" in combo.itemText(i))
    )
    _choose(tab, "header")
    assert tab.pages["header"].fields["Dokumentnamn"].isReadOnly()
    assert "Antagen version" in tab.pages["header"].note.text()
    assert not tab.outline.ui.add_chapter_button.isEnabled()
    _choose(tab, "revisions")
    assert not tab.pages["revisions"].add_button.isEnabled()


def test_adoption_is_undone_back_to_the_draft_and_its_placeholders(
    tab, demo_store, monkeypatch
) -> None:
    def accept(dialog) -> int:
        dialog.date_edit.setDate(QDate(2020, 12, 7))
        dialog.paragraf_edit.setText("231")
        return 1

    monkeypatch.setattr(AdoptDialog, "exec", accept)
    tab.versions.ui.adopt_button.click()
    assert _draft(demo_store).status == "antagen"
    assert tab.undo_stack.undoText() == f"Anta {_draft(demo_store).name}"
    assert not tab.points.ui.add_point_button.isEnabled()
    tab.undo_stack.undo()
    draft = _draft(demo_store)
    assert draft.status == "utkast" and draft.revisions[-1].beslut == "KS 2020-XX-XX § XX"
    assert tab.points.ui.add_point_button.isEnabled()
    tab.undo_stack.redo()
    assert _draft(demo_store).revisions[-1].beslut == "KS 2020-12-07 § 231"


def test_a_new_draft_is_undone_away(tab, demo_store, monkeypatch) -> None:
    _answer(monkeypatch, "Utkast 2021")
    tab.versions.ui.new_draft_button.click()
    assert tab.version.name == "Utkast 2021" and tab.version.status == "utkast"
    assert tab.undo_stack.undoText() == "Nytt utkast Utkast 2021"
    tab.undo_stack.undo()
    names = [n for _, _, n, _ in delegation.list_versions(demo_store)]
    assert "Utkast 2021" not in names and tab.version.key == DRAFT
    tab.undo_stack.redo()
    assert "Utkast 2021" in [n for _, _, n, _ in delegation.list_versions(demo_store)]


def test_export_from_the_tab(tab, tmp_path) -> None:
    path = tab.versions.export(tmp_path / "ks.docx")
    assert path is not None and path.stat().st_size > 10_000


def test_text_typed_just_before_closing_the_window_is_saved(qtbot, demo_path) -> None:
    """No edit lost on closing: the 800 ms typing timer has not fired when the window closes."""
    from ksdesk.services.store import open_database

    create_application()
    store = open_database(demo_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("Delegation")
    _choose(tab, "intro")
    page = tab.pages["intro"]
    page.select_row(1)
    page.text_edit.setPlainText(page.text_edit.toPlainText() + "\n\nSkrivet i sista stund.")
    assert page.timer.isActive()
    window.close()
    store.close()
    reopened = open_database(demo_path)
    try:
        assert _draft(reopened).intro[1].text.endswith("Skrivet i sista stund.")
    finally:
        reopened.close()


def test_an_imported_ordning_shows_its_own_column_headings(qtbot, store, tmp_path) -> None:
    """The points table heads its columns as the kommun's document does ("Kommentar", as it
    prints), the full heading in the tooltip; ours stand where the document had none."""
    from PySide6.QtCore import Qt

    from ksdesk.services import delegation_import
    from tests.interchange.real_delegation_documents import write_von

    write_von(tmp_path / "von.docx")
    delegation_import.import_file(store, tmp_path / "von.docx", "von")
    create_application()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    model = window.tab("Delegation").point_model
    horizontal, tooltip = Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    headings = [model.headerData(c, horizontal) for c in range(1, model.columnCount())]
    assert headings[-2:] == ["Vidaredelegering", "Kommentar"]
    assert headings[0] == "Nr"
    assert model.headerData(6, horizontal, tooltip) == "Vidaredelegering"


def test_the_seeds_own_ordning_keeps_our_headings(tab) -> None:
    from PySide6.QtCore import Qt

    model = tab.point_model
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(7, horizontal) == "Anmärkning"
    assert model.headerData(6, horizontal) == "Vidaredelegering"
    tooltip = model.headerData(6, horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Med rätt att vidaredelegera"


def test_a_chapters_part_is_set_in_the_chapter_dialog_and_groups_the_tree(
    tab, demo_store, monkeypatch
) -> None:
    """The chapter dialog's Del field: the first two chapters put in "Del A
    Kommunstyrelsen" (the second chooses it from the parts already named), shown in the
    outline as a group over them; each change one undoable step."""
    tree = tab.outline.ui.chapter_tree
    model = tree.model()
    tree.setCurrentIndex(model.index(0, 0, model.index(0, 0)))  # Allmänna ärenden
    _chapter_answer(monkeypatch, part="  Del A Kommunstyrelsen ")
    tab.outline.ui.rename_chapter_button.click()
    assert tab.undo_stack.undoText() == "Ändra del för kapitlet Allmänna ärenden"
    tab.outline.show_chapter(1)
    shown = _chapter_answer(monkeypatch, part="Del A Kommunstyrelsen")
    tab.outline.ui.rename_chapter_button.click()
    combo = shown[0].part_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Del A Kommunstyrelsen"]
    chapters = _draft(demo_store).chapters
    assert [c.part for c in chapters[:3]] == ["Del A Kommunstyrelsen"] * 2 + [""]

    model = tree.model()
    root = model.index(0, 0)
    group = model.index(0, 0, root)
    assert group.data() == "Del A Kommunstyrelsen"
    under = [model.index(r, 0, group).data() for r in range(model.rowCount(group))]
    assert [label.split(" (")[0] for label in under] == [c.title for c in chapters[:2]]
    assert model.index(1, 0, root).data().startswith(chapters[2].title)
    assert tab.chapter_index == 1 and tree.currentIndex().parent() == group
    tree.setCurrentIndex(group)  # a group, not a choice: the chapter stays chosen
    assert tab.chapter_index == 1

    tab.undo_stack.undo()
    tab.undo_stack.undo()
    assert [c.part for c in _draft(demo_store).chapters] == [""] * 6
    assert tree.model().index(0, 0, tree.model().index(0, 0)).data().startswith("Allmänna")


def test_the_text_under_a_chapters_table_is_edited_in_the_chapter_dialog(
    tab, demo_store, monkeypatch
) -> None:
    # The text an import keeps from under a table (Kils kommun's "Anställning upp till 6
    # månader är verkställighet …") is the secretary's to change.
    tab.outline.show_chapter(0)
    note = "Anställning upp till 6 månader är verkställighet. "
    _chapter_answer(monkeypatch, note=f"  {note}\n  ")
    tab.outline.ui.rename_chapter_button.click()
    assert _draft(demo_store).chapters[0].note == note.strip()
    assert tab.undo_stack.undoText() == "Ändra texten under kapitlet Allmänna ärenden"
    shown = _chapter_answer(monkeypatch)
    tab.outline.ui.rename_chapter_button.click()
    assert shown[0].note_edit.toPlainText() == note.strip()
    tab.undo_stack.undo()
    assert _draft(demo_store).chapters[0].note == ""
