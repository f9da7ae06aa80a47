"""Holding the demo meeting: §§ numbered on from § 216, the upprop, justering, marking held."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.core.protokoll import Deltagare, Narvaro, Paragraf, Votering
from ksdesk.db import meeting_repo, organ_repo, protokoll_repo
from ksdesk.services import meeting_lookup
from ksdesk.services import protokoll as service
from ksdesk.services.demo import load_demo

DEMO_DATE = date(2020, 12, 7)


def demo_meeting(store) -> Sammantrade:
    return meeting_lookup.find_meeting(store, DEMO_DATE)


def test_demo_meeting_starts_at_paragraf_217(demo_store) -> None:
    protokoll = service.start_protokoll(demo_store, demo_meeting(demo_store).id)
    assert protokoll.numbers == list(range(217, 224))
    first = protokoll.paragrafer[0]
    assert first.title == "Val av justerare"
    revidering = protokoll.paragraf(221)
    assert revidering.dnr == "2019/507"
    assert (
        revidering.beslut
        == "Kommunstyrelsen antar reviderad delegationsordning daterad den 26 november 2020."
    )
    assert revidering.beskrivning.startswith("Kommunstyrelsen antog nuvarande delegationsordning")
    assert revidering.beslut_skickas_till[-1] == "Akten"
    assert (
        protokoll.paragraf(219).beslutsunderlag[0] == "Tjänsteskrivelse daterad 27 november 2020."
    )
    assert [a.display for a in protokoll.upprop] == [
        "Leif Pettersson (S)",
        "Roland Johansson (SD)",
        "Åsa Bergkvist (S)",
        "Maria Östgren, kommunsekreterare",
    ]


def test_starting_again_changes_nothing(demo_store) -> None:
    meeting_id = demo_meeting(demo_store).id
    first = service.start_protokoll(demo_store, meeting_id)
    first.paragrafer[2].beslut = "Ändrat."
    service.save_paragraf(demo_store, first.paragrafer[2])
    again = service.start_protokoll(demo_store, meeting_id)
    assert again.numbers == first.numbers
    assert again.paragraf(219).beslut == "Ändrat."


def test_an_item_added_to_the_agenda_gets_its_place_in_the_numbering(demo_store) -> None:
    meeting = demo_meeting(demo_store)
    service.start_protokoll(demo_store, meeting.id)
    meeting.items.insert(2, Arende("Extra ärende: brandskydd", dnr="2020/500"))
    with demo_store.atomic():  # as a service would
        meeting_repo.save(demo_store, meeting)
    protokoll = service.start_protokoll(demo_store, meeting.id)
    assert protokoll.numbers == list(range(217, 225))
    assert protokoll.paragraf(219).title == "Extra ärende: brandskydd"
    assert protokoll.paragraf(220).dnr == "KS 2020/434"  # as the kallelse writes it


def test_a_later_meeting_not_yet_justerat_moves_on_after_an_earlier_one(demo_store) -> None:
    """The next meeting's protokoll begun early, or an extra sammanträde held before one
    already begun (Marks kommun's barn- och utbildningsnämnd numbers on from § 99 in
    December 2016: http://docplayer.se/43222569-Sammantradesprotokoll-sida-1-23-barn-och-
    utbildningsnamnden.html): the earlier meeting could not be started at all, in the window
    there was no way out. The later one's §§, and who was there for them, move on after it."""
    meeting = demo_meeting(demo_store)
    later = Sammantrade(
        meeting.organ_id, date(2020, 12, 14), time(14), items=[Arende("Val"), Arende("Info")]
    )
    not_begun = Sammantrade(meeting.organ_id, date(2020, 12, 10), time(9), items=[Arende("X")])
    with demo_store.atomic():  # as a service would
        meeting_repo.save(demo_store, later)
        meeting_repo.save(demo_store, not_begun)  # between them, its protokoll not begun
    started = service.start_protokoll(demo_store, later.id)  # takes §§ 217–218 first
    upprop = started.upprop
    upprop[1].narvaro = [Narvaro(first=218)]  # came for the second §
    service.save_upprop(demo_store, later.id, upprop)

    assert service.start_protokoll(demo_store, meeting.id).numbers == list(range(217, 224))
    moved = service.get_protokoll(demo_store, later.id)
    assert [(p.nr, p.title) for p in moved.paragrafer] == [(224, "Val"), (225, "Info")]
    assert moved.upprop[1].narvaro == [Narvaro(first=225)]


def test_numbers_a_justerat_later_protokoll_uses_are_refused(demo_store) -> None:
    meeting = demo_meeting(demo_store)
    later = Sammantrade(meeting.organ_id, date(2020, 12, 14), time(14), items=[Arende("Val")])
    with demo_store.atomic():  # as a service would
        meeting_repo.save(demo_store, later)
    justering = service.start_protokoll(demo_store, later.id).justering  # takes § 217
    justering.justerat = date(2020, 12, 15)
    service.save_justering(demo_store, later.id, justering)
    with pytest.raises(InvalidInput, match="§ 217 finns redan i sammanträdet 2020-12-14, vars"):
        service.start_protokoll(demo_store, meeting.id)
    assert protokoll_repo.list_for_meeting(demo_store, meeting.id) == []  # nothing half-written
    assert service.get_protokoll(demo_store, later.id).numbers == [217]


