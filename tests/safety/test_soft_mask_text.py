"""A PDF bilaga that draws a personnummer inside a soft mask: a graphics state whose /SMask
group draws the number in white on black, and a black rectangle painted through it over the
page. Every viewer shows the number, and pdftotext copies it; the review's reader, the
outlines' and pictures' readers and the last check read no soft mask, so the number was
published in the public packet with no hit in the review. Now the group is read where the
page paints it: the review finds the number, "maskera" leaves the bilaga out (the number
cannot be taken out of a mask), and the last check finds it in any file that still has it."""

from __future__ import annotations

import hashlib
import io
import subprocess
from dataclasses import replace
from datetime import date

import pikepdf
import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange.ocr import images_of
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import meeting_lookup, meetings, public_copy, public_pdf
from ksdesk.services.packet import build_packet
from tests.attack_pdfs import _page, _with, dashed, personnummer
from tests.pdf_helpers import pages_text

NUMBERS = personnummer(900)


def soft_mask_text(number: str, picture: bool = False) -> bytes:
    """The number drawn in white (hex-coded: no digit in the file's bytes) in a soft mask's
    group on black; black painted through the mask shows it. `picture`: the group draws a
    picture as well."""

    def change(pdf: pikepdf.Pdf) -> None:
        resources = pdf.pages[0].obj.Resources
        shown = dashed(number).encode().hex().encode()
        inner = pikepdf.Dictionary({"/Font": resources.Font})
        draws = b"0 g 0 0 600 800 re f 1 g BT /F1 24 Tf 72 600 Td <" + shown + b"> Tj ET"
        if picture:
            image = pdf.make_stream(
                bytes(range(256)) * 64,
                Type=pikepdf.Name.XObject,
                Subtype=pikepdf.Name.Image,
                Width=128,
                Height=128,
                ColorSpace=pikepdf.Name.DeviceGray,
                BitsPerComponent=8,
            )
            inner.XObject = pikepdf.Dictionary({"/Im1": image})
            draws += b" q 128 0 0 128 72 300 cm /Im1 Do Q"
        group = pdf.make_stream(
            draws,
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, 0, 600, 800],
            Group=pikepdf.Dictionary(
                {"/S": pikepdf.Name.Transparency, "/CS": pikepdf.Name.DeviceGray}
            ),
            Resources=inner,
        )
        mask = pikepdf.Dictionary({"/Type": pikepdf.Name.Mask, "/S": pikepdf.Name.Luminosity})
        mask.G = group
        state = pikepdf.Dictionary({"/Type": pikepdf.Name.ExtGState, "/SMask": mask})
        resources.ExtGState = pikepdf.Dictionary({"/GS9": state})
        drawn = pdf.make_stream(b"q /GS9 gs 0 g 0 0 600 800 re f Q")
        pdf.pages[0].contents_add(drawn, prepend=False)

    return _with(_page(lambda page: page.drawString(72, 700, "Ansökan")), change)


def test_a_viewer_shows_it() -> None:
    number = next(NUMBERS)
    # poppler copies the text of a soft mask, as a viewer's "copy" does
    drawn = subprocess.run(
        ["pdftotext", "-", "-"], input=soft_mask_text(number), capture_output=True, check=True
    )
    assert dashed(number) in drawn.stdout.decode()


def test_the_review_and_the_last_check_read_it() -> None:
    number = next(NUMBERS)
    data = soft_mask_text(number)
    sha = hashlib.sha256(data).hexdigest()
    found = {
        h.normalized for s in public_pdf.sources(sha, data) for h in find_personnummer(s.text or "")
    }
    assert found == {"19" + number}
    assert {f.normalized for f in audit_pdf(data).findings} == {"19" + number}
    with pytest.raises(InvalidInput, match="en mask"):
        public_pdf.public_content(sha, data, frozenset(found))


def test_a_picture_in_a_soft_mask_is_read_by_ocr() -> None:
    with pikepdf.open(io.BytesIO(soft_mask_text(next(NUMBERS), picture=True))) as pdf:
        assert list(images_of(pdf.pages[0])) == ["/GS9/SMask/Im1"]


def test_the_public_packet_leaves_the_bilaga_out(demo_store) -> None:
    number = next(NUMBERS)
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    bilaga = meetings.pdf_bilaga(soft_mask_text(number), "ansokan.pdf", "Ansökan")
    meeting.items[2].bilagor.append(replace(bilaga, nr="9"))
    meetings.save_meeting(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    assert any(h.normalized == "19" + number for h in hits)
    keys = [h.key for h in hits if not h.resolved]
    public_copy.decide(demo_store, meeting.id, keys, "maskera", by="Anna")
    packet = build_packet(demo_store, meeting.id, public=True)
    text = " ".join(pages_text(packet.pdf))
    assert number[:6] not in text and number[6:] not in text
    assert any("Ansökan" in problem for problem in packet.problems)
