"""The last check refuses a public PDF with a place it could not read, not only one with a
number it found: a page of text drawn as outlines that Tesseract could not read (or is
missing for) may hold a personnummer nobody has seen. The one rule of the review holds here
too: a page nobody could read is published only when the secretary decided so ("behåll" on
the scan's hit for the page); it is then marked in the public copy, and the mark survives
the packet's merging and renumbering. A stored file cannot bring the mark itself."""

from __future__ import annotations

import io
import re

import pikepdf
import pytest

from ksdesk.interchange import ocr, outline_ocr, pdf_public
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.interchange.pdf_kept_unread import KEPT_UNREAD, kept_unread, mark_kept_unread
from ksdesk.reports import packet as packet_report
from ksdesk.services import public_copy, public_edition, public_gate, public_pdf
from ksdesk.services.packet import PartCache, build_packet
from tests import attack_outlines, attack_pdfs
from tests.safety.test_pdf_outlines import attach_and_scan

NUMBERS = attack_pdfs.personnummer(1900)
needs_tesseract = pytest.mark.skipif(
    ocr.shutil.which("tesseract") is None, reason="tesseract-ocr is installed by system-deps"
)
# What a library says in English ("PdfError", "unable to find trailer", "Traceback") is
# never shown: the words below appear in none of the Swedish messages.
_ENGLISH = re.compile(r"\b(?:error|unable|file|object|stream|not|found|traceback)\b", re.I)


@pytest.fixture
def no_tesseract(monkeypatch):
    monkeypatch.setattr(outline_ocr.shutil, "which", lambda name: None)
    public_pdf.clear_caches()
    yield
    public_pdf.clear_caches()


def _plain() -> bytes:
    """A page of ordinary text, no outlines."""
    return attack_pdfs._page(lambda page: page.drawString(72, 740, attack_outlines.SHOWN))


def _two_pages(first: bytes, second: bytes) -> bytes:
    with pikepdf.open(io.BytesIO(first)) as pdf, pikepdf.open(io.BytesIO(second)) as more:
        pdf.pages.extend(more.pages)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_a_page_nobody_could_read_stops_publication_naming_it(no_tesseract) -> None:
    data = _two_pages(_plain(), attack_outlines.outlined_line(next(NUMBERS)))
    with pytest.raises(public_gate.PublicOutputRefused) as refused:
        public_gate.checked(data, "Bilagan ”Ansökan”")
    message = str(refused.value)
    assert message.startswith("Bilagan ”Ansökan” skrivs inte: den slutliga kontrollen kunde")
    assert "kunde inte läsa sidan 2 och kan därför inte säga" in message
    assert f"personnummer. Sida 2: {outline_ocr.MISSING}. Inget har sparats." in message
    assert "behåll" in message and "sidan 1" not in message
    assert refused.value.places == [f"sida 2: {outline_ocr.MISSING}"]


def test_a_page_decided_to_be_published_unread_passes(no_tesseract) -> None:
    data = attack_outlines.outlined_line(next(NUMBERS))
    marked = mark_kept_unread(data, {1})
    assert public_gate.checked(marked, "Bilagan") == marked
    with pytest.raises(public_gate.PublicOutputRefused):  # another page is not let through
        public_gate.checked(_two_pages(marked, data), "Bilagan")


def test_a_stored_file_cannot_bring_the_mark_itself(no_tesseract) -> None:
    forged = mark_kept_unread(attack_outlines.outlined_line(next(NUMBERS)), {1})
    stripped = pdf_public.strip(forged)
    with pikepdf.open(io.BytesIO(stripped)) as pdf:
        assert KEPT_UNREAD not in pdf.pages[0].obj and not kept_unread(pdf.pages[0])
    with pytest.raises(public_gate.PublicOutputRefused):
        public_gate.checked(stripped, "Bilagan")


