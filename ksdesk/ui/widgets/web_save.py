"""Spara för webben…: the public version of a document as the kommun publishes it (tagged
PDF/UA-1 + PDF/A-2a), built off the GUI thread on a read-only connection of its own, saved
where the secretary says, with the packet's PDF bilagor from others beside it as their own
files. Used by the Kallelse tab's Utskrift page and by the preview of a public protokoll."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.services.store import Store
from ksdesk.ui.failures import failure_sentence
from ksdesk.ui.worker import BackgroundRunner

if TYPE_CHECKING:  # the web edition's modules (Typst, pypdf, ReportLab) load when one is made
    from ksdesk.services.web_packet import WebPacket

# make(reader, stem) -> the edition; stem names the files of the packet's bilagor.
Make = Callable[[Store, str], "WebPacket"]
TITLE = "Spara för webben"


class WebSaver(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.runner = BackgroundRunner(self)
        self.runner.finished.connect(self._built)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._restore)
        self.path: Path | None = None
        self.saved: list[Path] = []  # what the last save wrote (tests; the message says it)

    def save(self, store: Store, suggested_name: str, make: Make) -> None:
        """Ask where, then build and write; a message says what was written."""
        name, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, TITLE, suggested_name, "PDF-filer (*.pdf)"
        )
        if not name:
            return
        self.path = path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.runner.start_reading(store, lambda reader: make(reader, path.stem))

    def _restore(self) -> None:
        QGuiApplication.restoreOverrideCursor()

    def _built(self, result: WebPacket) -> None:
        from ksdesk.atomic import save_as

        self._restore()
        assert self.path is not None
        try:
            save_as(self.path, result.pdf)
            written = [self.path]
            for file in result.files:
                save_as(self.path.with_name(file.name), file.data)
                written.append(self.path.with_name(file.name))
        except KsdeskError as error:
            QMessageBox.warning(self.parent_widget, TITLE, str(error))
            return
        self.saved = written
        QMessageBox.information(self.parent_widget, TITLE, _summary(self.path, result))

    def _failed(self, error: BaseException) -> None:
        self._restore()
        message = failure_sentence("Webbversionen kunde inte skapas", error)
        QMessageBox.warning(self.parent_widget, TITLE, message)


def _summary(path: Path, result: WebPacket) -> str:
    lines = [
        f"Den offentliga versionen för webben (PDF/UA-1 och PDF/A-2a) är sparad i "
        f"<b>{escape(str(path))}</b>."
    ]
    if result.files:
        lines.append("Publicera dessa bilagor tillsammans med den, i samma mapp:")
        lines += [f"• {escape(f.name)} – ärende {f.item}, {escape(f.title)}" for f in result.files]
    untagged = result.untagged
    if untagged:
        names = "; ".join(escape(f.title) for f in untagged)
        lines.append(
            f"<b>Inte tillgänglighetsanpassade:</b> {names}. Be den som skrev dem om en "
            "tillgänglig kopia."
        )
    lines += [f"⚠ {escape(problem)}" for problem in result.problems]
    return "<br>".join(lines)
