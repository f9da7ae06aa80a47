"""The register of skyddade personuppgifter holds "Kalle Roland Johansson"; texts shorten a
name to one given name and the surname, so "Roland Johansson" is looked for too
(core.citizen_mentions.written_name_forms). The organ's ledamot Roland Johansson has that
name: before, every text naming the ledamot ("Roland Johansson (S) yrkar bifall") was
masked always in the public copy, "en enskild person", and nobody had decided it. Now a name
the person shares with a ledamot, ersättare or secretary (core.skyddad_person.shared_with) is
a hit the secretary decides, and the person's own forms are still masked always."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.skyddad_person import SkyddadPerson
from ksdesk.services import kallelse, meeting_lookup, meetings, public_copy, skyddade
from ksdesk.services.public_gate import PublicOutputRefused, checked
from ksdesk.services.public_skyddade import SHARED_SHOWN
from tests.pdf_helpers import pages_text

DAY = date(2020, 12, 7)
MOVED = " Roland Johansson (S) yrkar bifall."
PERSON = " Bidraget betalas till Kalle Johansson."


def _planted(store):
    skyddade.save(store, SkyddadPerson("Kalle Roland Johansson", "Storgatan 12, Ludvika"))
    meeting = meeting_lookup.find_meeting(store, DAY)
    meeting.items[2].proposal += MOVED + PERSON
    meetings.save_meeting(store, meeting)
    return meeting


def _printed(store, meeting) -> str:
    paper = kallelse.kallelse_pdf(store, meeting.id, public=True, with_proposals=True)
    return " ".join(" ".join(pages_text(paper)).split())


def test_the_ledamots_name_is_the_secretarys_to_decide(demo_store) -> None:
    meeting = _planted(demo_store)
    hits = public_copy.scan_public(demo_store, meeting.id)
    shared = [h for h in hits if h.shown == SHARED_SHOWN]
    # The ärende's text, and the organ's register of members that prints the ledamot.
    assert {h.where for h in shared} == {
        "ärende 3, förslag till beslut",
        "organets uppgifter, ledamöter, namn",
    }
    assert all(h.kind == "namn" and not h.always_masked and not h.resolved for h in shared)
    assert all("Roland Johansson" in h.context for h in shared)
    # The person's own form ("Kalle Johansson") is still masked always, unasked.
    assert any(h.always_masked and h.kind == "skyddad" for h in hits)
    public_copy.decide(demo_store, meeting.id, [h.key for h in shared], "behåll", by="Anna")
    text = _printed(demo_store, meeting)
    assert "Roland Johansson (S) yrkar bifall." in text
    assert "Bidraget betalas till en enskild person." in text
    assert "Kalle Johansson" not in text


def test_masked_when_the_secretary_says_it_is_the_person(demo_store) -> None:
    meeting = _planted(demo_store)
    hits = public_copy.scan_public(demo_store, meeting.id)
    shared = [h.key for h in hits if h.shown == SHARED_SHOWN]
    public_copy.decide(demo_store, meeting.id, shared, "maskera", by="Anna")
    text = _printed(demo_store, meeting)
    # A sentence that starts with the name starts with the words printed instead.
    assert "Johansson" not in text and "En enskild person (S) yrkar bifall." in text


def test_undecided_it_blocks_the_public_copy(demo_store) -> None:
    meeting = _planted(demo_store)
    with pytest.raises(InvalidInput):
        _printed(demo_store, meeting)


def test_the_last_check_passes_it_only_where_it_was_kept(demo_store) -> None:
    meeting = _planted(demo_store)
    hits = public_copy.scan_public(demo_store, meeting.id)
    shared = [h.key for h in hits if h.shown == SHARED_SHOWN]
    public_copy.decide(demo_store, meeting.id, shared, "behåll", by="Anna")
    rules = public_copy.ensure_public_ok(demo_store, meeting.id)
    from tests.pdf_helpers import text_pdf

    with pytest.raises(PublicOutputRefused):  # kept in the ärende's text, not in this file
        checked(text_pdf(["Roland Johansson"]), "Filen", rules, within="bilaga:x")


def test_a_ledamot_with_the_whole_registered_name_is_masked_always(demo_store) -> None:
    skyddade.save(demo_store, SkyddadPerson("Roland Johansson", "Storgatan 12, Ludvika"))
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    meeting.items[2].proposal += MOVED
    meetings.save_meeting(demo_store, meeting)
    hits = [h for h in public_copy.scan_public(demo_store, meeting.id) if h.kind == "skyddad"]
    assert hits and all(h.always_masked for h in hits)
