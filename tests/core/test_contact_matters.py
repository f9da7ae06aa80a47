"""In a bygglov, strandskydd or detaljplan ärende the property's address is the ärende's
public subject, not a private person's contact data (core.contact_owner.matter_subject);
a sökande's own address written as her contact data stays a hit."""

from __future__ import annotations

from ksdesk.core.contact_data import POSTORT, STREET, private_contacts


def _private(text: str) -> list[tuple[str, str]]:
    return [(c.kind, text[c.start : c.end]) for c in private_contacts(text)]


def test_the_property_of_a_plan_or_bygg_matter_is_no_hit():
    for text in (
        "Ansökan om bygglov för nybyggnad av enbostadshus på fastigheten Prästgården 1:23, "
        "Sjövägen 4",
        "Ansökan om bygglov för tillbyggnad av fritidshus, Sjövägen 4, 771 30 Ludvika",
        "Strandskyddsdispens för brygga vid Sjövägen 4.",
        "Förhandsbesked för nybyggnad av två enbostadshus\nSjövägen 4, 771 30 Ludvika\n",
        "Detaljplan för Esplanaden 5 i Ludvika, samrådshandling",
        "Prästgården 1:23 (Sjövägen 4) rivning av komplementbyggnad",
    ):
        assert _private(text) == [], text


def test_a_sokandes_home_address_written_as_contact_stays_a_hit():
    text = (
        "Ansökan om bygglov för nybyggnad av enbostadshus på fastigheten Prästgården 1:23\n"
        "Sökande: Lisa Berg, Sjövägen 4, 123 45 Ludvika\n"
    )
    assert [k for k, _ in _private(text) if k in (STREET, POSTORT)] == [STREET, POSTORT]
    mine = "Jag söker bygglov för ett garage och bor på Sjövägen 4, 771 30 Ludvika."
    assert [k for k, _ in _private(mine)] == [STREET, POSTORT]
    # Her address block under the heading of her ansökan is hers.
    block = "Ansökan om bygglov\nLisa Berg\nSjövägen 4\n771 30 Ludvika\n"
    assert [k for k, _ in _private(block)][-2:] == [STREET, POSTORT]


def test_a_time_is_no_fastighetsbeteckning():
    """ "kl 15:00" read as a fastighetsbeteckning ("Prästgården 1:23") made her address the
    subject of a matter."""
    text = "Lisa Berg, Storgatan 12, 771 30 Ludvika, ring efter kl 15:00 eller Fredag 10:00.\n"
    assert [k for k, _ in _private(text)] == ["namn", STREET, POSTORT]
