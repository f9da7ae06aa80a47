"""The public check's scanners on forty real published documents of Kungsbacka kommun
(tests/core/real_kungsbacka_public_texts.py: kallelser, protokoll and handlingar of eight
organs). None is a citizen's letter and the pool they come from masked personnummer, mobile
numbers, e-mail and street addresses, so whatever a scanner still calls a private person's
here is a false alarm. Before, there were twelve: an elected member named with the party in
brackets after the name taken for a decision's private party ("motion från Maria Losman\n(MP)",
"tjänstgör för\nMarianne Pleijel (M)", "bifall till Britt Tönnbergs (S) yrkande"), a
decision's recipients a line each taken for a sökande's name ("Sökanden\nEkonomiavdelningen
Kommunledningskontoret"), the kommun's info@ address in a policy's head taken for a private
sender's since "Gäller från: 2023-04-04" stood two lines above it, and a sports club where the
nämnd met taken for a person at her home address ("Särö Kullavik IF, Idrottsgången 2")."""

from __future__ import annotations

import pytest

from ksdesk.core.contact_data import private_contacts
from ksdesk.core.contact_parties import party_names
from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.private_names import private_names
from ksdesk.interchange.given_names import GIVEN_NAMES
from tests.core.real_kungsbacka_public_texts import KUNGSBACKA_PUBLIC_TEXTS

TEXTS = KUNGSBACKA_PUBLIC_TEXTS
IDS = [name for name, _text in TEXTS]


def test_forty_documents_of_eight_organs() -> None:
    documents = {name.split(",")[0] for name, _text in TEXTS}
    assert len(documents) >= 40
    assert {d.split("/")[0] for d in documents} >= {"ks", "ks-au", "bygg", "bygg-au", "ifo"}


@pytest.mark.parametrize(("name", "text"), TEXTS, ids=IDS)
def test_no_scanner_calls_anything_a_private_persons(name: str, text: str) -> None:
    assert find_personnummer(text) == []
    assert [text[c.start : c.end] for c in private_contacts(text)] == []
    assert private_names(text, GIVEN_NAMES, []) == []
    # A matter's private party (core.contact_parties): in the text, and each line read as a
    # recipient of a decision ("Sökande (delges)" is how Kungsbacka writes one).
    assert party_names(text) == []
    assert [line for line in text.split("\n") if party_names(line, True)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Initiativärende från Per Hoel<br>(SD) m.fl. - Delegationsordning lex Sarah",
        "Kommunfullmäktige 2023-04-04 § 51 - Anmälan av motion från Maria Losman\n(MP) om",
        "Per Nordström (MP) yrkar bifall till Britt Tönnbergs (S) yrkande.",
        "Svar på motion från Roger Larsson (KB) om att inrätta ett pensionärsråd",
        "Motion (2008:25) av Yvonne Ruwaida (mp) anses besvarad",
        "Motion av Anna Andersson m.fl. (M) om att regionens upphandlingar",
        "Ny motion från Lars Berg, V, om microstöd till småföretag",
        "Reservation\nFredrik Kollberg (KD reserverar sig mot arbetsutskottets beslut",
        "Tommy Rydfeldt (L), Ordförande Hampus Jägnert (SD) tjänstgör för\nMarianne Pleijel (M)",
        "M Kerstin Weimman-Lindén tjänstgör för Tomas Johansson M Elise Benjaminsson",
        "Roland Gustbee (M), Växjö kommun (för Gunnar Lidell)\nLena Reyier (C)",
        "Beslutet skickas till\n\nSökanden\nEkonomiavdelningen Kommunledningskontoret",
    ],
)
def test_an_elected_member_or_a_body_is_no_private_party(text: str) -> None:
    assert private_names(text, GIVEN_NAMES, []) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bygglov för tillbyggnad av enbostadshus för Lisa Andersson", "Lisa Andersson"),
        ("Beslutet skickas till sökande Lisa Andersson (delges)", "Lisa Andersson"),
        ("Beslutet skickas till\nSökanden\nLisa Andersson\nLänsstyrelsen", "Lisa Andersson"),
        ("Yttrande över överklagande från Lisa Andersson (klagande)", "Lisa Andersson"),
        ("Ansökan från Lisa Andersson om bostadsanpassningsbidrag", "Lisa Andersson"),
    ],
)
def test_a_private_party_is_still_named(text: str, name: str) -> None:
    assert private_names(text, GIVEN_NAMES, []) == [name]


def test_a_policys_date_field_is_no_sender_field() -> None:
    """The kommun's address under "Gäller från: <date>" is the kommun's; under a sender's
    "Från:" an address at a domain of her own is still hers."""
    head = (
        "Beslutad av:    Kommunfullmäktige 4 april 2023 § 46, KS 2022-00291\n"
        "Gäller från:    2023-04-04\n\n"
        "Ansvarig förvaltning: Kommunstyrelsens förvaltning\n"
        "Kontakt:        Kungsbacka direkt 0300-83 40 00 | info@kungsbacka.se\n"
    )
    assert private_contacts(head) == []
    mail = "Från: Lisa Andersson\nTill: registrator@ludvika.se\nlisa@andersson.nu\n"
    assert [c.value for c in private_contacts(mail)] == ["lisa@andersson.nu"]


def test_a_sports_clubs_premises_are_no_home_address() -> None:
    place = (
        "Sammanträde Onsdagen den 17 september 2025 kl. 17:00\n\nSärö Kullavik IF, Idrottsgången 2"
    )
    assert private_contacts(place) == []
    home = "Med vänlig hälsning\nLisa Berg, Idrottsgången 2\n434 96 Kungsbacka\n"
    assert {c.kind for c in private_contacts(home)} >= {"adress", "postort"}
