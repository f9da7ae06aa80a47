"""A window that previews a PDF with Skriv ut… and Spara som PDF… (the shared PdfPreview)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

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
