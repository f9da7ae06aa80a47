"""A text that names a secret bilaga or a secret ärende by its title is a hit of the review,
and decided "maskera" the title is replaced there by the words the bilaga list prints
("omfattas av sekretess (… OSL)"). Before, the bilaga list and the bookmarks hid the title
while the tjänsteskrivelse printed it beside them, in its list of Bilagor and in its text.

The texts are the real Ludvika packet's (seed/ludvika-ks-2020-12-07.txt: Ludvika kommun,
kommunstyrelsen 7 December 2020, ärende "Revidering av kommunstyrelsens delegationsordning":
the tjänsteskrivelse's Bilagor list, and § 216's Beskrivning av ärendet, which names bilaga 1
as "”Reviderad delegationsordning för kommunstyrelsen” daterad 12 oktober 2020"). A variant:
the Ludvika bilaga is public; here it is marked secret to try the path."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from unittest.mock import ANY

from ksdesk.core.meeting import Section
from ksdesk.core.secret_mentions import looked_for, mentions, replace_mentions
from ksdesk.services import kallelse, meeting_lookup, meetings, public_copy, web_packet
from ksdesk.services.packet import build_packet
from tests.pdf_helpers import pages_text, text_pdf
from tests.seed import seed_text

DAY = date(2020, 12, 7)
TITLE = "Reviderad delegationsordning för kommunstyrelsen"
OSL = "18 kap. 8 § OSL"
NEUTRAL = f"omfattas av sekretess ({OSL})"


def _seed_texts() -> tuple[str, str]:
    """§ 216's Beskrivning naming the bilaga, and the tjänsteskrivelse's list of Bilagor."""
    text = seed_text()
    beskrivning = next(
        line for line in text.splitlines() if "gulmarkerade i ”Reviderad delegationsordning" in line
    )
    listed = re.search(r"Bilagor\n\n(1\. Reviderad delegationsordning.*?)\n\nBeslut", text, re.S)
    return beskrivning, listed.group(1)


def _ludvika_meeting(store, *, secret: bool = True):
    """The demo meeting with the real texts of the ärende and its bilaga 1 marked secret."""
    meeting = meeting_lookup.find_meeting(store, DAY)
    item = next(i for i in meeting.items if i.title.startswith("Revidering av kommunstyrelsens"))
    beskrivning, listed = _seed_texts()
    item.tjansteskrivelse.sections[0] = Section("Beskrivning av ärendet", beskrivning)
    item.tjansteskrivelse.sections.append(Section("Bilagor", listed))
    item.bilagor[0] = replace(item.bilagor[0], secret=secret, secrecy_ref=OSL)
    meetings.save_meeting(store, meeting)
    return meeting_lookup.find_meeting(store, DAY)


def _decide(store, meeting_id: int, choose=lambda hit: "maskera") -> None:
    for hit in public_copy.scan_public(store, meeting_id):
        public_copy.decide(store, meeting_id, [hit.key], choose(hit), by="Test")


def _mentions(hits):
    return [h for h in hits if h.kind == "sekretess" and h.source.startswith("meeting:")]


def test_a_tjansteskrivelse_naming_a_secret_bilaga_is_a_hit(demo_store) -> None:
    meeting = _ludvika_meeting(demo_store)
    found = _mentions(public_copy.scan_public(demo_store, meeting.id))
    assert [(h.where, h.shown) for h in found] == [
        ("ärende 5, tjänsteskrivelsen, avsnitt", "nämner ärende 5, bilaga 1 (sekretess)")
    ] * 2  # the Beskrivning and the list of Bilagor
    assert any(TITLE in h.context for h in found)  # the secretary sees what is named


def test_masked_the_title_is_printed_nowhere_and_the_neutral_words_are(demo_store) -> None:
    meeting = _ludvika_meeting(demo_store)
    _decide(demo_store, meeting.id)
    packet = " ".join(pages_text(build_packet(demo_store, meeting.id, public=True).pdf))
    web = " ".join(pages_text(web_packet.packet_web(demo_store, meeting.id, "paket").pdf))
    for text in (packet, web):
        assert TITLE.lower() not in text.lower()
        assert f"gulmarkerade i ”{NEUTRAL}” daterad 12 oktober 2020" in text
        assert f"1. O{NEUTRAL[1:]}. 2. Förteckning med revideringar" in text


def test_the_secretary_may_keep_a_mention(demo_store) -> None:
    meeting = _ludvika_meeting(demo_store)
    # The mentions, in the texts of the meeting, kept; the bilaga itself masked.
    _decide(demo_store, meeting.id, lambda h: "behåll" if _mentions([h]) else "maskera")
    packet = " ".join(pages_text(build_packet(demo_store, meeting.id, public=True).pdf))
    assert f"gulmarkerade i ”{TITLE}”" in packet


def test_a_secret_bilaga_published_on_purpose_is_no_mention(demo_store) -> None:
    meeting = _ludvika_meeting(demo_store)
    (own,) = [h for h in public_copy.scan_public(demo_store, meeting.id) if h.bilaga_id]
    public_copy.decide(demo_store, meeting.id, [own.key], "behåll", by="Test")
    assert public_copy.scan_public(demo_store, meeting.id) == [own.decided(ANY)]


def test_the_title_of_a_secret_item_named_by_another_item(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    secret = next(i for i in meeting.items if i.title == "Stockholm Business Alliance")
    secret.secret, secret.secrecy_ref = True, "31 kap. 16 § OSL"
    other = next(i for i in meeting.items if i.title.startswith("Revidering av"))
    other.proposal += " Ärendet hänger samman med Stockholm business alliance."
    meetings.save_meeting(demo_store, meeting)
    (hit,) = _mentions(public_copy.scan_public(demo_store, meeting.id))
    assert hit.where == "ärende 5, förslag till beslut"
    _decide(demo_store, meeting.id)
    pdf = kallelse.kallelse_pdf(demo_store, meeting.id, public=True, with_proposals=True)
    printed = " ".join(pages_text(pdf))
    assert "business alliance" not in printed.lower()
    assert "samman med ärende som omfattas av sekretess (31 kap. 16 § OSL)." in printed


def test_titles_are_found_as_people_write_them() -> None:
    forms = looked_for(f"{TITLE} daterat den 26 november 2020.")
    assert forms == (f"{TITLE} daterat den 26 november 2020", TITLE)
    assert mentions("i ”reviderad delegationsordning för\nkommunstyrelsen”", forms) == [(3, 51)]
    assert mentions("Reviderad delegationsordning för kommunstyrelsens", forms) == []
    assert looked_for("Yttrande") == ()  # one word: it stands in running text everywhere
    replaced = replace_mentions(f"1. {forms[0]}.\n2. Se {TITLE}", {f: "Xy" for f in forms})
    assert replaced == "1. Xy.\n2. Se xy"


def _tjansteskrivelse_pdf(pages: list[str]) -> bytes:
    """The tjänsteskrivelse as its author attached it: a PDF, one text per page."""
    return text_pdf(pages)


def test_a_page_of_a_stored_pdf_naming_a_secret_bilaga_is_left_out(demo_store) -> None:
    """The real Bilagor list on page 2 of a tjänsteskrivelse attached as PDF: the page is a
    hit of its own; "maskera" leaves it out with a page saying why, page 1 is published."""
    meeting = _ludvika_meeting(demo_store)
    item = next(i for i in meeting.items if i.title.startswith("Revidering av kommunstyrelsens"))
    _beskrivning, listed = _seed_texts()
    data = _tjansteskrivelse_pdf(["Tjänsteskrivelse\nRevidering av delegationsordningen", listed])
    attached = meetings.pdf_bilaga(data, "tjansteskrivelse.pdf", "Tjänsteskrivelse")
    attached.nr = "4"
    item.bilagor.append(attached)
    meetings.save_meeting(demo_store, meeting)
    found = [h for h in public_copy.scan_public(demo_store, meeting.id) if h.source.endswith(":2")]
    assert [(h.kind, h.where, h.shown) for h in found] == [
        (
            "sekretess",
            "ärende 5, bilaga 4 Tjänsteskrivelse, sida 2",
            "nämner ärende 5, bilaga 1 (sekretess)",
        )
    ]
    _decide(demo_store, meeting.id)
    packet = " ".join(pages_text(build_packet(demo_store, meeting.id, public=True).pdf))
    assert TITLE.lower() not in packet.lower()
    assert "Revidering av delegationsordningen" in packet  # page 1 is published
    assert "Sidan 2 ingår inte i den offentliga versionen: den nämner en handling som " in packet
