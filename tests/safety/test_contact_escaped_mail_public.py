"""A private person's e-mail address decided "maskera" does not pass the last check of a
public HTML page written otherwise: a link's "mailto:" URL-encoded (the "@" as "%40", a
letter as "%2E" or "%6B": what a browser follows is the plain address), an HTML entity, or
"(at)". Before, the attributes were read entity-decoded only, and the finder knew no "@"
but the plain one: `href="mailto:karin.berg%40hotmail.com"` passed once the plain address
was masked."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.core.withheld_words import WithheldWords
from ksdesk.services.public_edition import PublicEdition, html_readings
from ksdesk.services.public_gate import PublicOutputRefused
from tests.attack_contacts import EMAIL

RULES = PublicCopyRules(withheld_words=WithheldWords(contacts=frozenset({EMAIL})))
EDITION = PublicEdition(None, None, RULES)  # type: ignore[arg-type]


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><body>{body}</body></html>"


@pytest.mark.parametrize(
    "body",
    [
        '<a href="mailto:karin.berg%40hotmail.com">Skriv till förslagsställaren</a>',
        "<a href='mailto:karin%2Eberg%40hotmail%2Ecom'>Svar</a>",
        '<a href="mailto:%6Barin.berg@hotmail.com">Svar</a>',
        '<a href="mailto:karin.berg&#37;40hotmail.com">Svar</a>',
        '<img src="x.png" alt="karin.berg (at) hotmail.com">',
        "<p>Synpunkt från karin.berg&amp;#64;hotmail.com</p>",
        "<p>Synpunkt från karin.berg [at] hotmail.com</p>",
    ],
)
def test_a_masked_address_written_otherwise_refuses_the_page(body: str) -> None:
    with pytest.raises(PublicOutputRefused) as refused:
        EDITION.checked_html(_page(body), "Webbsidan")
    message = str(refused.value)
    assert message.startswith("Webbsidan skrivs inte: den slutliga kontrollen hittade")
    assert "karin" not in message.lower()


def test_a_page_without_it_passes() -> None:
    page = _page('<a href="mailto:registrator%40ludvika.se?subject=Synpunkt%20p%C3%A5">Skriv</a>')
    assert EDITION.checked_html(page, "Webbsidan") == page


def test_the_attributes_are_read_url_decoded_too() -> None:
    readings = html_readings(_page('<a href="mailto:k%2Eberg%40hotmail.com" title="a">x</a>'))
    assert any("mailto:k.berg@hotmail.com" in reading for reading in readings)


def test_a_citizens_escaped_address_is_a_hit_and_masked_in_the_web_edition(demo_store) -> None:
    """Scan, decide and publish: an item title quoting her address as her letter spelt it."""
    from ksdesk.db import meeting_repo
    from ksdesk.services import meeting_lookup, public_copy
    from ksdesk.services.web_edition import html_editions

    day = date(2020, 12, 7)
    meeting = meeting_lookup.find_meeting(demo_store, day)
    item = next(i for i in meeting.items if not i.is_section and not i.is_standard)
    item.title = "Synpunkt från karin.berg (at) hotmail.com och mailto:karin.berg%40hotmail.com"
    meeting_repo.save(demo_store, meeting)
    hits = [h for h in public_copy.scan_public(demo_store, meeting.id) if h.kind == "kontakt"]
    assert {h.normalized for h in hits} == {EMAIL}
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "maskera", by="Anna")
    pages = html_editions(demo_store, meeting.id)
    assert "[e-post borttagen]" in pages[0].html
    for page in pages:
        assert "karin" not in page.html.lower(), page.name
        assert "karin" not in "\n".join(html_readings(page.html)).lower(), page.name
