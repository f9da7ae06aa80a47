"""walk31's finding 11: at 150 % the review drops its Typ column, so the Träff column's
tooltip says the kind; and "Beslutas av" is the secretary the meeting names (or its
organ's), not the login name ("root"), since that is what is recorded as who decided."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from ksdesk.core.public_copy import Decision, PublicHit
from ksdesk.services import meetings as meeting_service
from ksdesk.ui.dialogs.public_check_dialog import PublicCheckDialog
from ksdesk.ui.models.public_hit_model import HitTableModel


def test_beslutas_av_is_the_meetings_secretary(qtbot, demo_store) -> None:
    meeting = meeting_service.list_meetings(demo_store)[0]
    meeting_service.save_meeting(demo_store, replace(meeting, secretary_name="Vera Lagerström"))
    dialog = PublicCheckDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.wait_for_scan()
    assert dialog.ui.by_edit.text() == "Vera Lagerström"


def test_the_hits_kind_is_in_the_traff_tooltip(qtbot) -> None:
    model = HitTableModel()
    model.set_rows([PublicHit("k", "personnummer", "item:1", "ärende 1", "380412-XXXX")])
    tip = model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Personnummer: 380412-XXXX"


def test_a_decision_taken_for_the_arende_says_so_under_beslut(qtbot) -> None:
    """walk37 #7: a § hit decided as its ärende is says so, on a line of its own (one line
    widened the Beslut column until Var left the dialog at 150 %), and where in its tooltip."""
    decision = Decision("maskera", "Josefine", "2026-12-07T04:54:24")
    hit = PublicHit("k", "personnummer", "protokoll:1", "§ 42, rubrik", "120304-XXXX")
    model = HitTableModel()
    model.set_rows([replace(hit, decision=decision, decided_for="ärende 5, rubrik")])
    assert model.data(model.index(0, 4)) == "Maskeras\nbeslutat för ärendet"
    assert "ärende 5, rubrik" in model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole)


def test_maskera_egen_text_adds_a_masked_hit(qtbot, demo_store, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Sture Lindqvist", True))
    meeting = meeting_service.list_meetings(demo_store)[0]
    dialog = PublicCheckDialog(demo_store, meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.wait_for_scan()
    dialog.ui.own_button.click()
    assert dialog.wait_for_scan()
    (own,) = [h for h in dialog.hits if h.shown.startswith("egen maskering")]
    assert own.decision_text == "Maskeras" and own.decision.decided_by == dialog.ui.by_edit.text()