def test_reloading_the_demo_keeps_the_recorded_paragrafer(demo_store) -> None:
    meeting_id = demo_meeting(demo_store).id
    protokoll = service.start_protokoll(demo_store, meeting_id)
    protokoll.paragrafer[3].beslut = "Ändrat före omladdning."
    service.save_paragraf(demo_store, protokoll.paragrafer[3])
    load_demo(demo_store)  # deletes and re-creates the meeting
    again = service.start_protokoll(demo_store, demo_meeting(demo_store).id)
    assert again.numbers == list(range(217, 224))
    assert again.paragraf(220).beslut == "Ändrat före omladdning."
    assert all(p.item_id is not None for p in again.paragrafer)


def test_choosing_justerare_writes_the_beslut_of_val_av_justerare(demo_store) -> None:
    meeting_id = demo_meeting(demo_store).id
    protokoll = service.start_protokoll(demo_store, meeting_id)
    justering = protokoll.justering
    justering.justerare = ["Roland Johansson", "Åsa Bergkvist"]
    service.save_justering(demo_store, meeting_id, justering)
    assert service.get_protokoll(demo_store, meeting_id).paragraf(217).beslut == (
        "Kommunstyrelsen utser Roland Johansson (SD) och Åsa Bergkvist (S) att jämte "
        "ordföranden justera protokollet."
    )
    justering.justerare = ["Åsa Bergkvist"]
    service.save_justering(demo_store, meeting_id, justering)
    assert (
        "utser Åsa Bergkvist (S) att"
        in service.get_protokoll(demo_store, meeting_id).paragraf(217).beslut
    )


def test_a_beslut_the_secretary_wrote_is_not_overwritten(demo_store) -> None:
    meeting_id = demo_meeting(demo_store).id
    protokoll = service.start_protokoll(demo_store, meeting_id)
    protokoll.paragrafer[0].beslut = "Egen text."
    service.save_paragraf(demo_store, protokoll.paragrafer[0])
    protokoll.justering.justerare = ["Åsa Bergkvist"]
    service.save_justering(demo_store, meeting_id, protokoll.justering)
    assert service.get_protokoll(demo_store, meeting_id).paragraf(217).beslut == "Egen text."
    # Hers stays; the justering check says that it leaves out the justerare chosen.
    warned = [f for f in service.check(demo_store, meeting_id) if f.code == "justerare-beslut"]
    assert [f.paragraf for f in warned] == [217]
    assert "nämner inte Åsa Bergkvist (S), som är vald att justera" in warned[0].message


def test_a_kallelse_naming_the_proposed_justerare_gives_way_to_the_one_chosen(
    demo_store,
) -> None:
    """Found running Kungsbacka's Nämnden för Kultur & Fritid 2025-10-22 through ksdesk: the
    kallelse names the proposed justerare in its Förslag column ("Ulrika Jörgensen (M)").
    That became the beslut of "Val av justerare" word for word, and choosing Annika Hamberg
    left it: page 1 read "Utses att justera Annika Hamberg (M)", the § "Ulrika Jörgensen
    (M)". The name is the proposal; the § says whom the nämnd chose."""
    meeting = demo_meeting(demo_store)
    item = next(i for i in meeting.items if i.title == "Val av justerare")
    item.proposal = "Roland Johansson (SD)"
    meeting_repo.save(demo_store, meeting)
    protokoll = service.start_protokoll(demo_store, meeting.id)
    assert protokoll.paragraf(217).forslag == "Roland Johansson (SD)"
    assert protokoll.paragraf(217).beslut == ""
    protokoll.justering.justerare = ["Åsa Bergkvist"]
    service.save_justering(demo_store, meeting.id, protokoll.justering)
    chosen = "Kommunstyrelsen utser Åsa Bergkvist (S) att jämte ordföranden justera protokollet."
    assert service.get_protokoll(demo_store, meeting.id).paragraf(217).beslut == chosen
    assert not [f for f in service.check(demo_store, meeting.id) if f.code == "justerare-beslut"]
    # A § stored by an earlier ksdesk, the name as its beslut, follows the justerare too.
    paragraf = service.get_protokoll(demo_store, meeting.id).paragraf(217)
    paragraf.beslut = "Roland Johansson (SD)"
    service.save_paragraf(demo_store, paragraf)
    service.save_justering(demo_store, meeting.id, protokoll.justering)
    assert service.get_protokoll(demo_store, meeting.id).paragraf(217).beslut == chosen


