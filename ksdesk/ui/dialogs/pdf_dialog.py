"""A window that previews a PDF with Skriv ut… and Spara som PDF… (the shared PdfPreview)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.ui.dialogs.help_window import set_topic
from ksdesk.ui.widgets.button_boxes import close_only
from ksdesk.ui.widgets.pdf_preview import PdfPreview


class PdfDialog(QDialog):
    """A document to look at, print or save as PDF, closed with Stäng. `size` suits the
    paper: a portrait protokoll (the default) or a landscape budget sheet."""

    def __init__(
        self,
        data: bytes,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        size: tuple[int, int] = (820, 960),
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        set_topic(self, "utskrift.md")
        self.preview = PdfPreview(self)
        self.preview.set_pdf(data, suggested_name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(close_only(self))
        self.resize(*size)


def show_pdf(
    parent: QWidget, title: str, make: Callable[[], bytes], suggested_name: str
) -> PdfDialog | None:
    """Build the PDF (a wait cursor meanwhile) and open it in a preview window."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        data = make()
    except KsdeskError as error:
        QMessageBox.warning(parent, "Kan inte skriva ut", str(error))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    dialog = PdfDialog(data, title, suggested_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
