"""A private person's e-mail address with its dots spelt out (core.contact_mail: "(at)" and
"(dot)", "[punkt]", "snabel-a … punkt", "%2E") is a hit of the review, is masked in the
public edition and, decided "maskera", stops any public page that still prints it. Before,
the review did not find it, and the last check read past it."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.core.withheld_words import WithheldWords
from ksdesk.services.public_edition import PublicEdition
from ksdesk.services.public_gate import PublicOutputRefused
from tests.attack_contacts import EMAIL

RULES = PublicCopyRules(withheld_words=WithheldWords(contacts=frozenset({EMAIL})))
EDITION = PublicEdition(None, None, RULES)  # type: ignore[arg-type]
SPELT = [
    "karin.berg(at)hotmail(dot)com",
    "karin.berg [at] hotmail [punkt] com",
    "karin.berg snabel-a hotmail punkt com",
    "karin.berg@hotmail%2Ecom",
]


@pytest.mark.parametrize("written", SPELT)
def test_a_page_printing_a_masked_address_spelt_out_is_refused(written: str) -> None:
    page = f"<!DOCTYPE html><html><body><p>Synpunkt från {written}</p></body></html>"
    with pytest.raises(PublicOutputRefused) as refused:
        EDITION.checked_html(page, "Webbsidan")
    assert "karin" not in str(refused.value).lower()


def test_a_citizens_spelt_address_is_a_hit_and_masked_in_the_web_edition(demo_store) -> None:
    from ksdesk.db import meeting_repo
    from ksdesk.services import meeting_lookup, public_copy
    from ksdesk.services.web_edition import html_editions

    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    item = next(i for i in meeting.items if not i.is_section and not i.is_standard)
    item.proposal = "Svar skickas till förslagsställaren, " + " eller ".join(SPELT) + "."
    meeting_repo.save(demo_store, meeting)
    hits = [h for h in public_copy.scan_public(demo_store, meeting.id) if h.kind == "kontakt"]
    assert {h.normalized for h in hits} == {EMAIL}
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "maskera", by="Anna")
    for page in html_editions(demo_store, meeting.id):
        assert "karin" not in page.html.lower(), page.name
        assert "punkt com" not in page.html, page.name
