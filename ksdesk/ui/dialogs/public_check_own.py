"""Granska offentlig kopia › "Maskera egen text…": a name or phrase the scan did not find
(a boende's name in a bilaga, beside no personnummer) that the secretary masks herself. It
becomes a hit of its own, decided "maskera", masked in every text and PDF bilaga of the
public copy and kept with the meeting's decisions, so the next copy masks it again
(services.public_contacts.add_own). "Behåll medvetet" on its row undoes it."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.services.public_contacts import add_own
from ksdesk.services.store import Store

TITLE = "Maskera egen text"
LABEL = (
    "Namn eller ord som ska maskeras i alla texter och bilagor i den offentliga kopian\n"
    "(till exempel ett namn som syns i Sammanhang):"
)


def mask_own_text(dialog) -> bool:
    """The review's button (ui.dialogs.public_check_dialog.PublicCheckDialog): her phrase
    recorded, then the meeting scanned again to show it."""
    if dialog.meeting_id is None or dialog.open_count is None:
        return False
    by = dialog.ui.by_edit.text()
    if ask_own_text(dialog, dialog.store, dialog.meeting_id, by) is None:
        return False
    dialog.refresh()
    return True


def ask_own_text(
    parent: QWidget, store: Store, meeting_id: int, by: str, proposed: str = ""
) -> str | None:
    """Ask for the phrase and record it; its hit key, or None when nothing was recorded."""
    phrase, ok = QInputDialog.getText(parent, TITLE, LABEL, QLineEdit.EchoMode.Normal, proposed)
    if not ok or not phrase.strip():
        return None
    try:
        return add_own(store, meeting_id, phrase, by, datetime.now().isoformat(timespec="seconds"))
    except KsdeskError as error:
        QMessageBox.warning(parent, TITLE, escape(str(error)))
        return None
