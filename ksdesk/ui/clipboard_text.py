"""The clipboard's text for one of the window's intakes (Klistra in ärendelista, Klistra in
tabell, the nämnd's list of members), or a refusal in Swedish that says what the clipboard
held instead (a picture, a table as HTML only, files, nothing) and how to copy the list again
(core/pasted_text.py)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from ksdesk.core.errors import InvalidInput
from ksdesk.core.pasted_text import PasteIntake, nothing_to_read, on_clipboard, problem


def held(mime: QMimeData | None) -> str:
    """What the clipboard holds when it holds no text, as a sentence's beginning."""
    if mime is None:
        return on_clipboard(False, False, False, 0)
    return on_clipboard(mime.hasImage(), mime.hasHtml(), mime.hasUrls(), len(mime.formats()))


def pasted_text(intake: PasteIntake, text: str | None = None) -> str:
    """`text` (what the secretary pasted), or the clipboard's when None, once it may be the
    list `intake` reads; InvalidInput with the reason otherwise."""
    if text is None:
        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        if not text.strip():
            raise InvalidInput(nothing_to_read(intake, held(mime)))
    if why := problem(text, intake):
        raise InvalidInput(why)
    return text
