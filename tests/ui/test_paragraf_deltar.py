"""The § editor's "Deltar inte i beslut" (ui.tabs.paragraf_deltar): ticked in one dialog,
shown as the protokoll prints it, written as one undoable edit."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ksdesk.services import protokoll as protokoll_service
from ksdesk.ui.tabs.paragraf_deltar import NOBODY, DeltarInteDialog
from tests.ui.test_sammantrade_tab import open_tab


def _tick(widget, name: str) -> None:
    for i in range(widget.count()):
        if widget.item(i).data(Qt.ItemDataRole.UserRole) == name:
            widget.item(i).setCheckState(Qt.CheckState.Checked)


def test_deltar_inte_is_ticked_shown_and_undone(qtbot, demo_store, monkeypatch) -> None:
    tab = open_tab(qtbot, demo_store)
    qtbot.mouseClick(tab.ui.start_button, Qt.MouseButton.LeftButton)
    tab.ui.pages.setCurrentIndex(1)
    tab.select_paragraf(221)
    box = tab.editor.deltar
    assert box.label.text() == NOBODY

    def answer(dialog: DeltarInteDialog) -> int:
        _tick(dialog.deltar_names, "Roland Johansson")
        dialog.text_edit.setPlainText("Sverigedemokraterna återkommer i fullmäktige")
        _tick(dialog.avstar_names, "Åsa Bergkvist")
        assert dialog.problem() == ""
        return 1

    monkeypatch.setattr(DeltarInteDialog, "exec", answer)
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    stored = protokoll_service.get_protokoll(demo_store, tab.meeting.id).paragraf(221)
    assert [(d.names, d.avstar) for d in stored.deltar_inte] == [
        (["Roland Johansson"], False),
        (["Åsa Bergkvist"], True),
    ]
    shown = box.label.text()
    assert "Roland Johansson (SD) deltar inte i beslutet. Sverigedemokraterna återkommer" in shown
    assert "Åsa Bergkvist (S) avstår från att rösta." in shown
    assert tab.undo_stack.undoText() == "Ändra vilka som inte deltar i beslutet § 221"
    tab.undo_stack.undo()
    undone = protokoll_service.get_protokoll(demo_store, tab.meeting.id).paragraf(221)
    assert undone.deltar_inte == []


def test_one_member_cannot_both_abstain_and_stand_aside(qtbot, demo_store) -> None:
    dialog = DeltarInteDialog([("Roland Johansson", "Roland Johansson (SD)")], [], None)
    qtbot.addWidget(dialog)
    _tick(dialog.deltar_names, "Roland Johansson")
    _tick(dialog.avstar_names, "Roland Johansson")
    assert dialog.problem() == (
        "Roland Johansson kan inte både avstå från att rösta och inte delta i beslutet."
    )
