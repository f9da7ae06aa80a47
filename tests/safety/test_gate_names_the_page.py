"""When the last check refuses a public packet nothing is saved, so "sida 9" alone led
nowhere: the refusal now quotes the running header of that page ("Ärende 6 · Dnr … ·
Bilaga 1"), as ksdesk prints it on its own pages and labels every page of a merged bilaga,
and says in Swedish where to mask the number. A number the review missed is simulated by
masking that does nothing (the gate is the last line)."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from reportlab.pdfgen import canvas

from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.interchange.pdf_page_heading import page_headings
from ksdesk.services import meeting_lookup, meetings, public_copy
from ksdesk.services.packet import build_packet
from ksdesk.services.public_gate import PublicOutputRefused, checked
from tests.pdf_helpers import make_pdf, pages_text
from tests.safety.planted_numbers import number

NUMBER = number(31)
WRITTEN = f"{NUMBER[:6]}-{NUMBER[6:]}"


def _page(lines: list[str]) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    for index, line in enumerate(lines):
        page.drawString(72, 800 - 20 * index, line)
    page.showPage()
    page.save()
    return out.getvalue()


def test_the_heading_is_the_top_lines_words_of_where() -> None:
    header = "Ludvika kommun · Kommunstyrelsen · 2020-12-07   Ärende 4 · Dnr 2020/437 · Bilaga 1"
    data = _page([header, "Volym", f"Ärende 9 nämns i texten {WRITTEN}"])
    assert page_headings(data, {1}) == {1: "Ärende 4 · Dnr 2020/437 · Bilaga 1"}
    assert page_headings(_page(["Karta", "Skala 1:2000", "Norr", "Ärende 9 · Dnr 1"]), {1}) == {}
    assert page_headings(_page(["Bilaga till ärendet 4 · ansökan"]), {1}) == {}
    assert page_headings(b"not a pdf", {1}) == {}


def test_a_refusal_quotes_the_header_and_says_where_to_mask() -> None:
    data = _page(["Kommunstyrelsen   Ärende 4 · Dnr 2020/437 · Bilaga 2", f"Sökande {WRITTEN}"])
    with pytest.raises(PublicOutputRefused) as refused:
        checked(data, "Det offentliga paketet", PublicCopyRules())
    message = str(refused.value)
    assert "i sida 1 (text), där sidhuvudet säger ”Ärende 4 · Dnr 2020/437 · Bilaga 2”" in message
    assert "Arkiv → Granska offentlig kopia" in message and NUMBER[6:] not in message


def test_a_refused_packet_names_the_arende_and_bilaga(demo_store, monkeypatch) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    item = next(i for i in meeting.items if i.title == "Stockholm Business Alliance")
    contact = meetings.pdf_bilaga(make_pdf(2, f"Kontakt {WRITTEN}"), "k.pdf", "Kontaktlista")
    contact.nr = "2"
    item.bilagor.append(contact)
    meetings.save_meeting(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "behåll", by="Test")
    # The review kept it; a miss is simulated by the rules forgetting the number was kept.
    monkeypatch.setattr(PublicCopyRules, "mask", lambda self, source, text: text)
    monkeypatch.setattr("ksdesk.services.public_gate.kept_numbers", lambda rules: frozenset())
    forgotten = lambda *args: lambda page: frozenset()  # noqa: E731  (what each page kept)
    monkeypatch.setattr("ksdesk.services.packet.kept_on_pages", forgotten)
    with pytest.raises(PublicOutputRefused) as refused:
        build_packet(demo_store, meeting.id, public=True)
    # The page moves with the packet's layout; the ärende and bilaga its header names do not.
    said = str(refused.value)
    assert re.search(
        r"i sida \d+ \(text\), där sidhuvudet säger ”Ärende 6 · Dnr 2020/439 · Bilaga 2”", said
    )


def test_a_bilaga_file_may_carry_only_the_numbers_kept_in_that_bilaga(demo_store, monkeypatch):
    """A number consciously kept in one place (the förslag names a company by the
    organisationsnummer of an enskild firma, which is its owner's personnummer) does not
    let the same number through in a bilaga file where it was decided "maskera": the last
    check of a bilaga's own file counts only what was kept in that bilaga. Before, any
    number kept anywhere in the meeting passed there."""
    from ksdesk.interchange import pdf_public
    from ksdesk.services import public_pdf, web_packet

    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    item = next(i for i in meeting.items if i.title == "Stockholm Business Alliance")
    item.proposal += f" Avtal med Ek Konsult, org.nr {WRITTEN}."
    sent = meetings.pdf_bilaga(make_pdf(1, f"Sökande {WRITTEN}"), "a.pdf", "Ansökan")
    sent.nr = "2"
    item.bilagor.append(sent)
    meetings.save_meeting(demo_store, meeting)
    for hit in public_copy.scan_public(demo_store, meeting.id):
        kept = "behåll" if hit.bilaga_id is None else "maskera"
        public_copy.decide(demo_store, meeting.id, [hit.key], kept, by="Test")
    # A miss of the masking in the bilaga: its file is published stripped but not masked.
    monkeypatch.setattr(
        public_pdf, "public_bilaga", lambda bilaga, rules: pdf_public.strip(bilaga.content)
    )
    packet = web_packet.packet_web(demo_store, meeting.id, "paket")
    assert packet.files == []
    (problem,) = [p for p in packet.problems if "Ansökan" in p]
    assert "den slutliga kontrollen hittade personnummer" in problem
    paper = build_packet(demo_store, meeting.id, public=True)
    assert NUMBER[6:] not in " ".join(pages_text(paper.pdf))
    assert any("Ansökan" in p and "slutliga kontrollen" in p for p in paper.problems)
