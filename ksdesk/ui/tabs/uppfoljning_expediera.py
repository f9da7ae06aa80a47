"""Expediera from the Uppföljning tab: the folder asked for, the utdrag written and logged,
what went to whom said; what was already sent goes again only when the secretary says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ksdesk.core.topics import Topic
from ksdesk.services import expediering
from ksdesk.services.store import Store


def send_out(parent: QWidget, store: Store, meeting_id: int, day: date) -> bool:
    """True when protokollsutdrag were written (a refusal is raised, KsdeskError)."""
    folder = QFileDialog.getExistingDirectory(parent, "Mapp för protokollsutdragen")
    if not folder:
        return False
    from ksdesk.ui.undo import announce

    try:
        sent = expediering.expediera(store, meeting_id, Path(folder), day)
    except expediering.AlreadySent as done:
        again = QMessageBox.question(
            parent,
            "Expediera",
            f"{done}\n\nSkicka alla protokollsutdrag igen?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if again != QMessageBox.StandardButton.Yes:
            return False
        sent = expediering.expediera(store, meeting_id, Path(folder), day, again=True)
    announce(Topic.PROTOKOLL)  # each § in the Sammanträde tab shows where it went
    lines = [f"{u.mottagare}: § {', '.join(map(str, u.paragrafer))}" for u in sent]
    QMessageBox.information(
        parent,
        "Expedierat",
        f"{len(sent)} protokollsutdrag är skrivna till {folder}:\n\n" + "\n".join(lines),
    )
    return True
