"""A private person's contact data in the fields of a meeting that the web editions carry in
places nobody reads (an HTML attribute, a page's title, a link, a file name, the calendar's
LOCATION and DESCRIPTION, the paper packet's bookmarks and metadata): decided "maskera", none of it
survives in any form (as written, HTML-escaped, URL-encoded, folded on a calendar line)."""

from __future__ import annotations

import html
from datetime import date
from urllib.parse import quote, unquote

from ksdesk.core.meeting import Bilaga
from ksdesk.core.withheld_words import WithheldWords
from ksdesk.db import meeting_repo
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import meeting_lookup, public_copy
from ksdesk.services.public_edition import html_readings
from tests.attack_contacts import EMAIL, MOBILE, PIECES, POSTORT, STREET, VALUES
from tests.pdf_helpers import outline_titles, text_pdf

DAY = date(2020, 12, 7)


def _planted(store):
    meeting = meeting_lookup.find_meeting(store, DAY)
    meeting.place = f"Hos Karin Berg, {STREET}, {POSTORT}"
    item = next(i for i in meeting.items if not i.is_section and not i.is_standard)
    item.title = f"Synpunkt från Karin Berg ({EMAIL})"
    letter = text_pdf(["Synpunkt på skolskjutsen."])
    item.bilagor.append(
        Bilaga(title=f"Brev, tel. {MOBILE}", nr="3", filename="b.pdf", content=letter)
    )
    meeting_repo.save(store, meeting)
    meeting = meeting_lookup.find_meeting(store, DAY)
    hits = [h for h in public_copy.scan_public(store, meeting.id) if h.kind == "kontakt"]
    assert {h.normalized for h in hits} >= VALUES  # and her name ("Hos Karin Berg")
    public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="Anna")
    return meeting


def _forms(piece: str) -> list[str]:
    """The piece as a file may carry it: written, escaped, URL-encoded (one and each)."""
    return [piece, html.escape(piece), quote(piece), quote(piece, safe=""), piece.replace(" ", "")]


def _leaks(text: str) -> list[str]:
    readings = [text, unquote(text), html.unescape(text), text.replace("\r\n ", "")]
    return [p for p in PIECES for r in readings for form in _forms(p) if form in r]


def test_nothing_masked_survives_in_the_web_editions(demo_store) -> None:
    from ksdesk.services.deadlines import meeting_calendar
    from ksdesk.services.web_edition import html_editions
    from ksdesk.services.web_packet import packet_web

    meeting = _planted(demo_store)
    for page in html_editions(demo_store, meeting.id):
        assert not _leaks(page.name + page.title + page.html), page.name
        assert not [p for r in html_readings(page.html) for p in _leaks(r)], page.name
    calendar = meeting_calendar(demo_store, meeting.id).decode("utf-8")
    assert not _leaks(calendar) and "[adress borttagen]" in calendar.replace("\r\n ", "")
    web = packet_web(demo_store, meeting.id, "ks-2020-12-07")
    withheld = WithheldWords(contacts=VALUES)
    for published in [web.pdf, *(f.data for f in web.files)]:
        assert audit_pdf(published, withheld=withheld).findings == []
    assert not [f.name for f in web.files if _leaks(f.name + f.title)]


def test_nothing_masked_survives_in_the_paper_packets_bookmarks_and_metadata(demo_store) -> None:
    from ksdesk.services.packet import PartCache, build_packet

    meeting = _planted(demo_store)
    paper = build_packet(demo_store, meeting.id, public=True, cache=PartCache()).pdf
    assert audit_pdf(paper, withheld=WithheldWords(contacts=VALUES)).findings == []
    titles = outline_titles(paper)
    assert any("[e-post borttagen]" in title for title in titles)
    assert not [title for title in titles if _leaks(title)]
