"""The one preview-and-print widget: a QPdfView fed PDF bytes. Skriv ut… hands exactly those
bytes to the system's printing (services/system_print.py: the PDF reader on Windows, `lp`
where CUPS is), Öppna i PDF-läsare opens them in the system's reader, Spara som PDF… saves
them. A printed job is the PDF itself, never images of its pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ksdesk.atomic import save_as
from ksdesk.core.errors import KsdeskError
from ksdesk.core.format import format_count
from ksdesk.services import system_print
from ksdesk.services.system_print import PrintJob

_SIDES = {
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


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
        self.print_button = QPushButton("Skriv &ut…", self)
        self.open_button = QPushButton("Öppna i &PDF-läsare", self)
        self.save_button = QPushButton("Spara som P&DF…", self)
        # The secretary's hands know Ctrl+P and Ctrl+S from every other program.
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setToolTip(_print_tip())
        self.open_button.setToolTip(
            "Öppna dokumentet i datorns PDF-läsare: skriv ut med skrivarens alla "
            "inställningar, eller skicka det vidare"
        )
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip("Spara som PDF-fil (Ctrl+S)")
        self.page_label = QLabel(self)
        self.message_label = QLabel(self)  # what became of the last print
        bar = QHBoxLayout()
        bar.addWidget(self.page_label)
        bar.addWidget(self.message_label, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.print_button.clicked.connect(self.print_document)
        self.open_button.clicked.connect(self.open_in_reader)
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
        for button in (self.print_button, self.open_button, self.save_button):
            button.setEnabled(ready)

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
        """Hand the PDF to the system's printing; True once a printer has taken it."""
        route = system_print.route()
        if route == system_print.WINDOWS:
            return self._print_through_reader()
        if route == system_print.CUPS and QPrinterInfo.availablePrinterNames():
            return self._print_through_cups()
        QMessageBox.information(
            self,
            "Skriv ut",
            "Den här datorn har ingen skrivare som ksdesk kan skicka till. Dokumentet öppnas "
            "i PDF-läsaren i stället: skriv ut därifrån.",
        )
        self.open_in_reader()
        return False

    def _print_through_reader(self) -> bool:
        try:
            system_print.print_with_reader(self._spooled())
        except KsdeskError as error:
            QMessageBox.warning(self, "Skriv ut", str(error))
            return False
        self._say("Skickat till standardskrivaren genom PDF-läsaren.")
        return True

    def _print_through_cups(self) -> bool:
        job = self.choose_printer()
        if job is None:
            return False
        try:
            request = system_print.print_with_lp(self._spooled(), job)
        except KsdeskError as error:
            QMessageBox.warning(self, "Skriv ut", str(error))
            return False
        where = job.printer or "standardskrivaren"
        self._say(f"Skickat till {where}" + (f" (jobb {request})." if request else "."))
        return True

    def choose_printer(self) -> PrintJob | None:
        """The Swedish print dialog: printer, copies, pages, both sides."""
        printer = self.printer()
        printer.setFromTo(1, max(1, self.document.pageCount()))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Skriv ut")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        ranged = printer.printRange() == QPrinter.PrintRange.PageRange
        return PrintJob(
            printer=printer.printerName(),
            copies=printer.copyCount(),
            first_page=printer.fromPage() if ranged else 0,
            last_page=printer.toPage() if ranged else 0,
            sides=_SIDES.get(printer.duplex(), ""),
            title=self.suggested_name,
        )

    def open_in_reader(self) -> bool:
        """The PDF in the system's PDF reader (to print from there, or send on)."""
        try:
            path = self._spooled()
        except KsdeskError as error:
            QMessageBox.warning(self, "Öppna i PDF-läsare", str(error))
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self,
                "Öppna i PDF-läsare",
                "Datorn har inget program som öppnar PDF-filer. Välj Spara som PDF… och "
                "öppna filen med ett program du har.",
            )
            return False
        self._say("Öppnat i PDF-läsaren.")
        return True

    def _spooled(self) -> Path:
        return system_print.spool(self._data, self.suggested_name)

    def _say(self, text: str) -> None:
        self.message_label.setText(text)


def _print_tip() -> str:
    if system_print.route() == system_print.WINDOWS:
        return "Skriv ut på standardskrivaren genom PDF-läsaren (Ctrl+P)"
    return "Välj skrivare och skriv ut (Ctrl+P)"
