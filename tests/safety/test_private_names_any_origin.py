"""A delegationsbeslut's sökande whose given name is not in ksdesk's short list of Swedish
given names ("sökande Mohammed Al-Hassan", "klagande Dragana Jovanović"), written in
capitals ("sökande ANNA KARLSSON") or family name first ("sökande Karlsson, Anna"): no hit
asked about the name, and the public list of delegationsbeslut printed it, on paper and on
the web. Now after a word only a party is named with, a name is a name whatever its
letters (core.private_names), and the list prints "en enskild person" in its place."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.private_names import private_names
from ksdesk.interchange.given_names import GIVEN_NAMES
from ksdesk.services import meeting_lookup, public_copy
from tests.safety.public_surfaces import OUTPUTS
from tests.safety.reported_decision import report

DAY = date(2020, 12, 7)
PEOPLE = {
    "Mohammed Al-Hassan": ("Bygglov för tillbyggnad av enbostadshus, sökande", "al-hassan"),
    "Dragana Jovanović": ("Yttrande i mål 1234-20, klagande", "jovanović"),
    "ANNA KARLSSON": ("Bygglov för carport, sökande", "karlsson"),
    "Karlsson, Anna": ("Strandskyddsdispens för brygga, sökande:", "karlsson"),
}


def _flat(text: str) -> str:
    return " ".join(text.replace("\xad\n", "").split()).lower()


def _reporting(store, person: str) -> int:
    meeting = meeting_lookup.find_meeting(store, DAY)
    before, _surname = PEOPLE[person]
    report(store, meeting, dnr="KS 2020/801", delegat="Bygglovshandläggare",
           title=f"{before} {person}")  # fmt: skip
    hits = public_copy.scan_public(store, meeting.id)
    public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    return meeting.id


@pytest.mark.parametrize("person", list(PEOPLE))
def test_the_name_is_a_hit_and_printed_nowhere(demo_built, person: str) -> None:
    store, meeting_id = demo_built(_reporting, person)
    hits = public_copy.scan_public(store, meeting_id)
    assert any("enskild person vid namn" in h.shown for h in hits)
    for output in ("paket (papper)", "paket (webb) och bilagefiler"):
        printed = _flat(OUTPUTS[output](store, meeting_id))
        assert PEOPLE[person][1] not in printed, output
        assert "en enskild person" in printed


@pytest.mark.parametrize(
    "text",
    [
        "Bygglov, sökande Ludvika Hem AB",
        "Bygglov, sökande Region Dalarna",
        "Bygglov, sökande Trafikverket",
        "Yttrande, klagande som kommit in",
        "Medborgare i Stockholms stad",
    ],
)
def test_a_body_is_no_person(text: str) -> None:
    assert private_names(text, GIVEN_NAMES, []) == []


def test_a_property_after_the_name_is_not_the_name() -> None:
    found = private_names("sökande Lisa Andersson Näsby 4:404", GIVEN_NAMES, [])
    assert found == ["Lisa Andersson"]
    assert private_names("sökande Nguyen Van An", GIVEN_NAMES, []) == ["Nguyen Van An"]
