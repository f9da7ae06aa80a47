"""A delegationsbeslut that names a private person with no word for the party or preposition
before the name, but with what only a party does after it ("Lisa Andersson ansöker om
bygglov", "Lisa Andersson har ansökt", "Lisa Anderssons ansökan"), is a hit of the review
and the public list prints "en enskild person" in the name's place. Before, only "sökande
Lisa Andersson" or "för Lisa Andersson" was found: the public packet printed her name and
no hit asked about it. An official the file knows, acting so, stays printed;
bench/citizen_name_false_alarms.py measures the seed, the corpus and real decisions."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.private_names import private_names
from ksdesk.interchange.given_names import GIVEN_NAMES
from ksdesk.services import meeting_lookup, public_copy
from tests.safety.public_surfaces import OUTPUTS
from tests.safety.reported_decision import report

DAY = date(2020, 12, 7)
OFFICIAL = "Sören Finnström"  # the demo decision's handläggare and beslutsfattare
TITLES = {
    "ansöker": "Lisa Andersson ansöker om bygglov för tillbyggnad av enbostadshus",
    "har ansökt": "Bygglov. Lisa Andersson har ansökt om tillbyggnad av enbostadshus",
    "genitiv": "Lisa Anderssons ansökan om bygglov för tillbyggnad av enbostadshus",
}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Lisa Andersson ansöker om bygglov", ["Lisa Andersson"]),
        ("Bostadsanpassning. Per-Olof Berg-Nilsson beviljas bidrag", ["Per-Olof Berg-Nilsson"]),
        ("Anna Lisa Andersson har överklagat beslutet", ["Anna Lisa Andersson"]),
        ("Lisa Bergs begäran om utdrag", ["Lisa Berg"]),
        (f"{OFFICIAL} har begärt komplettering", []),  # an official the file knows
        ("Leif Pettersson yrkar bifall", []),  # what a ledamot does
        ("Eva Berg (C) har inkommit med en motion", []),
        ("Kommunstyrelsen ansöker om medel", []),  # no given name
    ],
)
def test_a_name_before_what_a_party_does(text: str, named: list[str]) -> None:
    assert private_names(text, GIVEN_NAMES, [OFFICIAL]) == named


def _reporting(store, title: str) -> int:
    meeting = meeting_lookup.find_meeting(store, DAY)
    report(
        store,
        meeting,
        dnr="KS 2020/801",
        delegat="Bygglovshandläggare",
        title=f"{title}; {OFFICIAL} har begärt komplettering",
        beskrivning=f"Handläggare {OFFICIAL}.",
    )
    hits = public_copy.scan_public(store, meeting.id)
    public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    return meeting.id


def _flat(text: str) -> str:
    return " ".join(text.replace("\xad\n", "").split()).lower()


@pytest.mark.parametrize("form", list(TITLES))
def test_the_review_asks_and_the_packet_masks(demo_built, form: str) -> None:
    store, meeting_id = demo_built(_reporting, TITLES[form])
    found = [
        h
        for h in public_copy.scan_public(store, meeting_id)
        if h.kind == "namn" and "enskild person vid namn" in h.shown
    ]
    assert len(found) == 1 and "Lisa Andersson" in found[0].context
    printed = _flat(OUTPUTS["paket (papper)"](store, meeting_id))
    assert "andersson" not in printed
    assert "en enskild person" in printed
    assert f"{OFFICIAL.lower()} har begärt komplettering" in printed
