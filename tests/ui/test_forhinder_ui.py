"""Förhinder in the Sammanträde tab and the inkallelseordning in the organ's settings: the
list proposes who is called in (personal ersättare, own party, then the parties named), the
secretary may choose another, "Spara och föreslå i uppropet" seats them, and undo takes list
and upprop back together."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ksdesk.core.errors import InvalidInput
from ksdesk.core.ersattare import Forhinder
from ksdesk.core.organ import Fortroendevald
from ksdesk.db import organ_repo
from ksdesk.services import forhinder, meeting_lookup
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs import organ_dialog
from ksdesk.ui.dialogs.forhinder_dialog import ForhinderDialog
from ksdesk.ui.dialogs.organ_dialog import OrganDialog
from ksdesk.ui.main_window import MainWindow
from ksdesk.ui.models.forhinder_models import ErsattareModel, ForhinderModel

DAY = date(2020, 12, 7)
CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def organ(demo_store):
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    organ = organ_repo.get(demo_store, meeting.organ_id)
    organ.members += [
        Fortroendevald("Karin Ek", "S", "ersättare"),
        Fortroendevald("Vera Lind", "V", "ersättare"),
        Fortroendevald("Sven Berg", "SD", "ersättare"),
        Fortroendevald("Olle Ny", "S", "ersättare"),
    ]
    organ.inkallelseordning = {"S": ["V"], "SD": ["M"]}
    with demo_store.atomic():
        organ_repo.save(demo_store, organ)
    return organ


@pytest.fixture
def tab(qtbot, demo_store, organ):
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("Sammanträde")
    tab.test_window = window
    return tab


def _row(model: ForhinderModel, name: str) -> int:
    return next(i for i, m in enumerate(model.people) if m.name == name)


def _in_dialog(monkeypatch, fill) -> dict:
    seen: dict = {}

    def exec_(dialog: ForhinderDialog) -> int:
        fill(dialog, seen)
        return dialog.result()

    monkeypatch.setattr(ForhinderDialog, "exec", exec_)
    return seen


def test_forhinder_before_the_meeting_seats_the_ersattare_when_started(
    tab, demo_store, monkeypatch
) -> None:
    def fill(dialog: ForhinderDialog, seen: dict) -> None:
        model = dialog.model
        model.setData(model.index(_row(model, "Åsa Bergkvist"), 0), Qt.CheckState.Checked, CHECK)
        model.setData(
            model.index(_row(model, "Åsa Bergkvist"), ForhinderModel.ANMALT), "torsdag 13.00"
        )
        # An ersättare may report förhinder too: Karin Ek is then passed over.
        model.setData(model.index(_row(model, "Karin Ek"), 0), Qt.CheckState.Checked, CHECK)
        seen["karin"] = model.flags(model.index(_row(model, "Karin Ek"), ForhinderModel.ERSATTARE))
        seen["propose"] = dialog.propose_button.isEnabled()
        seen["summary"] = dialog.summary.text()
        dialog.findChild(type(dialog.propose_button), "save_button").click()

    seen = _in_dialog(monkeypatch, fill)
    tab.upprop.ui.forhinder_button.click()
    assert seen["propose"] is False  # no upprop yet: starting the protokoll seats them
    assert "Olle Ny (S) ersätter Åsa Bergkvist (S)" in seen["summary"]
    assert not seen["karin"] & Qt.ItemFlag.ItemIsEditable  # nobody is called for an ersättare
    meeting_id = tab.meeting.id
    assert [(r.name, r.anmalt) for r in forhinder.get(demo_store, meeting_id)] == [
        ("Åsa Bergkvist", "torsdag 13.00"),
        ("Karin Ek", ""),
    ]
    tab.start()
    people = {a.name: a for a in tab.protokoll.upprop}
    assert people["Olle Ny"].present and people["Olle Ny"].replaces == "Åsa Bergkvist"
    assert not people["Åsa Bergkvist"].present and not people["Karin Ek"].present


def test_chosen_by_hand_goes_into_the_upprop_and_undo_takes_both_back(
    tab, demo_store, monkeypatch
) -> None:
    tab.start()

    def fill(dialog: ForhinderDialog, seen: dict) -> None:
        model = dialog.model
        row = _row(model, "Roland Johansson")
        model.setData(model.index(row, 0), Qt.CheckState.Checked, CHECK)
        seen["proposed"] = model.index(row, ForhinderModel.ERSATTARE).data()
        seen["choices"] = [v for _t, v in model.choices(model.index(row, ForhinderModel.ERSATTARE))]
        model.setData(model.index(row, ForhinderModel.ERSATTARE), "Vera Lind")
        seen["chosen"] = model.index(row, ForhinderModel.ERSATTARE).data()
        dialog.propose_button.click()

    seen = _in_dialog(monkeypatch, fill)
    tab.upprop.ui.forhinder_button.click()
    assert seen["proposed"] == "Sven Berg (SD)"  # own party first
    assert seen["choices"][:2] == ["", "Sven Berg"]
    assert "Vera Lind" in seen["choices"]  # any ersättare may be chosen by hand
    assert seen["chosen"] == "Vera Lind (V), vald"
    people = {a.name: a for a in tab.protokoll.upprop}
    assert not people["Roland Johansson"].present
    assert people["Vera Lind"].present and people["Vera Lind"].replaces == "Roland Johansson"

    window = tab.test_window
    assert window.undo_stack.undoText() == "Förhinder och inkallade ersättare"
    window.undo_stack.undo()
    people = {a.name: a for a in tab.protokoll.upprop}
    assert people["Roland Johansson"].present and not people["Vera Lind"].present
    assert forhinder.get(demo_store, tab.meeting.id) == []
    window.undo_stack.redo()
    assert [r.ersattare for r in forhinder.get(demo_store, tab.meeting.id)] == ["Vera Lind"]


def test_organ_dialog_edits_the_inkallelseordning_and_personal_ersattare(
    qtbot, demo_store, organ, monkeypatch
) -> None:
    dialog = OrganDialog(organ_repo.get(demo_store, organ.id))
    qtbot.addWidget(dialog)
    assert dialog.ui.inkallelse_edit.toPlainText() == "S: V\nSD: M"
    model = dialog.ersattare_model
    names = [model.index(r, ErsattareModel.NAMN).data() for r in range(model.rowCount())]
    assert names == ["Karin Ek", "Vera Lind", "Sven Berg", "Olle Ny"]
    olle = names.index("Olle Ny")
    model.setData(model.index(olle, ErsattareModel.PERSONLIG), "Åsa Bergkvist")
    dialog.ui.ersattare_table.selectRow(olle)
    for _ in range(3):
        dialog.ui.ersattare_up_button.click()
    dialog.ui.inkallelse_edit.setPlainText("S: V, MP\nSD: M, KD")

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    dialog.ui.inkallelse_edit.setPlainText("S V MP")
    dialog.ui.button_box.accepted.emit()
    assert said and "S V MP" in said[0] and dialog.result() != QDialog.DialogCode.Accepted
    dialog.ui.inkallelse_edit.setPlainText("S: V, MP\nSD: M, KD")
    dialog.ui.button_box.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted

    changed = dialog.result_organ()
    assert changed.inkallelseordning == {"S": ["V", "MP"], "SD": ["M", "KD"]}
    ersattare = [m.name for m in changed.members if m.role == "ersättare"]
    assert ersattare == ["Olle Ny", "Karin Ek", "Vera Lind", "Sven Berg"]
    assert [m.name for m in changed.members if m.is_ledamot] == [
        m.name for m in organ.members if m.is_ledamot
    ]
    olle_ny = next(m for m in changed.members if m.name == "Olle Ny")
    assert olle_ny.personlig_for == "Åsa Bergkvist"
    with demo_store.atomic():
        organ_repo.save(demo_store, changed)
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    forhinder.save(demo_store, meeting.id, [Forhinder("Åsa Bergkvist")])
    assert [c.text for c in forhinder.inkallade(demo_store, meeting.id)] == [
        "Olle Ny (S) ersätter Åsa Bergkvist (S)"  # her personal ersättare
    ]


def test_organ_dialog_takes_a_pasted_list_of_the_namnd_as_its_register(
    qtbot, demo_store, organ, monkeypatch
) -> None:
    """The list from the kommun's web page replaces the register once the report is read;
    those already in it keep their rows, and the dialog says how many there are."""
    dialog = OrganDialog(organ_repo.get(demo_store, organ.id))
    qtbot.addWidget(dialog)
    assert dialog.ui.members_summary.text().startswith("Registret: ")
    pasted = "Ledamöter\nKarin Ek (S), ordförande\nNy Person (M)\nErsättare\nVera Lind (V)\n"
    monkeypatch.setattr(organ_dialog, "ask_list_text", lambda _parent: pasted)
    reports = []
    monkeypatch.setattr(organ_dialog, "confirm_import", lambda _p, r: reports.append(r) or True)
    dialog.ui.paste_members_button.click()
    assert reports and reports[0].warnings  # the rest of the register is named as leaving
    assert dialog.ui.members_summary.text() == "Registret: 2 ledamöter och 1 ersättare."
    changed = dialog.result_organ()
    assert [(m.name, m.role) for m in changed.members] == [
        ("Karin Ek", "ordförande"),
        ("Ny Person", "ledamot"),
        ("Vera Lind", "ersättare"),
    ]
    karin_before = next(m for m in organ.members if m.name == "Karin Ek")
    assert changed.members[0].id == karin_before.id

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    monkeypatch.setattr(organ_dialog, "ask_list_text", lambda _parent: "Välkomna!")
    dialog.ui.paste_members_button.click()
    assert said and said[0].startswith("Ingen ledamot eller ersättare lästes")
    assert len(dialog.result_organ().members) == 3  # nothing lost by a text of no one


def test_the_new_dialogs_are_named_and_keyed(qtbot, demo_store, organ) -> None:
    """The accessibility walk's checks (tests/ui/test_accessibility.py) on the förhinder and
    open-ärenden dialogs."""
    from datetime import time

    from PySide6.QtWidgets import QApplication, QWidget

    from ksdesk.services import arenden, meetings
    from ksdesk.ui.dialogs.open_matters_dialog import OpenMattersDialog
    from tests.ui.test_accessibility import _nameless, _without_mnemonic

    parent = QWidget()
    qtbot.addWidget(parent)
    early, _created = meetings.create_meeting(
        demo_store, "Kommunstyrelsen", date(2020, 12, 1), time(14, 0)
    )
    offered = arenden.offered_for(demo_store, early.id)
    assert offered  # § 216, planned for 2020-12-07
    for dialog in (
        ForhinderDialog(organ, [], upprop_started=True, parent=parent),
        OpenMattersDialog(demo_store, offered, organ.name, early.date, parent=parent),
    ):
        dialog.show()
        QApplication.processEvents()
        assert _nameless(dialog) == [] and _without_mnemonic(dialog) == []
        dialog.reject()


def test_the_paste_window_shows_a_whole_namnd_and_says_what_it_reads(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QPlainTextEdit

    seen = {}

    def answer(dialog: QInputDialog) -> int:
        seen["label"], seen["size"] = dialog.labelText(), dialog.size()
        seen["plain"] = dialog.findChild(QPlainTextEdit) is not None
        dialog.setTextValue("Anna Ek (S)")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer)
    assert organ_dialog.ask_list_text(None) == "Anna Ek (S)"
    assert seen["plain"] and "protokollets första sida" in seen["label"]
    assert seen["size"].height() >= 400  # some twenty lines, not QInputDialog's ten
    assert seen["size"].width() <= 700  # the hint wraps: no wider than a small laptop's screen


def test_a_refused_forhinder_list_comes_back_in_its_dialog(tab, demo_store, monkeypatch) -> None:
    """A list the service refuses after Spara (ui/checked_dialog) reopens the dialog with
    what was ticked, the reason said over it; it had closed and lost it."""
    ticked: list[list[str]] = []

    def exec_(dialog: ForhinderDialog) -> int:
        model = dialog.model
        ticked.append([r.name for r in model.result()])
        if len(ticked) == 1:
            model.setData(
                model.index(_row(model, "Åsa Bergkvist"), 0), Qt.CheckState.Checked, CHECK
            )
            dialog.findChild(type(dialog.propose_button), "save_button").click()
        else:
            dialog.reject()
        return dialog.result()

    said: list[str] = []
    monkeypatch.setattr(ForhinderDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(a[2])))
    real = forhinder.planned

    def refused_once(*args, **kwargs):
        if not said:
            raise InvalidInput("Åsa Bergkvist står två gånger i förhinderlistan.")
        return real(*args, **kwargs)

    monkeypatch.setattr(forhinder, "planned", refused_once)
    tab.upprop.ui.forhinder_button.click()
    QApplication.processEvents()  # the refusal is said once the dialog is up again
    assert ticked == [[], ["Åsa Bergkvist"]]
    assert said == ["Åsa Bergkvist står två gånger i förhinderlistan."]
    assert forhinder.get(demo_store, tab.meeting.id) == []
