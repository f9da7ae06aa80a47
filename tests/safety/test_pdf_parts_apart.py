"""A personnummer whose parts a PDF draws apart (in neighbouring table cells, the last four
drawn before the date, a table drawn column by column, one string per digit in any order, two
strings that meet inside a group) is found by the public check and by the last reader, and
"maskera" takes its digits out of the page. What the text readers give for such a file is
written down here too: in drawing order the parts stand apart unless the file draws them in
reading order; the search index reads the page as it is seen, where every form is whole."""

from __future__ import annotations

import hashlib
import io

import pikepdf
import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import pdf_public
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.interchange.pdf_content_text import page_text
from ksdesk.interchange.pdf_text import bilaga_text, pypdf_text
from ksdesk.services import public_pdf
from tests import attack_pdfs, attack_pdfs_more

NUMBERS = attack_pdfs.personnummer(600)


def _found(text: str | None) -> set[str]:
    return {h.normalized[2:] for h in find_personnummer(text or "")}


@pytest.mark.parametrize("attack", sorted(attack_pdfs_more.PARTS_APART))
def test_what_the_text_readers_give(attack: str) -> None:
    number = next(NUMBERS)
    data = attack_pdfs_more.PARTS_APART[attack](number)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        read = page_text(pdf.pages[0])
    in_order = attack in attack_pdfs_more.IN_DRAWING_ORDER
    # pypdf and our own reader agree on drawing order: parts on lines of their own.
    assert (number in _found(pypdf_text(data))) == in_order
    assert (number in _found(read.text)) == in_order
    # Read as the page is seen, every form is whole: the public check's reading, and the
    # search index's (pdf_text).
    assert number in _found(read.layout)
    assert number in _found(bilaga_text("x.pdf", data))


@pytest.mark.parametrize("attack", sorted(attack_pdfs_more.PARTS_APART))
def test_the_public_check_and_the_last_reader_find_it(attack: str) -> None:
    number = next(NUMBERS)
    data = attack_pdfs_more.PARTS_APART[attack](number)
    sources = public_pdf.sources(hashlib.sha256(data).hexdigest(), data)
    assert number in set().union(*(_found(s.text) for s in sources))
    assert number in {f.normalized[2:] for f in audit_pdf(data).findings}


@pytest.mark.parametrize("attack", sorted(attack_pdfs_more.PARTS_APART))
def test_masking_takes_the_digits_out_of_the_page(attack: str) -> None:
    number = next(NUMBERS)
    data = attack_pdfs_more.PARTS_APART[attack](number)
    masked = public_pdf.public_content(
        hashlib.sha256(data).hexdigest(), data, frozenset({"19" + number})
    )
    assert audit_pdf(masked).clean
    with pikepdf.open(io.BytesIO(masked)) as pdf:
        read = page_text(pdf.pages[0])
    assert number[6:] not in read.text and number[:6] not in read.text
    assert "Anna Andersson" in read.text or "Sökande" in read.text or "sökande" in read.text


def test_a_table_of_figures_drawn_column_by_column_is_no_number() -> None:
    """Dates beside diarienummer, amounts beside amounts: read across the row as seen."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    columns = [
        [f"{d:02d}0107" for d in range(10, 30)],  # 170107 …: dates ÅÅMMDD
        [f"{2000 + d}/{d * 37 % 1000}" for d in range(10, 30)],  # a diarienummer beside each
        [f"{d * 12345 % 100000:,}".replace(",", " ") for d in range(10, 30)],
        [f"{d * 7919 % 10000}" for d in range(10, 30)],
    ]
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    for c, column in enumerate(columns):
        for r, value in enumerate(column):
            page.drawString(60 + c * 90, 780 - r * 16, value)
    page.showPage()
    page.save()
    data = out.getvalue()
    (page_read,) = pdf_public.read_pages(data)
    assert "170107 2017/" in page_read.layout  # rows read across
    assert find_personnummer(page_read.readings) == []
