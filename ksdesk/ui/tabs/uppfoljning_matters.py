"""What the Öppna ärenden page of the Uppföljning tab does with an open matter: its way
through the meetings shown, and its utfall set by hand (one undoable edit: Ctrl+Z takes it
back)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from ksdesk.core.arendegang import Utfall
from ksdesk.core.topics import Topic
from ksdesk.services import arende_history, arenden
from ksdesk.services.store import Store
from ksdesk.ui.tabs.base_tab import Record


def show_history(parent: QWidget, store: Store, matter: arenden.OpenMatter) -> None:
    steps = arende_history.history(store, paragraf_id=matter.steg.paragraf_id)
    lines = [step.line for step in steps]
    QMessageBox.information(parent, "Ärendets gång", f"{matter.steg.rubrik}\n\n" + "\n".join(lines))


def change_utfall(parent: QWidget, store: Store, matter: arenden.OpenMatter, edit: Record) -> None:
    choices = ["Som beslutet säger", "Beslut", "Återremiss", "Bordläggning"]
    values = ["", Utfall.BESLUT, Utfall.ATERREMISS, Utfall.BORDLAGGNING]
    text, ok = QInputDialog.getItem(
        parent, "Ändra utfall", f"{matter.steg.label} {matter.steg.rubrik}", choices, 0, False
    )
    if not ok:
        return
    pid = matter.steg.paragraf_id
    before = [f for f in [arenden.link_of(store, pid)] if f is not None]

    def apply(rows: list) -> Topic:
        return arenden.restore_links(store, rows, [pid])

    after = arenden.set_utfall(store, pid, str(values[choices.index(text)]))
    edit("Ändra utfall", apply, before, [after])
