"""A damaged file is refused in Swedish with what to do, never with the parser's English:
"(PdfStreamError)" or "(BadZipFile)" said nothing to a secretary. The parser's words go to
the log, for whoever helps."""

from __future__ import annotations

import io
import logging
import re
import zipfile

import pytest
from reportlab.pdfgen import canvas

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.xlsx_open import open_xlsx
from ksdesk.pdf_input import open_pdf

_ENGLISH_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b|Error|Exception")


def _pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Karta över detaljplanen")
    page.showPage()
    page.save()
    return out.getvalue()


def test_a_truncated_pdf_is_refused_in_swedish_and_the_detail_is_logged(caplog) -> None:
    data = _pdf()
    with (
        caplog.at_level(logging.WARNING, logger="ksdesk.pdf"),
        pytest.raises(InvalidInput) as refused,
    ):
        open_pdf(data[: len(data) * 2 // 3], "karta.pdf")
    message = str(refused.value)
    assert message.startswith("karta.pdf är en skadad PDF-fil och kan inte läsas.")
    assert "skriv ut eller spara den som en ny PDF" in message
    assert not _ENGLISH_NAME.search(message), message
    assert any("karta.pdf" in record.getMessage() for record in caplog.records)


def test_a_damaged_excel_file_is_refused_in_swedish() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    damaged = out.getvalue()[:-30]  # the zip's directory cut off
    with pytest.raises(InvalidInput) as refused:
        open_xlsx(damaged, "budgetblad", name="budget.xlsx")
    message = str(refused.value)
    assert "budget.xlsx kan inte läsas" in message and "spara den igen" in message
    assert not _ENGLISH_NAME.search(message), message


def test_a_word_file_without_its_document_is_refused_in_swedish(tmp_path) -> None:
    """A .docx whose zip holds no Word document: python-docx's own error stood in the message
    ("(AttributeError: 'lxml.etree._Element' object has no attribute 'overrides')")."""
    from ksdesk.services.delegation_import import read_file

    path = tmp_path / "delegationsordning.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(InvalidInput) as refused:
        read_file(path)
    message = str(refused.value)
    assert "kan inte läsas" in message and "spara den igen" in message
    assert not _ENGLISH_NAME.search(message) and "word/document.xml" not in message, message


def test_a_csv_cell_too_long_for_the_reader_is_named_in_swedish() -> None:
    """The csv module's "field larger than field limit (131072)" became a Swedish reason."""
    from ksdesk.core.errors import RowError
    from ksdesk.interchange.import_guard import read_csv_rows

    text = 'Ärende;Dnr\n"' + "x" * 140_000 + '";KS 2020/1\n'
    with pytest.raises(RowError) as refused:
        read_csv_rows(text)
    message = str(refused.value)
    assert "en cell är längre än 131 072 tecken" in message
    assert "field" not in message and "limit" not in message
