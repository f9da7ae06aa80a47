"""Files dragged from Explorer (or any file manager) onto a list: the PDFs among them are
handed on in the order they were dragged; anything else is named, never silently dropped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView


class PdfDrop(QObject):
    """Accepts dropped PDF files on `view` (its viewport gets the drag events)."""

    dropped = Signal(list)  # the PDF files' paths, as str
    refused = Signal(list)  # the names of dropped files that are not PDFs

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.setAcceptDrops(True)
        view.viewport().setAcceptDrops(True)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if self.view.isEnabled() and _files(event):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = _files(event)
            if not files:
                return False
            event.acceptProposedAction()
            pdfs = [str(f) for f in files if f.suffix.lower() == ".pdf"]
            others = [f.name for f in files if f.suffix.lower() != ".pdf"]
            if others:
                self.refused.emit(others)
            if pdfs:
                self.dropped.emit(pdfs)
            return True
        return False


def _files(event: QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
