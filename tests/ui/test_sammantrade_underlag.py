"""The beslutsunderlag on the Paragrafer page: written by hand, kept by "Uppdatera
paragraferna" (which says so), and fetched from the ärende again. A fresh file of Marks
kommun's barn- och utbildningsnämnd (tests/marks_bun.py names the protokoll)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ksdesk.core.meeting import Bilaga
from ksdesk.services import meetings
from ksdesk.services import protokoll as protokoll_service
from ksdesk.ui.undo import UndoStack
from tests.marks_bun import MATSAL, PRISLISTA
from tests.marks_bun import bun_file as _file


def _tab(qtbot, store):
    from ksdesk.ui.app import create_application
    from ksdesk.ui.tabs.sammantrade_tab import SammantradeTab

    create_application()
    tab = SammantradeTab(store)
    tab.undo_stack = UndoStack(tab)
    qtbot.addWidget(tab)
    return tab


def _number(tab, title: str) -> int:
    return next(p.nr for p in tab.protokoll.paragrafer if p.title == title)


def test_a_list_written_by_hand_is_kept_and_the_secretary_told(qtbot, tmp_path, monkeypatch):
    store, meeting_id = _file(tmp_path)
    tab = _tab(qtbot, store)
    tab.ui.first_spin.setValue(99)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    tab.start()
    matsal = _number(tab, MATSAL)
    tab.select_paragraf(matsal)
    ui = tab.paragrafer.ui
    assert ui.underlag_edit.toPlainText().splitlines() == [
        "Tjänsteskrivelse daterad 28 november 2016.",
        "Ritning, matsal och klassrum.",
    ]
    assert not ui.reset_underlag_button.isEnabled()
    # Pasted with its numbers: the protokoll numbers the list itself.
    ui.underlag_edit.setPlainText("1. Förvaltningens tjänsteskrivelse.\n\n2) Ritning.")
    tab.editor.save_text()
    assert "Ändrad av dig" in ui.underlag_label.text() and ui.reset_underlag_button.isEnabled()

    meeting = meetings.get_meeting(store, meeting_id)
    for item in meeting.items[-2:]:
        item.bilagor.append(Bilaga("Kostnadskalkyl"))
    meetings.save_meeting(store, meeting)
    tab.start()  # Uppdatera paragraferna
    protokoll = protokoll_service.get_protokoll(store, meeting_id)
    assert protokoll.paragraf(matsal).beslutsunderlag == [
        "Förvaltningens tjänsteskrivelse.",
        "Ritning.",
    ]
    assert protokoll.paragraf(_number(tab, PRISLISTA)).beslutsunderlag[-1] == "Kostnadskalkyl."
    assert len(told) == 1 and f"§ {matsal} {MATSAL}" in told[0]
    assert PRISLISTA not in told[0]

    tab.select_paragraf(matsal)
    ui.reset_underlag_button.click()
    assert (
        protokoll_service.get_protokoll(store, meeting_id).paragraf(matsal).beslutsunderlag[-1]
        == "Kostnadskalkyl."
    )
    assert ui.underlag_label.text() == "" and not ui.reset_underlag_button.isEnabled()
    tab.undo_stack.undo()  # Hämta från ärendet is undone like any edit
    restored = protokoll_service.get_protokoll(store, meeting_id).paragraf(matsal)
    assert restored.beslutsunderlag == ["Förvaltningens tjänsteskrivelse.", "Ritning."]
    store.close()
