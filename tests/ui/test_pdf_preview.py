"""The preview widget shows, prints and saves exactly the bytes it was given: printing hands
that PDF to the system (the reader on Windows, lp where CUPS is, else the PDF reader), never
images of its pages."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox
from reportlab.platypus import PageBreak, Paragraph

from ksdesk import paths
from ksdesk.atomic import save_as
from ksdesk.reports.base import build_pdf, stylesheet
from ksdesk.services import system_print
from ksdesk.services.system_print import PrintJob
from ksdesk.ui.widgets.pdf_preview import PdfPreview


def _pdf(pages: int) -> bytes:
    story = []
    for number in range(pages):
        if number:
            story.append(PageBreak())
        story.append(Paragraph(f"Sida med å {number}", stylesheet()["Normal"]))
    return build_pdf(story, title="prov")


def test_preview_loads_pages(qtbot) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    assert not preview.print_button.isEnabled()
    preview.set_pdf(_pdf(3), "kallelse.pdf")
    assert preview.document.pageCount() == 3
    assert preview.page_label.text() == "3 sidor"
    assert preview.print_button.isEnabled()


@pytest.fixture
def preview(qtbot):
    widget = PdfPreview()
    qtbot.addWidget(widget)
    widget.set_pdf(_pdf(3), "paket 2020-12-07.pdf")
    return widget


def test_windows_prints_the_pdf_itself_through_the_reader(preview, monkeypatch) -> None:
    handed: list[tuple[str, str]] = []
    monkeypatch.setattr(system_print, "route", lambda: system_print.WINDOWS)
    monkeypatch.setattr(
        os, "startfile", lambda path, verb: handed.append((path, verb)), raising=False
    )
    assert preview.print_document()
    ((path, verb),) = handed
    assert verb == "print"
    assert Path(path).read_bytes() == preview.data  # the PDF as it is, not page images
    assert Path(path).parent == paths.data_dir() / "utskrifter"
    assert Path(path).stat().st_mode & 0o077 == 0
    assert "standardskrivaren" in preview.message_label.text()


def test_windows_without_a_pdf_program_says_so_in_swedish(preview, monkeypatch) -> None:
    said: list[str] = []

    def no_program(path: str, verb: str) -> None:
        raise OSError(22, "No application is associated with the specified file")

    monkeypatch.setattr(system_print, "route", lambda: system_print.WINDOWS)
    monkeypatch.setattr(os, "startfile", no_program, raising=False)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert not preview.print_document()
    assert said and "PDF-läsare" in said[0] and "application" not in said[0]


def test_cups_sends_the_pdf_with_lp_to_the_printer_chosen(preview, monkeypatch) -> None:
    runs: list[list[str]] = []

    def run(command, **_kwargs):
        runs.append(command)
        assert Path(command[-1]).read_bytes() == preview.data
        return subprocess.CompletedProcess(command, 0, "request id is Kansli-42 (1 file(s))\n", "")

    monkeypatch.setattr(system_print, "route", lambda: system_print.CUPS)
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Kansli"]))
    job = PrintJob("Kansli", copies=2, first_page=2, last_page=3, sides="two-sided-long-edge")
    monkeypatch.setattr(preview, "choose_printer", lambda: job)
    monkeypatch.setattr(subprocess, "run", run)
    assert preview.print_document()
    ((*command, _path),) = runs
    assert command == [
        "lp",
        "-t",
        "ksdesk",
        "-n",
        "2",
        "-d",
        "Kansli",
        "-P",
        "2-3",
        "-o",
        "sides=two-sided-long-edge",
        "--",
    ]
    assert preview.message_label.text() == "Skickat till Kansli (jobb Kansli-42)."


def test_the_print_dialog_choices_become_the_job(preview, monkeypatch) -> None:
    printer = preview.printer()

    def exec_(dialog) -> int:
        printer.setCopyCount(3)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, 2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    # Without a real duplex printer Qt keeps one-sided; the dialog's choice is what it reports.
    monkeypatch.setattr(printer, "duplex", lambda: QPrinter.DuplexMode.DuplexShortSide)
    job = preview.choose_printer()
    assert (job.copies, job.first_page, job.last_page) == (3, 1, 2)
    assert job.sides == "two-sided-short-edge" and job.title == "paket 2020-12-07.pdf"


def test_a_printer_that_refuses_is_said_in_swedish(preview, monkeypatch) -> None:
    said: list[str] = []
    refused = subprocess.CompletedProcess([], 1, "", "lp: The printer or class does not exist.")
    monkeypatch.setattr(system_print, "route", lambda: system_print.CUPS)
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Borta"]))
    monkeypatch.setattr(preview, "choose_printer", lambda: PrintJob("Borta"))
    monkeypatch.setattr(subprocess, "run", lambda *_a, **_k: refused)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert not preview.print_document()
    assert said == [
        "Skrivaren ”Borta” finns inte i utskriftstjänsten. Välj en annan skrivare, eller "
        "välj Öppna i PDF-läsare och skriv ut därifrån."
    ]


def test_without_printing_the_pdf_opens_in_the_reader(preview, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(system_print, "route", lambda: system_print.NONE)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert not preview.print_document()
    (url,) = opened
    assert Path(url.toLocalFile()).read_bytes() == preview.data
    assert preview.message_label.text() == "Öppnat i PDF-läsaren."


def test_open_in_reader_button(preview, monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    preview.open_button.click()
    assert opened and opened[0].isLocalFile()


def test_handed_over_files_are_removed_after_a_day(tmp_path: Path) -> None:
    folder = tmp_path / "utskrifter"
    folder.mkdir()
    old, new = folder / "gammal.pdf", folder / "ny.pdf"
    old.write_bytes(b"%PDF")
    new.write_bytes(b"%PDF")
    os.utime(old, (time.time() - 2 * 86400,) * 2)
    assert system_print.clear_old(folder) == [old]
    assert not old.exists() and new.exists()


def test_lp_command_for_the_whole_document_on_the_default_printer() -> None:
    assert system_print.lp_command(Path("/tmp/k.pdf"), PrintJob()) == [
        "lp",
        "-t",
        "ksdesk",
        "-n",
        "1",
        "--",
        "/tmp/k.pdf",
    ]
    assert "2-" in system_print.lp_command(Path("k.pdf"), PrintJob(first_page=2))


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "k.pdf"
    target.write_bytes(b"old")
    save_as(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["k.pdf"]
