"""Uppföljning → Ej anmälda: delegationsbeslut never reported although a meeting has been
held since they came in, and linking those read in after the meeting that reported them
(walk37 #10: its agenda had "Anmälan av delegeringsbeslut") to it, as one undoable edit."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget

from ksdesk.core.import_report import count
from ksdesk.core.topics import Topic
from ksdesk.services.delegationsbeslut_late import (
    LINK_ACTION,
    file_late,
    held_anmalan,
    late_ids,
)
from ksdesk.services.laga_kraft import EjAnmald
from ksdesk.services.store import Store
from ksdesk.ui.models.uppfoljning_models import EjAnmaldModel
from ksdesk.ui.tabs.uppfoljning_pages import ListPage

Edit = Callable[[str, Callable[[bool], Topic], object, object], bool]
TITLE = "Ej anmälda"


def ej_anmalda_page() -> ListPage:
    return ListPage(
        EjAnmaldModel(),
        "Delegationsbeslut som aldrig anmälts fast ett sammanträde har hållits sedan de kom "
        "in: deras överklagandetid har inte börjat löpa. Hade sammanträdet en punkt Anmälan av "
        f"delegationsbeslut anmäldes de troligen där: koppla dem dit med {LINK_ACTION}",
        [("koppla", LINK_ACTION, True)],
        stretch_column=2,
    )


def link_late(parent: QWidget, store: Store, row: object, today: date, edit: Edit) -> None:
    """File the chosen row's decisions, and the others that meeting missed, under it."""
    place = held_anmalan(store, row.meeting_id) if isinstance(row, EjAnmald) else None
    if place is None:
        QMessageBox.information(
            parent,
            TITLE,
            "Sammanträdet som beslutet borde ha anmälts vid hade ingen punkt Anmälan av "
            "delegationsbeslut: beslutet kommer med på nästa sammanträdes lista.",
        )
        return
    ids = late_ids(store, place.meeting_id, today)
    asked = QMessageBox.question(
        parent,
        TITLE,
        f"Koppla {count(len(ids), 'beslut', 'beslut')} till {place.where}? De räknas då som "
        "anmälda där och står i sammanträdets förteckning över delegationsbeslut. Ångra "
        "med Ctrl+Z.",
    )
    if asked != QMessageBox.StandardButton.Yes:
        return

    def apply(filed: bool) -> Topic:
        return file_late(store, place.meeting_id, ids, filed)

    edit(f"Koppla delegationsbeslut till {place.where}", apply, False, True)