def test_a_file_that_cannot_be_opened_is_said_in_swedish(caplog) -> None:
    audit = audit_pdf(b"%PDF-1.7\nthis is no pdf at all")
    assert audit.unreadable == ["filen kan inte läsas som PDF (den är skadad eller låst)"]
    assert audit.unread[0].page is None and not _ENGLISH.search(audit.unreadable[0])
    assert any("PdfError" in r.getMessage() for r in caplog.records)  # the log keeps it
    with pytest.raises(public_gate.PublicOutputRefused) as refused:
        public_gate.checked(b"%PDF-1.7\nthis is no pdf at all", "Protokollet")
    assert str(refused.value).startswith(
        "Protokollet skrivs inte: den slutliga kontrollen kunde inte läsa filen och kan därför "
        "inte säga att där inte står något personnummer. Filen kan inte läsas som PDF (den är "
        "skadad eller låst). Inget har sparats."
    )
    assert not _ENGLISH.search(str(refused.value))


def test_a_part_the_library_gives_up_on_is_unread_in_swedish(caplog) -> None:
    """A page whose content stream cannot be decoded (a filter it does not have): the rest
    of the file is still read, and the place is said in Swedish, never the library's text."""
    data = _plain()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        page.obj.Contents = pdf.make_stream(b"garbage", Filter=pikepdf.Name("/NoSuchFilter"))
        out = io.BytesIO()
        pdf.save(out)
    audit = audit_pdf(out.getvalue())
    assert audit.unreadable and all(not _ENGLISH.search(u) for u in audit.unreadable)
    with pytest.raises(public_gate.PublicOutputRefused):
        public_gate.checked(out.getvalue(), "Bilagan")


def test_behall_on_the_review_publishes_the_page_in_the_packet(demo_store, no_tesseract) -> None:
    meeting, hits = attach_and_scan(demo_store, attack_outlines.outlined_line(next(NUMBERS)))
    (hit,) = hits
    assert hit.kind == "oläslig"
    public_copy.decide(demo_store, meeting.id, [hit.key], "behåll", by="Anna")
    packet = build_packet(demo_store, meeting.id, public=True, cache=PartCache()).pdf
    audit = audit_pdf(packet)
    (unread,) = audit.unread  # the page, numbered as the packet numbers it
    assert unread.page in audit.kept_unread and audit.unread_not_kept() == []
    edition = public_edition.public_edition(demo_store, meeting.id)  # the web's bilaga too
    shown = next(b for b in edition.meeting.items[2].bilagor if b.nr == "9")
    assert audit_pdf(edition.bilaga_pdf(shown)).kept_unread == {1}


@needs_tesseract
def test_a_page_the_last_check_cannot_read_stops_the_packet(demo_store, monkeypatch) -> None:
    """The review read the page (Tesseract was there); the last check cannot (it is gone by
    the time the packet is put together): nobody decided anything about an unread page, so
    the packet is not made. The last check never takes the review's word for a page."""
    public_pdf.clear_caches()
    line = attack_outlines._with_content(
        attack_outlines.outline_ops("Ansökan om bygglov", 72, 690, 11)
    )
    meeting, hits = attach_and_scan(demo_store, line)
    assert hits == []  # read, and no number in it
    assemble = packet_report.assemble

    def tesseract_gone(*args, **kwargs):
        monkeypatch.setattr(outline_ocr.shutil, "which", lambda name: None)
        outline_ocr.clear_cache()
        return assemble(*args, **kwargs)

    monkeypatch.setattr(packet_report, "assemble", tesseract_gone)
    with pytest.raises(public_gate.PublicOutputRefused) as refused:
        build_packet(demo_store, meeting.id, public=True, cache=PartCache())
    message = str(refused.value)
    assert re.search(r"kunde inte läsa sidan (\d+) .* Sida \1: texten är ritad som kurvor", message)
    # The packet is not saved: the page is named by what its label says too.
    labelled = r"kunde inte läsa sidan \d+ \(”Ärende \d+ · Dnr [^”]+ · Bilaga \d+”\)"
    assert re.search(labelled, message)
    public_pdf.clear_caches()
