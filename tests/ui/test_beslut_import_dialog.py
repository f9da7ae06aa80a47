"""The import report of a list of delegationsbeslut lets the secretary fill in what rows lack
(a real list: Östhammar's, numbered, with no Dnr and no beslutsfattare) before Spara."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from ksdesk.db import delegationsbeslut_repo
from ksdesk.services import delegationsbeslut_import as importing
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs import beslut_import_dialog
from ksdesk.ui.dialogs.beslut_import_dialog import BeslutImportDialog
from ksdesk.ui.dialogs.delegationsbeslut_dialog import DelegationsbeslutDialog
from tests.interchange.real_beslut_lists import text_file
from tests.interchange.real_beslut_lists_second import OSTHAMMAR_2017


def _dialog(qtbot, demo_store, tmp_path) -> tuple[BeslutImportDialog, object]:
    create_application()
    path = tmp_path / "lista.txt"
    path.write_bytes(text_file(OSTHAMMAR_2017))
    plan = importing.read_file(demo_store, path)
    dialog = BeslutImportDialog(plan, lambda f: importing.read_file(demo_store, path, fill=f))
    qtbot.addWidget(dialog)
    return dialog, path


def test_the_fields_rows_lack_are_offered_and_fill_them(qtbot, demo_store, tmp_path) -> None:
    dialog, _path = _dialog(qtbot, demo_store, tmp_path)
    assert dialog.plan.planned == []
    assert set(dialog.edits) == {"beslutsdatum", "diarienummer", "beslutsfattare"}
    dialog.edits["beslutsdatum"].setText("2017-12-06")
    dialog.edits["diarienummer"].setText("SN-2017-50")
    dialog.edits["beslutsfattare"].setText("Socialchef")
    dialog.fill_button.click()
    assert len(dialog.plan.planned) == 4
    assert "ifyllt vid importen" in dialog.browser.toPlainText()
    assert "Nu sparas 4 beslut" in dialog.message.text()


def test_a_date_that_cannot_be_read_is_said_and_nothing_is_read_again(
    qtbot, demo_store, tmp_path
) -> None:
    dialog, _path = _dialog(qtbot, demo_store, tmp_path)
    before = dialog.plan
    dialog.edits["beslutsdatum"].setText("trettionde november")
    assert not dialog.fill()
    assert dialog.plan is before
    assert "kan inte läsas som ett datum" in dialog.message.text()


def test_the_window_saves_the_rows_as_filled(qtbot, demo_store, tmp_path, monkeypatch) -> None:
    create_application()
    path = tmp_path / "lista.txt"
    path.write_bytes(text_file(OSTHAMMAR_2017))
    window = DelegationsbeslutDialog(demo_store)
    qtbot.addWidget(window)

    def fill_and_save(parent, plan, reread):
        dialog = BeslutImportDialog(plan, reread, parent)
        dialog.edits["diarienummer"].setText("SN-2017-50")
        dialog.edits["beslutsfattare"].setText("Socialchef")
        dialog.fill()
        dialog.done(QDialog.DialogCode.Accepted)
        return dialog.plan

    monkeypatch.setattr(beslut_import_dialog, "confirm_beslut_import", fill_and_save)
    before = delegationsbeslut_repo.count(demo_store)
    assert window.import_list(str(path))
    # The three periods; the protokoll of 2017-12-06 has no date read and none was typed.
    assert delegationsbeslut_repo.count(demo_store) == before + 3
    dates = {
        b.date for b in delegationsbeslut_repo.list_all(demo_store) if b.delegat == "Socialchef"
    }
    assert dates == {dt.date(2017, 11, 30)}


def test_a_list_gone_from_its_folder_is_said_in_the_dialog(qtbot, demo_store, tmp_path) -> None:
    """The list is read again from its file: moved or deleted while the report was open,
    the refusal is said beside the button and the report read before stays (before, the
    error left the button's slot for the window's error hook, a box away from the dialog)."""
    dialog, path = _dialog(qtbot, demo_store, tmp_path)
    before = dialog.plan
    path.unlink()
    dialog.edits["diarienummer"].setText("SN-2017-50")
    assert not dialog.fill()
    assert dialog.plan is before
    assert "lista.txt" in dialog.message.text()


def test_each_row_gets_its_own_values_in_the_table(qtbot, demo_store, tmp_path) -> None:
    """Östhammar's four lists: each its own Dnr, chosen among the three printed over the
    heading (the Arbetsutskottets protokoll another, typed), one beslutsfattare for all."""
    dialog, _path = _dialog(qtbot, demo_store, tmp_path)
    model = dialog.model
    assert [r.where for r in model.rows] == [f"Rad {n}, punkt {n - 8}" for n in (9, 10, 11, 12)]
    assert model.dnr_choices == ["SN-2017-50", "SN-2017-51", "SN-2017-52"]
    dnr = model.column_of("diarienummer")
    for row, value in enumerate(("SN-2017-49", "SN-2017-50", "SN-2017-51", "SN-2017-52")):
        assert model.setData(model.index(row, dnr), value)
    date = model.column_of("beslutsdatum")
    assert model.setData(model.index(0, date), "2017-12-06")
    assert not model.setData(model.index(1, date), "2017-12-06")  # the list has its period
    dialog.edits["beslutsfattare"].setText("Socialchef")
    assert dialog.fill_table() == 4
    assert dialog.fill()
    saved = {p.where: (p.data.dnr, p.data.date, p.data.delegat) for p in dialog.plan.planned}
    assert saved == {
        "Rad 9, punkt 1": ("SN-2017-49", dt.date(2017, 12, 6), "Socialchef"),
        "Rad 10, punkt 2": ("SN-2017-50", dt.date(2017, 11, 30), "Socialchef"),
        "Rad 11, punkt 3": ("SN-2017-51", dt.date(2017, 11, 30), "Socialchef"),
        "Rad 12, punkt 4": ("SN-2017-52", dt.date(2017, 11, 30), "Socialchef"),
    }
    status = model.columnCount() - 1
    assert [model.index(r, status).data() for r in range(4)] == ["ja"] * 4


def test_a_rows_own_value_comes_before_the_one_for_all(qtbot, demo_store, tmp_path) -> None:
    dialog, _path = _dialog(qtbot, demo_store, tmp_path)
    model = dialog.model
    model.setData(model.index(1, model.column_of("diarienummer")), "SN-2017-50")
    dialog.edits["diarienummer"].setText("SN-2017-52")
    dialog.edits["beslutsfattare"].setText("Socialchef")
    assert dialog.fill()
    dnrs = {p.where: p.data.dnr for p in dialog.plan.planned}
    assert dnrs == {
        "Rad 10, punkt 2": "SN-2017-50",
        "Rad 11, punkt 3": "SN-2017-52",
        "Rad 12, punkt 4": "SN-2017-52",
    }
    status = model.columnCount() - 1
    assert model.index(0, status).data() == "nej: saknar datum"


def test_a_rows_date_that_cannot_be_read_names_the_row(qtbot, demo_store, tmp_path) -> None:
    dialog, _path = _dialog(qtbot, demo_store, tmp_path)
    before = dialog.plan
    model = dialog.model
    model.setData(model.index(0, model.column_of("beslutsdatum")), "sjätte december")
    assert not dialog.fill()
    assert dialog.plan is before
    assert "(rad 9, punkt 1) kan inte läsas som ett datum" in dialog.message.text()


def test_spara_with_values_typed_and_not_read_reads_them_first(qtbot, demo_store, tmp_path):
    """Values typed in the table (or for all rows) and Spara pressed without "Fyll i det som
    saknas": the plan saved was the one read before them, and the rows they fill were left
    out, what was typed lost. Now Spara reads them first and shows that report; the second
    Spara saves it."""
    dialog, _path = _dialog(qtbot, demo_store, tmp_path)
    model = dialog.model
    model.setData(model.index(0, model.column_of("beslutsdatum")), "2017-12-06")
    dialog.edits["diarienummer"].setText("SN-2017-50")
    dialog.edits["beslutsfattare"].setText("Socialchef")
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(dialog.plan.planned) == 4
    assert "tryck Spara igen" in dialog.message.text()
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(dialog.plan.planned) == 4


def test_spara_with_nothing_typed_saves_at_once(qtbot, demo_store, tmp_path) -> None:
    dialog, _path = _dialog(qtbot, demo_store, tmp_path)
    before = dialog.plan
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.plan is before


def test_every_column_says_what_it_is(qtbot, demo_store, tmp_path) -> None:
    """The last column was "Läge", which said nothing of what it told: it asks "Sparas?" and
    answers "nej: saknar …" or "ja"; each heading's tooltip says what the column holds, and a
    row is one line, so that at 150 % (910×480) several rows show under the report."""
    from PySide6.QtCore import Qt

    dialog, _path = _dialog(qtbot, demo_store, tmp_path)
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Rad", "Beslut", "Beslutsdatum", "Diarienummer", "Beslutsfattare", "Sparas?"]
    tips = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(model.columnCount())
    ]
    assert all(tips) and "sparas" in tips[-1] and "saknas" in tips[2]
    status = model.columnCount() - 1
    assert model.index(0, status).data() == "nej: saknar datum, Dnr och beslutsfattare"
    assert model.index(0, status).data(Qt.ItemDataRole.ToolTipRole) == model.index(0, status).data()
    assert not dialog.table.wordWrap()
