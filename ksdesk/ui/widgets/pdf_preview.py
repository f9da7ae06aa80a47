"""The one preview-and-print widget: a QPdfView fed PDF bytes, printing page by page at the
printer's resolution through the Swedish print dialog, and saving the same bytes as a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ksdesk.atomic import save_as
from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_count


class PdfPreview(QWidget):
    """Shows a PDF; `Skriv ut…` and `Spara som PDF…` act on exactly the bytes shown."""

    _printer: QPrinter | None = None  # one printer for the session: the dialog remembers choices

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.print_button = QPushButton("Skriv ut…", self)
        self.save_button = QPushButton("Spara som PDF…", self)
        # The secretary's hands know Ctrl+P and Ctrl+S from every other program.
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip("Skriv ut (Ctrl+P)")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip("Spara som PDF-fil (Ctrl+S)")
        self.page_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self._data = b""
        self._buffer: QBuffer | None = None
        self._held = False
        self.suggested_name = "dokument.pdf"
        self._update_buttons()

    @property
    def data(self) -> bytes:
        return self._data

    def set_pdf(self, data: bytes, suggested_name: str = "dokument.pdf") -> None:
        self._data = data
        self.suggested_name = suggested_name
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # QPdfDocument reads lazily: the buffer must outlive it
        self.document.load(buffer)
        count = self.document.pageCount()
        if not data:
            self.page_label.setText("")  # nothing shown (yet): no "0 sidor"
        else:
            self.page_label.setText(format_count(count, "sida", "sidor"))
        self._update_buttons()

    def hold(self, on: bool) -> None:
        """While a newer version is being built, the one shown may be looked at but neither
        printed nor saved: it may already be out of date."""
        self._held = on
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = bool(self._data) and not self._held
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def save_as(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, "Spara som PDF", self.suggested_name, "PDF-filer (*.pdf)"
        )
        if not name:
            return None
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        try:
            save_as(path, self._data)
        except KsdeskError as error:
            QMessageBox.warning(self, "Kunde inte spara", str(error))
            return None
        return path

    @classmethod
    def printer(cls) -> QPrinter:
        if cls._printer is None:
            cls._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            cls._printer.setDocName("ksdesk")
        return cls._printer

    def print_document(self) -> bool:
        printer = self.printer()
        printer.setFromTo(1, max(1, self.document.pageCount()))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Skriv ut")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Render each page at the printer's resolution; cancellable between pages."""
        count = self.document.pageCount()
        first = max(1, printer.fromPage() or 1)
        last = min(count, printer.toPage() or count)
        progress = QProgressDialog("Skriver ut…", "Avbryt", 0, last - first + 1, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, "Utskrift", "Skrivaren kunde inte startas.")
            return False
        try:
            for number, page in enumerate(range(first - 1, last)):
                if progress.wasCanceled():
                    return False
                progress.setValue(number)
                if number:
                    printer.newPage()
                self._paint_page(painter, printer, page)
                QApplication.processEvents()
        finally:
            painter.end()
            progress.setValue(last - first + 1)
        return True

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        points = self.document.pagePointSize(page)
        scale = min(target.width() / points.width(), target.height() / points.height())
        size = QSize(int(points.width() * scale), int(points.height() * scale))
        image = self.document.render(page, size)
        painter.drawImage(QPointF(0, 0), image)
