"""A private person's contact data (street, postnummer and ort, mobile, e-mail) that a PDF
bilaga carries only in a place no page shows (tests/attack_contacts.py): an outline, the
document info and XMP, a comment, a link's "mailto:", a form field, an attached file, text
drawn white, off the page or invisible, marked content's /ActualText, a layer's name, a
tagged figure's alt text. Whatever of it the public copy would publish, the scan reads
(nothing goes out unseen); "maskera" takes it out of every such place; the last check
refuses a file that still holds a masked piece there."""

from __future__ import annotations

import hashlib
import io
from datetime import date

import pikepdf
import pytest

from ksdesk.core.contact_data import private_contacts
from ksdesk.core.meeting import Bilaga
from ksdesk.core.withheld_words import WithheldWords
from ksdesk.db import meeting_repo
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import meeting_lookup, public_copy, public_pdf
from ksdesk.services.public_gate import PublicOutputRefused, checked
from tests.attack_contacts import PLACES, VALUES, figure_alt, layer_name

WITHHELD = WithheldWords(contacts=VALUES)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _seen(data: bytes) -> set[str]:
    """The contact values the scan reads in the bilaga, in any of its sources."""
    texts = [source.text or "" for source in public_pdf.sources(_sha(data), data)]
    return {c.value for text in texts for c in private_contacts(text)} & VALUES


@pytest.mark.parametrize("place", list(PLACES))
def test_what_would_be_published_is_seen_and_masked_goes(place: str) -> None:
    data = PLACES[place]()
    assert audit_pdf(data, withheld=WITHHELD).findings  # the attack carries it
    published = public_pdf.public_content(_sha(data), data, frozenset())
    if audit_pdf(published, withheld=WITHHELD).findings:
        assert _seen(data) == VALUES  # published only if the scan put it to the secretary
    masked = public_pdf.public_content(_sha(data), data, frozenset(), contacts=VALUES)
    assert audit_pdf(masked, withheld=WITHHELD).findings == []


def test_alt_text_is_read_with_the_pages_and_said_so() -> None:
    data = figure_alt()
    (text,) = [s.text for s in public_pdf.sources(_sha(data), data) if s.suffix == ":text"]
    pages, *hidden = text.split(public_pdf.NOT_SHOWN)
    assert "Synpunkt på skolskjutsen." in pages and "Kvarngatan" not in pages
    assert " Karta till Kvarngatan 7, 784 33 Borlänge\n" in hidden
    assert " karin.berg@hotmail.com\n" in hidden


def test_masked_alt_text_keeps_the_file_tagged_with_neutral_words() -> None:
    data = figure_alt()
    masked = public_pdf.public_content(_sha(data), data, frozenset(), contacts=VALUES)
    with pikepdf.open(io.BytesIO(masked)) as pdf:
        figure = pdf.Root.StructTreeRoot.K[0].K[0]
        assert str(figure.Alt) == "Karta till [adress borttagen], [postort borttagen]"
        assert str(figure.T) == "[telefon borttagen]"


def test_a_layer_name_masked_no_longer_leaves_the_bilaga_out() -> None:
    data = layer_name()
    masked = public_pdf.public_content(_sha(data), data, frozenset(), contacts=VALUES)
    assert audit_pdf(masked, withheld=WITHHELD).findings == []
    assert audit_pdf(masked).findings == []


def test_the_last_check_reads_the_alt_text() -> None:
    stripped = public_pdf.public_content(_sha(figure_alt()), figure_alt(), frozenset())
    with pytest.raises(PublicOutputRefused, match="en privatpersons kontaktuppgift"):
        checked(stripped, "Bilagan", withheld=WITHHELD)


DAY = date(2020, 12, 7)


def test_a_tagged_bilagas_alt_text_through_the_review_and_the_packets(demo_store) -> None:
    from ksdesk.services.packet import PartCache, build_packet
    from ksdesk.services.web_packet import packet_web

    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    item = next(i for i in meeting.items if not i.is_section and not i.is_standard)
    item.bilagor.append(Bilaga(title="Karta", nr="3", filename="karta.pdf", content=figure_alt()))
    meeting_repo.save(demo_store, meeting)
    hits = [h for h in public_copy.scan_public(demo_store, meeting.id) if h.kind == "kontakt"]
    assert {h.normalized for h in hits} == VALUES
    assert all("bilaga 3 Karta" in h.where for h in hits)
    assert all("[syns inte på sidan]" in h.context for h in hits)
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "maskera", by="Anna")
    public_copy.ensure_public_ok(demo_store, meeting.id)
    paper = build_packet(demo_store, meeting.id, public=True, cache=PartCache()).pdf
    assert audit_pdf(paper, withheld=WITHHELD).findings == []
    web = packet_web(demo_store, meeting.id, "ks-2020-12-07")
    for published in [web.pdf, *(f.data for f in web.files)]:
        assert audit_pdf(published, withheld=WITHHELD).findings == []
    assert [f.tagged for f in web.files if "Karta" in f.title] == [True]
