"""The upprop with stretches of presence, and a person added to the upprop and the organ's
members register as one undoable write."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.meeting import Arende
from ksdesk.core.protokoll import Deltagare, Narvaro
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.services import meeting_lookup, upprop
from ksdesk.services import protokoll as service


def started(store) -> int:
    meeting_id = meeting_lookup.find_meeting(store, date(2020, 12, 7)).id
    service.start_protokoll(store, meeting_id)
    return meeting_id


def test_stretches_are_stored_and_refused_when_they_overlap(demo_store) -> None:
    meeting_id = started(demo_store)
    people = service.get_protokoll(demo_store, meeting_id).upprop
    people[1].narvaro = [Narvaro(None, 219), Narvaro(221, None)]
    service.save_upprop(demo_store, meeting_id, people)
    stored = service.get_protokoll(demo_store, meeting_id).upprop[1]
    assert stored.narvaro == [Narvaro(None, 219), Narvaro(221, None)]
    people[1].narvaro = [Narvaro(None, 220), Narvaro(219, None)]
    with pytest.raises(InvalidInput, match="Roland Johansson har två närvaroperioder"):
        service.save_upprop(demo_store, meeting_id, people)
    assert service.get_protokoll(demo_store, meeting_id).upprop[1].narvaro == stored.narvaro


def test_stretches_follow_the_items_when_an_item_is_added(demo_store) -> None:
    meeting_id = started(demo_store)
    people = service.get_protokoll(demo_store, meeting_id).upprop
    people[1].narvaro = [Narvaro(None, 219), Narvaro(221, None)]  # out for § 220
    service.save_upprop(demo_store, meeting_id, people)
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    meeting.items.insert(2, Arende("Extra ärende: brandskydd", dnr="2020/500"))
    with demo_store.atomic():
        meeting_repo.save(demo_store, meeting)
    protokoll = service.start_protokoll(demo_store, meeting_id)
    roland = protokoll.upprop[1]
    # Still away for "Fastställande av kommunstyrelsens budget 2021", now § 221.
    assert protokoll.paragraf(221).title.startswith("Fastställande")
    assert roland.narvaro == [Narvaro(None, 220), Narvaro(222, None)]
    assert not roland.present_at(221) and roland.present_at(219)


def test_an_ersattare_goes_into_the_upprop_and_the_register(demo_store) -> None:
    meeting_id = started(demo_store)
    before = upprop.current(demo_store, meeting_id)
    karin = Deltagare("  Karin  Ek ", "S", "ersättare", replaces="Åsa Bergkvist")
    after = upprop.with_person(demo_store, meeting_id, karin, register=True)
    assert upprop.current(demo_store, meeting_id) == before  # nothing written yet
    upprop.restore(demo_store, meeting_id, after)
    organ = organ_repo.list_all(demo_store)[0]
    assert [(m.name, m.role) for m in organ.members][-1] == ("Karin Ek", "ersättare")
    person = service.get_protokoll(demo_store, meeting_id).upprop[3]  # before övriga
    assert (person.name, person.replaces) == ("Karin Ek", "Åsa Bergkvist")
    # The next meeting's upprop calls her (as absent: an ersättare is called when needed).
    assert service.default_upprop(organ, meeting_repo.get(demo_store, meeting_id))[3].name == (
        "Karin Ek"
    )
    upprop.restore(demo_store, meeting_id, before)  # the undo
    assert upprop.current(demo_store, meeting_id) == before


def test_adding_a_person_is_refused_in_swedish(demo_store) -> None:
    meeting_id = started(demo_store)

    def add(person: Deltagare) -> None:
        upprop.with_person(demo_store, meeting_id, person, register=True)

    with pytest.raises(InvalidInput, match="Skriv personens namn"):
        add(Deltagare(" ", role="ersättare"))
    with pytest.raises(InvalidInput, match="Roland Johansson finns redan i uppropet"):
        add(Deltagare("roland johansson", role="ersättare"))
    with pytest.raises(InvalidInput, match="Maria Östgren är inte ledamot"):
        add(Deltagare("Karin Ek", role="ersättare", replaces="Maria Östgren"))


def test_a_tjansteman_is_not_put_in_the_register(demo_store) -> None:
    meeting_id = started(demo_store)
    guest = Deltagare("Anna Berg", role="övrig", title="ekonomichef")
    after = upprop.with_person(demo_store, meeting_id, guest, register=True)
    assert [m.name for m in after.members] == [
        "Leif Pettersson",
        "Roland Johansson",
        "Åsa Bergkvist",
    ]
    assert after.upprop[-1].title == "ekonomichef"
