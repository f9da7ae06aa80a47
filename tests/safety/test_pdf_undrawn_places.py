"""Bytes of a PDF bilaga that the page draws from but does not show, each tried with a number
in it: a comment in the content, an operator viewers skip, a marked-content tag, an inline
image's dictionary, a resource and a Type 3 glyph named with the number, a JPEG's metadata.
The public copy carries none of them (its content is written anew, names masked wherever
they stand, the JPEG's metadata dropped) and still draws what the page showed; the last
reader finds each one in the file as it came, so one layer failing is not a leak. A scanned
ID card drawn as an inline image is read by Tesseract like every other picture."""

from __future__ import annotations

import hashlib
import io

import pikepdf
import pytest
from PIL import Image

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import ocr
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import public_pdf
from tests import attack_pdfs, attack_pdfs_undrawn
from tests.pdf_helpers import pages_text, unpacked

NUMBERS = attack_pdfs.personnummer(1300)
UNDRAWN = attack_pdfs_undrawn.UNDRAWN


@pytest.mark.parametrize("attack", sorted(UNDRAWN))
def test_the_last_reader_finds_it_in_the_file_as_it_came(attack: str) -> None:
    number = next(NUMBERS)
    findings = audit_pdf(UNDRAWN[attack](number)).findings
    assert {f.normalized[2:] for f in findings} == {number}, findings
    assert all(f.where.startswith("sida 1") for f in findings), findings


@pytest.mark.parametrize("attack", sorted(UNDRAWN))
def test_the_public_copy_carries_none_and_draws_the_same(attack: str) -> None:
    number = next(NUMBERS)
    data = UNDRAWN[attack](number)
    published = public_pdf.public_content(hashlib.sha256(data).hexdigest(), data, frozenset())
    assert audit_pdf(published).clean
    plain = unpacked(published)
    assert number[:6].encode() not in plain and number[6:].encode() not in plain
    (text,) = pages_text(published)
    assert attack_pdfs_undrawn.SHOWN in text
    if attack in ("content_comment", "tag_name", "resource_name"):
        assert text.endswith("Ok")  # drawn in the font it was drawn in, under its new name


def test_the_picture_of_a_jpeg_is_kept_without_its_metadata() -> None:
    number = next(NUMBERS)
    data = attack_pdfs_undrawn.jpeg_metadata(number)
    published = public_pdf.public_content(hashlib.sha256(data).hexdigest(), data, frozenset())
    with pikepdf.open(io.BytesIO(published)) as pdf:
        ((_name, raw),) = pdf.pages[0].get_images().items()
        assert raw.Filter == "/DCTDecode"
        shown = pikepdf.PdfImage(raw).as_pil_image()
    original = Image.open(io.BytesIO(attack_pdfs_undrawn.jpeg(number)))
    assert shown.tobytes() == original.tobytes()


@pytest.mark.skipif(ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is needed")
def test_an_id_card_drawn_inline_is_read_by_tesseract() -> None:
    number = next(NUMBERS)
    data = attack_pdfs_undrawn.inline_id_card(number)
    public_pdf.clear_caches()
    found = {
        (s.where, h.normalized[2:])
        for s in public_pdf.sources(hashlib.sha256(data).hexdigest(), data)
        for h in find_personnummer(s.text or "", ocr=s.ocr)
    }
    assert (", sida 1 (bild)", number) in found
