"""The Delegation tab on the demo: search with look-alikes, delegat filter, edit in place with
undo, the one-click fix, renumbering, and the register of delegationsbeslut."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMessageBox, QToolButton

from ksdesk.services import delegation, delegation_edit, delegationsbeslut
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.delegationsbeslut_dialog import DelegationsbeslutDialog
from ksdesk.ui.dialogs.renumber_dialog import RenumberDialog
from ksdesk.ui.dialogs.roles_dialog import RolesDialog
from ksdesk.ui.main_window import MainWindow

DRAFT = "reviderad-2020-11-26"


def _tab(qtbot, demo_store):
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    return window.tab("Delegation")


def _shown_numbers(tab) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def _stored_point(store, nr: str, chapter: str | None = None):
    version = delegation.resolve(store, DRAFT)
    return next(p for c, p in version.all_points() if p.nr == nr and chapter in (None, c.title))


def test_findings_are_listed_and_shown_on_their_rows(qtbot, demo_store) -> None:
    tab = _tab(qtbot, demo_store)
    codes = {tab.finding_model.row_object(r).code for r in range(tab.finding_model.rowCount())}
    assert {"dubblett-nr", "saknar-delegat", "blandad-skrift", "motstridigt-datum"} <= codes
    row = tab.point_model.row_of(_stored_point(demo_store, "48").uid)
    marker = tab.point_model.index(row, 0)
    assert marker.data(Qt.ItemDataRole.AccessibleTextRole) in ("Fel", "Varning")
    assert not marker.data(Qt.ItemDataRole.DecorationRole).isNull()  # its shape, not colour alone
    assert "saknar delegat" in marker.data(Qt.ItemDataRole.ToolTipRole)


def test_a_finding_says_its_kind_in_words_and_one_click_selects_its_point(
    qtbot, demo_store
) -> None:
    from PySide6.QtTest import QTest

    tab = _tab(qtbot, demo_store)
    model = tab.finding_model
    kinds = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert {"okänd förkortning", "saknar delegat", "dubblett av nummer"} <= kinds
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Vad"
    row = next(r for r in range(model.rowCount()) if model.row_object(r).nr == "48")
    table = tab.ui.finding_table
    cell = table.visualRect(model.index(row, 3)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert tab.selected_point().uid == _stored_point(demo_store, "48").uid
    # The arrow keys in the list of findings follow along: the point of each is selected.
    QTest.keyClick(table, Qt.Key.Key_Down)
    following = model.row_object(table.currentIndex().row())
    if following.uids:
        assert tab.selected_point().uid == following.uids[-1]


def test_search_finds_cyrillic_text_and_delegat_filter(qtbot, demo_store) -> None:
    tab = _tab(qtbot, demo_store)
    tab.versions.ui.search_edit.setText("Sker i dialog")
    assert _shown_numbers(tab) == ["76", "77"]
    tab.versions.ui.search_edit.clear()
    tab.versions.ui.delegat_combo.setCurrentText("Arbetsmarknad- och integrationschef")
    assert _shown_numbers(tab) == ["47", "83", "84", "85", "86", "87", "88"]
    assert tab.versions.ui.match_label.text() == "7 av 97 punkter"


def test_edit_in_place_is_saved_at_once_and_undone(qtbot, demo_store) -> None:
    tab = _tab(qtbot, demo_store)
    uid = _stored_point(demo_store, "48").uid
    index = tab.point_model.index(tab.point_model.row_of(uid), 4)  # Delegat
    assert tab.point_model.setData(index, "Koncernekonomichef; Ekonomichef")
    assert _stored_point(demo_store, "48").delegat == ["Koncernekonomichef", "Ekonomichef"]
    assert tab.undo_stack.undoText() == "Ändra delegat i punkt 48"
    tab.undo_stack.undo()
    assert _stored_point(demo_store, "48").delegat == []


def test_one_click_fix_and_renumbering_are_undoable(qtbot, demo_store) -> None:
    tab = _tab(qtbot, demo_store)
    assert tab.select_point(_stored_point(demo_store, "76").uid)
    assert tab.ui.fix_button.isEnabled()
    tab.ui.fix_button.click()
    assert _stored_point(demo_store, "76").anmarkning.startswith("Sker i dialog")
    tab.undo_stack.undo()
    assert _stored_point(demo_store, "76").anmarkning.startswith("Sk\u0435\u0440")

    dialog = RenumberDialog(tab.version, tab)
    assert dialog.model.rowCount() == 6
    assert [dialog.model.index(0, c).data() for c in (1, 2)] == ["83", "92"]
    version_id, plan = tab.version.id, dialog.plan
    tab.version_edit("Numrera om", lambda: delegation_edit.renumber(demo_store, version_id, plan))
    codes = {f.code for f in tab.findings}
    assert "dubblett-nr" not in codes and "ordning" not in codes
    assert _stored_point(demo_store, "92", "Livsmedel/kost").arende.startswith("Ansökan")
    tab.undo_stack.undo()
    assert "dubblett-nr" in {f.code for f in tab.findings}


def _beslut_dialog(qtbot, store) -> DelegationsbeslutDialog:
    create_application()
    dialog = DelegationsbeslutDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(form, dnr: str, day: QDate, point_row: int = 3) -> None:
    form.date_edit.setDate(day)
    form.dnr_edit.setText(dnr)
    form.delegat_combo.setEditText("Kommunsekreterare")
    form.point_combo.setCurrentIndex(point_row)  # punkt 4
    form.text_edit.setText("Överklagande avvisat")
    form.received_edit.setDate(QDate(2020, 11, 25))


def test_register_of_delegationsbeslut(qtbot, demo_store) -> None:
    dialog = _beslut_dialog(qtbot, demo_store)
    form = dialog.form
    assert dialog.model.rowCount() == 1  # SBN 2020/877
    form.date_edit.setDate(QDate(2020, 11, 20))
    assert form.point_combo.count() == 92  # the version in force then (reconstructed)
    _fill(form, "KS 2020/501", QDate(2020, 11, 20))
    form.register_button.click()
    assert dialog.model.rowCount() == 2
    assert "Registrerat: KS 2020/501" in form.message.text()
    assert "1 beslut att anmäla" in dialog.anmalan.summary.text()
    dialog.anmalan.agenda_button.click()


def test_a_decision_is_changed_removed_and_both_undone(qtbot, demo_store) -> None:
    dialog = _beslut_dialog(qtbot, demo_store)
    form = dialog.form
    _fill(form, "KS 2020/501", QDate(2020, 11, 20))
    form.register_button.click()
    beslut_id = dialog.selected().id
    dialog.edit_button.click()
    assert form.title() == "Ändra beslut KS 2020/501" and form.dnr_edit.text() == "KS 2020/501"
    assert form.point_combo.currentData() == dialog.selected().point_uid
    form.text_edit.setText("Överklagande avvisat som för sent")
    form.register_button.click()
    assert "Ändrat: KS 2020/501" in form.message.text()
    stored = delegationsbeslut.get(demo_store, beslut_id)
    assert stored.beslut == "Överklagande avvisat som för sent"
    dialog.select(beslut_id)
    dialog.delete_button.click()
    assert dialog.model.rowCount() == 1
    dialog.stack.undo()  # the removal
    dialog.stack.undo()  # the change
    assert dialog.model.rowCount() == 2
    assert delegationsbeslut.get(demo_store, beslut_id).beslut == "Överklagande avvisat"
    dialog.stack.undo()  # the registration
    assert dialog.model.rowCount() == 1


def test_another_namnds_decision_and_clear_refusals(qtbot, demo_store, monkeypatch) -> None:
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: refusals.append(text))
    dialog = _beslut_dialog(qtbot, demo_store)
    form = dialog.form
    _fill(form, "KS 2020/", QDate(2020, 11, 20))
    assert "saknar löpnummer" in form.dnr_note.text() and form.dnr_note.isVisibleTo(dialog)
    form.date_edit.setDate(QDate.currentDate().addDays(3))
    form.register_button.click()
    assert "ligger i framtiden" in refusals[-1]
    form.date_edit.setDate(QDate(2020, 11, 20))
    form.dnr_edit.clear()
    form.register_button.click()
    assert refusals[-1] == "Ange beslutets diarienummer."
    form.organ_combo.setEditText("Samhällsbyggnadsnämnden")
    assert not form.point_combo.isVisibleTo(dialog) and form.punkt_edit.isVisibleTo(dialog)
    form.dnr_edit.setText("SBN 2020/901")
    form.punkt_edit.setText("7")
    form.kapitel_edit.setText("Bygglov")
    form.register_button.click()
    stored = delegationsbeslut.get(demo_store, dialog.selected().id)
    assert (stored.organ, stored.punkt, stored.punkt_kapitel) == (
        "Samhällsbyggnadsnämnden",
        "7",
        "Bygglov",
    )
    assert len(refusals) == 2


def test_roles_dialog_lists_uses(qtbot, demo_store) -> None:
    create_application()
    dialog = RolesDialog(demo_store)
    qtbot.addWidget(dialog)
    rows = {
        dialog.model.row_object(r)[0].name: dialog.model.row_object(r)
        for r in range(dialog.model.rowCount())
    }
    assert rows["Kommunchef"][0].replaced_by == "Kommundirektör"
    assert rows["Personalchef"][1] == 2


def test_a_role_rename_is_undone_from_the_dialog(qtbot, demo_store, monkeypatch) -> None:
    create_application()
    dialog = RolesDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.show()
    row = next(
        r for r in range(dialog.model.rowCount())
        if dialog.model.row_object(r)[0].name == "Säkerhetschef"
    )  # fmt: skip
    dialog.table.selectRow(row)
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Beredskapschef", True))
    )
    dialog.rename_button.click()
    assert "i 5 punkter" in dialog.message.text()
    assert "Beredskapschef" in _stored_point(demo_store, "10").delegat
    undo_button = dialog.findChild(QToolButton, "undo_button")
    assert undo_button.text() == "Ångra Byt titel Säkerhetschef → Beredskapschef"
    undo_button.click()
    assert "Säkerhetschef" in _stored_point(demo_store, "10").delegat
    register = delegation.role_register(demo_store)
    assert register.find("Säkerhetschef").replaced_by == ""


def test_titles_of_an_imported_ordning_are_taken_into_the_register(
    qtbot, store, tmp_path, monkeypatch
) -> None:
    """After an import the register is empty: Hämta ur utkasten offers every title of the
    drafts, ticked and counted; a title left unticked stays out; one step, undone at once."""
    from ksdesk.services import delegation_import, delegation_roles
    from ksdesk.ui.dialogs import title_pick_dialog
    from tests.interchange.real_delegation_documents import write_von

    write_von(tmp_path / "von.docx")
    delegation_import.import_file(store, tmp_path / "von.docx", "von")
    offered = delegation_roles.unregistered_titles(store)
    assert offered[0] == ("Förvaltningschef", 3)
    assert ("Individutskottet", 2) in offered and ("Enhetschef", 2) in offered
    create_application()
    dialog = RolesDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()

    def pick(self) -> QDialog.DialogCode:
        self.list.item(0).setCheckState(Qt.CheckState.Unchecked)  # Förvaltningschef
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(title_pick_dialog.TitlePickDialog, "exec", pick)
    dialog.fetch_button.click()
    model = dialog.model
    names = {model.row_object(r)[0].name for r in range(model.rowCount())}
    assert names == {name for name, _count in offered} - {"Förvaltningschef"}
    assert f"{len(names)} titlar finns nu i registret" in dialog.message.text()
    assert [name for name, _ in delegation_roles.unregistered_titles(store)] == ["Förvaltningschef"]
    dialog.findChild(QToolButton, "undo_button").click()
    assert delegation.role_register(store).roles == []


def test_fetching_with_every_title_registered_says_so(qtbot, demo_store) -> None:
    from ksdesk.services import delegation_roles

    titles = delegation_roles.unregistered_titles(demo_store)
    assert delegation_roles.add_roles(demo_store, [name for name, _ in titles]) == len(titles)
    create_application()
    dialog = RolesDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.fetch_button.click()
    assert dialog.message.text() == "Alla titlar som står i utkasten finns redan i registret."


def test_a_list_from_the_diarium_is_shown_then_saved_as_one_undoable_step(
    qtbot, demo_store, monkeypatch, tmp_path
) -> None:
    from ksdesk.ui.dialogs import beslut_import_dialog
    from tests.interchange.beslut_lists import public_360_xlsx

    path = tmp_path / "rapport.xlsx"
    path.write_bytes(public_360_xlsx())
    dialog = _beslut_dialog(qtbot, demo_store)
    shown = []
    confirm = "confirm_beslut_import"
    monkeypatch.setattr(beslut_import_dialog, confirm, lambda _p, plan, _r: shown.append(plan))
    assert not dialog.import_list(str(path))  # Avbryt: nothing saved
    assert dialog.model.rowCount() == 1 and shown[0].report.kind == "delegationsbeslut"
    monkeypatch.setattr(beslut_import_dialog, confirm, lambda _p, plan, _r: plan)
    assert dialog.import_list(str(path))
    assert dialog.model.rowCount() == 4
    assert "Registrerade 3 delegationsbeslut" in dialog.form.message.text()
    assert dialog.stack.undoText() == "Importera 3 delegationsbeslut"
    dialog.stack.undo()
    assert dialog.model.rowCount() == 1
    dialog.stack.redo()
    assert dialog.model.rowCount() == 4
    assert not dialog.import_list(str(path))  # again: every row is already registered
    assert "inga nya beslut" in dialog.form.message.text()


def test_anmarkning_stays_readable_beside_a_vidaredelegation_column(qtbot, store, tmp_path):
    """A real ordning with a Vidaredelegation column and no Lagrum or Ersättare (Riktlinjer
        för delegering): at 1366 px, and more so at 150 %, the fixed widths left Anmärkning a
        sliver of "…". Empty columns are as wide as their heading (or left out first when there
    is no room) and the rest give way."""
    from PySide6.QtWidgets import QApplication

    from ksdesk.services import delegation_import
    from ksdesk.ui.tabs.delegation_point_columns import ANMARKNING, ANMARKNING_MIN
    from tests.interchange.real_delegation_third import write_riktlinjer

    path = tmp_path / "riktlinjer.docx"
    write_riktlinjer(path)
    delegation_import.import_file(store, path)
    create_application()
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1000, 700)  # 1366 × 768 at 150 % leaves the window 910 px, the table ~620
    window.show()
    tab = window.tab("Delegation")
    QApplication.processEvents()
    table = tab.points.ui.point_table
    assert not table.isColumnHidden(6)  # the Vidaredelegation column is shown
    header = table.horizontalHeader()
    assert table.columnWidth(5) == header.sectionSizeHint(5)  # Ersättare: empty, its heading
    # Lagrum, as empty, is the first to give way: nothing of it is folded into the Ärende.
    assert table.isColumnHidden(3) and tab.points.model.folded == (3,)
    assert table.columnWidth(ANMARKNING) >= ANMARKNING_MIN
    assert header.sectionPosition(ANMARKNING) + header.sectionSize(ANMARKNING) <= (
        table.viewport().width()
    )  # nothing to scroll sideways for


def test_a_narrow_table_folds_lagrum_and_anmarkning_into_the_arende(qtbot, demo_store) -> None:
    """Too narrow for every column with its words whole: Lagrum and Anmärkning are shown
    under the Ärende, in its cell; with room again they have their columns back."""
    from PySide6.QtWidgets import QApplication

    from ksdesk.ui.tabs.delegation_point_columns import (
        ANMARKNING,
        ANMARKNING_MIN,
        LAGRUM,
        PREFERRED_WIDTHS,
    )

    tab = _tab(qtbot, demo_store)
    tab.window().resize(1000, 700)
    QApplication.processEvents()
    table, model = tab.points.ui.point_table, tab.points.model
    assert table.isColumnHidden(ANMARKNING) and table.isColumnHidden(LAGRUM)
    assert model.folded == (LAGRUM, ANMARKNING)
    point = _stored_point(demo_store, "1")
    first = model.index(model.row_of(point.uid), 2)
    assert point.lagrum == "6 kap. 7 § OSL" and point.anmarkning
    assert first.data() == (
        f"{point.arende}\nLagrum: 6 kap. 7 § OSL\nAnmärkning: {point.anmarkning}"
    )
    assert first.data(Qt.ItemDataRole.EditRole) == point.arende  # editing is of the Ärende
    tab.window().resize(1900, 900)
    QApplication.processEvents()
    assert model.folded == ()
    assert not table.isColumnHidden(ANMARKNING) and not table.isColumnHidden(LAGRUM)
    assert table.columnWidth(ANMARKNING) >= ANMARKNING_MIN
    assert table.columnWidth(2) >= PREFERRED_WIDTHS[2]  # room again: as wide as it reads best
    assert "Lagrum:" not in first.data()


def test_a_new_databases_delegation_tab_says_how_an_ordning_comes_in(qtbot, store) -> None:
    tab = _tab(qtbot, store)  # a fresh file, as `ksdesk init` makes
    said = tab.versions.ui.version_status.text()
    assert "Importera…" in said and "Nytt utkast…" in said  # the two buttons beside it
    buttons = {tab.versions.ui.import_button.text(), tab.versions.ui.new_draft_button.text()}
    assert {b.replace("&", "") for b in buttons} == {"Importera…", "Nytt utkast…"}
    assert not tab.versions.ui.version_combo.isVisibleTo(tab)  # no version to choose yet


def test_the_findings_heading_counts_one_as_one(qtbot, store, tmp_path) -> None:
    """One finding besides the errors is "1 övrig", not "1 övriga" (a fresh file's imported
    ordning has the one: the empty register of roles)."""
    from ksdesk.services import delegation_import
    from tests.interchange.real_delegation_third import write_riktlinjer

    write_riktlinjer(tmp_path / "riktlinjer.docx")
    delegation_import.import_file(store, tmp_path / "riktlinjer.docx")
    tab = _tab(qtbot, store)
    assert len(tab.findings) == 1 and not tab.findings[0].is_error
    assert tab.ui.findings_label.text().endswith("– 0 fel, 1 övrig")


def test_the_renumbering_dialog_says_a_reference_follows_its_point(qtbot, demo_store) -> None:
    create_application()
    version = delegation.resolve(demo_store, DRAFT)
    livsmedel = next(c for c in version.chapters if c.title == "Livsmedel/kost")
    livsmedel.points[-1].anmarkning = "Se punkt 84."
    dialog = RenumberDialog(version)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel).text()
    assert text.endswith(
        "1 punkt hänvisar i sin text till en punkt som får nytt nummer (”se punkt …”): "
        "hänvisningen följer med."
    )
    assert livsmedel.points[-1].anmarkning == "Se punkt 84."  # only shown, not yet done
