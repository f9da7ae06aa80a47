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
        return on_clipboard(False, False, [], 0)
    return on_clipboard(mime.hasImage(), mime.hasHtml(), _files(mime), len(mime.formats()))


def _files(mime: QMimeData) -> list[str]:
    """The names of the files copied in the file manager (their text is only their paths)."""
    return [url.fileName() or url.toString() for url in mime.urls()] if mime.hasUrls() else []


def only_paths(mime: QMimeData, text: str) -> bool:
    """Whether the clipboard's text is nothing but the copied files' paths or addresses: Qt
    gives a file copied in the file manager as its path, which no reader should take."""
    if not mime.hasUrls():
        return False
    shown = {form for url in mime.urls() for form in (url.toString(), url.toLocalFile())}
    return all(line.strip() in shown for line in text.splitlines() if line.strip())


def pasted_text(intake: PasteIntake, text: str | None = None) -> str:
    """`text` (what the secretary pasted), or the clipboard's when None, once it may be the
    list `intake` reads; InvalidInput with the reason otherwise."""
    if text is None:
        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        if not text.strip() or (mime is not None and only_paths(mime, text)):
            raise InvalidInput(nothing_to_read(intake, held(mime)))
    if why := problem(text, intake):
        raise InvalidInput(why)
    return text
