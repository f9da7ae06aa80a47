"""A delegationsbeslut that names a private person ("Bygglov för tillbyggnad av
enbostadshus, sökande Lisa Andersson") is a hit of the review in the bilaga that prints it,
and the public list of delegationsbeslut prints "en enskild person" in the name's place
unless the secretary kept it; the list's last check reads for the name. Before, only a
decision under the laws of individärenden (SoL, LSS …) or a citizen of the register of
medborgarförslag was found: a bygglov's sökande was printed in the public packet, on paper
and on the web, and no hit asked about it.

The decision's wording follows a real list's (Stockholm idrottsnämnden, "Anmälan av
delegationsbeslut", https://insynsverige.se/stockholm-idrott: "Beslut om tillfällig
nedsättning av taxa - Beckomberga simhall"); the sökande is made up."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.services import (
    meeting_lookup,
    public_copy,
    public_delegationsbeslut,
    public_gate,
    public_private_names,
)
from tests.safety.public_surfaces import OUTPUTS
from tests.safety.reported_decision import report

DAY = date(2020, 12, 7)
PERSON = "Lisa Andersson"
TITLE = f"Bygglov för tillbyggnad av enbostadshus, sökande {PERSON}"
OFFICIAL = "Sören Finnström"  # the demo decision's handläggare and beslutsfattare
PAPER_AND_WEB = ["paket (papper)", "paket med förslag (papper)", "paket (webb) och bilagefiler"]


def _flat(text: str) -> str:
    """As read: a word the web edition hyphenates at a line's end (a soft hyphen) whole."""
    return " ".join(text.replace("\xad\n", "").split()).lower()


def _reporting(store, decision: str = "maskera") -> int:
    """The meeting of 7 December reports the bygglov; the private name's hit decided
    `decision`, every other hit masked."""
    meeting = meeting_lookup.find_meeting(store, DAY)
    report(
        store,
        meeting,
        dnr="KS 2020/801",
        delegat="Bygglovshandläggare",
        title=TITLE,
        beskrivning=f"Handläggare {OFFICIAL}. Avgift enligt taxa, beslut av {OFFICIAL}.",
    )
    hits = public_copy.scan_public(store, meeting.id)
    named = [h.key for h in _private(hits)]
    public_copy.decide(store, meeting.id, named, decision, by="Test")
    others = [h.key for h in hits if h.key not in named]
    public_copy.decide(store, meeting.id, others, "maskera", by="Test")
    return meeting.id


def _private(hits):
    return [h for h in hits if h.kind == "namn" and "enskild person vid namn" in h.shown]


def test_the_private_person_is_a_hit_and_the_official_is_not(demo_store) -> None:
    meeting_id = _reporting(demo_store)
    found = _private(public_copy.scan_public(demo_store, meeting_id))
    assert [h.shown for h in found] == [
        "delegationsbeslut KS 2020/801 nämner en enskild person vid namn"
    ]
    assert PERSON in found[0].context  # the review is internal: she sees whom it names
    assert "Förteckning över delegationsbeslut" in found[0].where


@pytest.mark.parametrize("output", PAPER_AND_WEB)
def test_masked_the_name_is_printed_nowhere(demo_built, output) -> None:
    store, meeting_id = demo_built(_reporting)
    printed = _flat(OUTPUTS[output](store, meeting_id))
    assert PERSON.lower() not in printed
    assert "andersson" not in printed
    assert "tillbyggnad av enbostadshus, sökande en enskild person" in printed
    assert OFFICIAL.lower() in printed or "kommunstyrelsen" in printed  # the list is printed


@pytest.mark.parametrize("output", ["paket (papper)", "paket (webb) och bilagefiler"])
def test_kept_the_name_is_printed(demo_built, output) -> None:
    store, meeting_id = demo_built(_reporting, "behåll")
    assert _flat(TITLE) in _flat(OUTPUTS[output](store, meeting_id))


def test_the_last_check_of_the_list_reads_for_the_name(demo_built, monkeypatch) -> None:
    """Masking aside: the list printed with the name is refused by its own check."""
    store, meeting_id = demo_built(_reporting)
    monkeypatch.setattr(public_delegationsbeslut, "replacements", lambda _names: {})
    with pytest.raises(public_gate.PublicOutputRefused) as refused:
        public_delegationsbeslut.public_anmalan_pdf(store, meeting_id)
    assert "namnet" in str(refused.value)
    assert "andersson" not in str(refused.value).lower()


def test_the_officials_are_the_files_own() -> None:
    """Who counts as an official is what the file knows, not a list of names in the code."""
    assert public_private_names.named_in(Delegationsbeslut("X", DAY, title=TITLE), []) == [PERSON]
    known = [PERSON]
    assert public_private_names.named_in(Delegationsbeslut("X", DAY, title=TITLE), known) == []


def test_no_context_shows_part_of_a_protected_name_at_its_edge(demo_store) -> None:
    """The private name's context was cut first and the register's forms masked after: a
    registered person named just past the cut stood there in part ("…, Jessica Hedl…")."""
    from ksdesk.core.skyddad_person import SkyddadPerson
    from ksdesk.services import skyddade
    from ksdesk.services.public_mentions import _CONTEXT

    skyddade.save(demo_store, SkyddadPerson("Jessica Hedlund"), by="Anna")
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    # After the name: the title's end, a line break for the empty beslut and one more, then
    # the beskrivning; the cut falls inside "Jessica Hedlund" at each of its places.
    for shift in range(1, len("Jessica Hedlund")):
        filler = "y" * (_CONTEXT - 3 - shift) + " "
        report(
            demo_store,
            meeting,
            dnr=f"KS 2020/{900 + shift}",
            delegat="Bygglovshandläggare",
            title=TITLE,
            beskrivning=f"{filler}Jessica Hedlund har lämnat synpunkter.",
        )
    contexts = [h.context for h in _private(public_copy.scan_public(demo_store, meeting.id))]
    assert len(contexts) >= len("Jessica Hedlund") - 1
    for part in ("jes", "ess", "ssi", "sic", "ica", "hed", "edl", "dlu", "lun", "und"):
        assert not [c for c in contexts if part in c.lower().replace("en enskild person", "")]
