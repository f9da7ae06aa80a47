"""A new uppdrag takes its task, who and last day from the § the secretary chooses, as the
beslut wrote them; what she has typed herself is never overwritten."""

from __future__ import annotations

from datetime import date

from ksdesk.services import meeting_lookup, uppdrag, uppdrag_choices
from ksdesk.services import protokoll as protokoll_service
from ksdesk.ui.dialogs.uppfoljning_dialogs import UppdragDialog

BESLUT = (
    "Ärendet återremitteras.\nBarn- och utbildningsförvaltningen får i uppdrag att utreda "
    "kostnaden för en tillfällig matsal och återrapportera senast den 31 mars 2017."
)


def _dialog(qtbot, store) -> tuple[UppdragDialog, int]:
    meeting_id = meeting_lookup.find_meeting(store, date(2020, 12, 7)).id
    protokoll = protokoll_service.start_protokoll(store, meeting_id)
    paragraf = protokoll.paragraf(221)
    paragraf.beslut = BESLUT
    protokoll_service.save_paragraf(store, paragraf)
    sources = uppdrag_choices.source_choices(store)
    dialog = UppdragDialog(
        uppdrag.Uppdrag(vad=""),
        sources,
        uppdrag_choices.meeting_choices(store),
        suggest=lambda paragraf_id: uppdrag.suggestions(store, paragraf_id),
    )
    qtbot.addWidget(dialog)
    index = next(i for i, k in enumerate(sources) if k.paragraf_id == paragraf.id)
    return dialog, index


def test_choosing_the_paragraf_fills_the_task_and_its_last_day(qtbot, demo_store) -> None:
    dialog, index = _dialog(qtbot, demo_store)
    dialog.source.setCurrentIndex(index)
    assert dialog.vad.toPlainText() == (
        "Utreda kostnaden för en tillfällig matsal och återrapportera senast den 31 mars 2017"
    )
    assert dialog.ansvarig.text() == "Barn- och utbildningsförvaltningen"
    assert dialog.senast.text() == "2017-03-31"
    dialog.read()
    assert dialog.uppdrag.senast == date(2017, 3, 31)


def test_what_the_secretary_typed_stays(qtbot, demo_store) -> None:
    dialog, index = _dialog(qtbot, demo_store)
    dialog.vad.setPlainText("Utreda matsalen")
    dialog.source.setCurrentIndex(index)
    assert dialog.vad.toPlainText() == "Utreda matsalen"
    assert dialog.senast.text() == ""
