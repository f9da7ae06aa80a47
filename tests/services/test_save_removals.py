"""What a secretary removes stays removed (issue 19): the last bilaga of an ärende, the last
ärende of a meeting, a whole agenda replaced. Each through the services, read back from the
file, and on paper (the packet)."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Arende, Bilaga
from ksdesk.services import meeting_lookup
from ksdesk.services import meetings as meeting_service
from ksdesk.services.packet import build_packet
from tests.pdf_helpers import make_pdf, outline_titles

DAY = date(2020, 12, 7)


def _reopened(store):
    return meeting_lookup.find_meeting(store, DAY)


def test_deleting_the_only_bilaga_of_an_arende(demo_store) -> None:
    meeting = _reopened(demo_store)
    index = next(i for i, item in enumerate(meeting.items) if len(item.bilagor) == 1)
    title = meeting.items[index].bilagor[0].title
    meeting.items[index].bilagor = []
    meeting_service.save_meeting(demo_store, meeting)
    assert _reopened(demo_store).items[index].bilagor == []
    bookmarks = outline_titles(build_packet(demo_store, meeting.id).pdf)
    assert not [b for b in bookmarks if title in b]  # and not on paper either


def test_deleting_the_only_pdf_bilaga(store) -> None:
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    pdf = meeting_service.pdf_bilaga(make_pdf(2, "Karta"), "karta.pdf")
    meeting.items.append(Arende("Torget", bilagor=[pdf]))
    meeting_service.save_meeting(store, meeting)
    meeting.items[-1].bilagor = []
    meeting_service.save_meeting(store, meeting)
    assert _reopened(store).items[-1].bilagor == []


def test_deleting_the_last_arende_of_a_meeting(store) -> None:
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    assert meeting.items  # the organ's standard items
    while meeting.items:
        meeting.items.pop()
        meeting_service.save_meeting(store, meeting)
        assert len(_reopened(store).items) == len(meeting.items)
    assert _reopened(store).items == []


def test_replacing_a_whole_agenda(store) -> None:
    """The case that was reported: 4 standard items replaced by 2 fresh ones gave 6."""
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    assert len(meeting.items) == 4
    meeting.items = [Arende("Budget 2021"), Arende("Detaljplan för Marnäs")]
    meeting_service.save_meeting(store, meeting)
    assert [i.title for i in _reopened(store).items] == ["Budget 2021", "Detaljplan för Marnäs"]


def test_replacing_every_bilaga_of_an_arende_at_once(store) -> None:
    meeting, _ = meeting_service.create_meeting(store, "Kommunstyrelsen", DAY, time(14))
    meeting.items[0].bilagor = [Bilaga("Gammal", ref="doc:a"), Bilaga("Äldre", ref="doc:b")]
    meeting_service.save_meeting(store, meeting)
    meeting.items[0].bilagor = [Bilaga("Ny", ref="doc:c")]
    meeting_service.save_meeting(store, meeting)
    assert [b.title for b in _reopened(store).items[0].bilagor] == ["Ny"]


def test_removing_every_att_sats_and_section_of_a_tjansteskrivelse(demo_store) -> None:
    meeting = _reopened(demo_store)
    index = next(i for i, item in enumerate(meeting.items) if item.tjansteskrivelse)
    ts = meeting.items[index].tjansteskrivelse
    assert ts.forslag and ts.sections
    ts.forslag, ts.sections = [], []
    meeting_service.save_meeting(demo_store, meeting)
    again = _reopened(demo_store).items[index].tjansteskrivelse
    assert again.forslag == [] and again.sections == []
