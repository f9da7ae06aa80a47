"""A PDF bilaga that draws a personnummer in raised or circled digits ("⁸¹¹²¹⁸-⁹⁸⁷⁶", a font
that has them), or typed with l for 1 ("8ll2l8-9876"), or holds one so in its metadata.
Before, the last reader (interchange.pdf_audit) passed over every string with fewer than six
of the digits 0–9, so it never read the raised or circled ones at all, and the public copy
took the digits of a typed number out of the page but left its letters ("lll-"). Now every
reader asks core.personnummer.may_hold_number (five digits in any form), and the page loses
every character the number was read from."""

from __future__ import annotations

import hashlib
import io
import subprocess

import pikepdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from ksdesk import paths
from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import public_pdf

TWELVE = "198112189876"  # made up, with a valid check digit
DRAWN = {
    "upphöjda": "⁸¹¹²¹⁸-⁹⁸⁷⁶",
    "i ringar": "⑧①①②①⑧-⑨⑧⑦⑥",
    "l för 1": "8ll2l8-9876",
}


def _bilaga(text: str, title: str = "Ansökan") -> bytes:
    """One page drawing `text` in DejaVu Sans (it has the raised and circled digits)."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(paths.fonts_dir() / "DejaVuSans.ttf")))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setTitle(title)
    page.setFont("DejaVuSans", 11)
    page.drawString(72, 790, "Ansökan om bostadsanpassning")
    page.drawString(72, 700, f"Sökande: {text} bor på Storgatan 1.")
    page.showPage()
    page.save()
    return out.getvalue()


def _drawn(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True).stdout.decode()


@pytest.mark.parametrize("way", DRAWN)
def test_the_last_reader_finds_it_and_the_public_copy_takes_it_out(way: str) -> None:
    data = _bilaga(DRAWN[way])
    assert {f.normalized for f in audit_pdf(data).findings} == {TWELVE}
    sha = hashlib.sha256(data).hexdigest()
    found = {
        h.normalized for s in public_pdf.sources(sha, data) for h in find_personnummer(s.text or "")
    }
    assert found == {TWELVE}
    published = public_pdf.public_content(sha, data, frozenset(found))
    assert audit_pdf(published).clean
    text = _drawn(published)
    # The hyphen goes with the digits: one marked gap (interchange.pdf_removal_marks).
    assert "Sökande: bor på Storgatan 1." in " ".join(text.split()), text


def test_the_metadata_is_read_and_masked() -> None:
    data = _bilaga("(se bilaga)", title=f"Ansökan {DRAWN['upphöjda']}")
    assert {f.normalized for f in audit_pdf(data).findings} == {TWELVE}
    sha = hashlib.sha256(data).hexdigest()
    published = public_pdf.public_content(sha, data, frozenset())
    assert audit_pdf(published).clean
    with pikepdf.open(io.BytesIO(published)) as pdf:
        assert "⁸¹¹" not in str(pdf.docinfo.get("/Title", ""))
