"""The preview widget shows, prints and saves exactly the bytes it was given."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from reportlab.platypus import PageBreak, Paragraph

from ksdesk.atomic import save_as
from ksdesk.reports.base import build_pdf, stylesheet
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


def test_printing_to_a_pdf_printer_writes_every_page(qtbot, tmp_path: Path) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.set_pdf(_pdf(2))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "utskrift.pdf"
    printer.setOutputFileName(str(target))
    assert preview.print_to(printer)
    from pypdf import PdfReader

    assert len(PdfReader(target).pages) == 2


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "k.pdf"
    target.write_bytes(b"old")
    save_as(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert [p.name for p in tmp_path.iterdir()] == ["k.pdf"]
