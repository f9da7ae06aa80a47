"""A window that previews a PDF with Skriv ut… and Spara som PDF… (the shared PdfPreview)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QVBoxLayout, QWidget

from ksdesk.core.errors import KsdeskError
from ksdesk.ui.widgets.pdf_preview import PdfPreview


class PdfDialog(QDialog):
    def __init__(self, data: bytes, title: str, suggested_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.preview = PdfPreview(self)
        self.preview.set_pdf(data, suggested_name)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        self.resize(820, 960)


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