def test_a_forslag_that_declares_the_paragraf_justerad_at_once_sets_it(demo_store) -> None:
    """Kungsbacka's IFO writes "… förklarar paragrafen omedelbart justerad." in the förslag
    (2025-09-18 §§ 109, 111): the § was not marked, so not justerad, anslagen or sent out
    before the rest (walk28). The flag follows the förslag; the printed beslut says it once."""
    from ksdesk.core.protokoll_text import beslut_lines

    meeting = demo_meeting(demo_store)
    item = next(i for i in meeting.items if i.title == "Stockholm Business Alliance")
    item.proposal = (
        "Kommunstyrelsen beslutar att teckna avtalet.\n"
        "Kommunstyrelsen förklarar paragrafen omedelbart justerad."
    )
    meeting_repo.save(demo_store, meeting)
    protokoll = service.start_protokoll(demo_store, meeting.id)
    marked = [p.nr for p in protokoll.paragrafer if p.omedelbar_justering]
    assert [p.title for p in protokoll.paragrafer if p.nr in marked] == [item.title]
    lines = [line.text for line in beslut_lines(protokoll.paragraf(marked[0]))]
    assert sum("omedelbart" in line for line in lines) == 1


def test_upprop_refuses_bad_input_and_keeps_the_old(demo_store) -> None:
    meeting_id = demo_meeting(demo_store).id
    before = service.start_protokoll(demo_store, meeting_id).upprop
    with pytest.raises(InvalidInput, match="två gånger"):
        service.save_upprop(demo_store, meeting_id, [Deltagare("A"), Deltagare("A")])
    with pytest.raises(InvalidInput, match="gå efter § 218"):
        service.save_upprop(demo_store, meeting_id, [Deltagare("A", narvaro=[Narvaro(219, 218)])])
    assert service.get_protokoll(demo_store, meeting_id).upprop == before


def test_unknown_vote_is_refused(demo_store) -> None:
    protokoll = service.start_protokoll(demo_store, demo_meeting(demo_store).id)
    paragraf: Paragraf = protokoll.paragrafer[2]
    paragraf.votering = Votering(votes={"Leif Pettersson": "kanske"})
    with pytest.raises(InvalidInput, match="Okänd röst"):
        service.save_paragraf(demo_store, paragraf)


def test_mark_held(demo_store) -> None:
    meeting_id = demo_meeting(demo_store).id
    service.start_protokoll(demo_store, meeting_id)
    service.mark_held(demo_store, meeting_id)
    assert meeting_repo.get(demo_store, meeting_id).status == "genomförd"
    assert service.get_protokoll(demo_store, meeting_id).justering.held


def test_missing_meeting_is_a_swedish_message(demo_store) -> None:
    with pytest.raises(NotFound, match="inget sammanträde den 2020-12-08"):
        meeting_lookup.find_meeting(demo_store, date(2020, 12, 8))


def test_upprop_comes_from_the_register(demo_store) -> None:
    organ = organ_repo.list_all(demo_store)[0]
    meeting = demo_meeting(demo_store)
    upprop = service.default_upprop(organ, meeting)
    assert [a.present for a in upprop] == [True, True, True, True]


@pytest.mark.parametrize("field", ["date", "justerat", "anslaget"])
def test_a_justering_date_before_the_meeting_is_refused(demo_store, field: str) -> None:
    """Typed a month wrong – "2020-11-10" for the 10th of December – the justering went in
    before the meeting it justerar, and every deadline after it followed the wrong day."""
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    justering = service.start_protokoll(demo_store, meeting.id).justering
    setattr(justering, field, date(2020, 11, 10))
    with pytest.raises(InvalidInput, match=r"ligger före sammanträdet \(måndag 7 december 2020\)"):
        service.save_justering(demo_store, meeting.id, justering)
    assert getattr(service.get_protokoll(demo_store, meeting.id).justering, field) is None
    setattr(justering, field, date(2020, 12, 7))  # the same day is possible: justerat at once
    service.save_justering(demo_store, meeting.id, justering)


def test_the_bilagor_of_an_item_without_tjansteskrivelse_are_its_beslutsunderlag(
    demo_store,
) -> None:
    """Anmälan av delegationsbeslut has the förteckning as its bilaga and no tjänsteskrivelse;
    its § listed no beslutsunderlag at all (Marks kommun's barn- och utbildningsnämnd would
    anmäla its delegationsbeslut so at its next meeting, 2017-01-19)."""
    from ksdesk.services import delegationsbeslut

    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    delegationsbeslut.anmalan_item(demo_store, meeting.id)
    started = service.start_protokoll(demo_store, meeting.id)
    anmalan = next(p for p in started.paragrafer if p.title == "Anmälan av delegationsbeslut")
    assert anmalan.beslutsunderlag == ["Förteckning över delegationsbeslut."]
    # An item with a tjänsteskrivelse keeps it first, as before.
    with_ts = next(
        p
        for p in started.paragrafer
        if p.beslutsunderlag[:1] != anmalan.beslutsunderlag and p.beslutsunderlag
    )
    assert with_ts.beslutsunderlag[0].startswith("Tjänsteskrivelse")
