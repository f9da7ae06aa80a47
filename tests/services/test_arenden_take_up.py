"""Open matters offered to a new agenda and taken up: which are offered (decided before the
meeting, not yet planned for it or an earlier one), where they land on the agenda, the link
to the § they come from, and an undo that writes agenda and link back together."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.meeting import Arende
from ksdesk.core.protokoll import Paragraf
from ksdesk.db import arende_repo, meeting_repo, protokoll_repo
from ksdesk.services import arende_history, arenden, meeting_lookup, meetings

DEMO_DAY = date(2020, 12, 7)


def _aterremiss(store, organ_id: int, day: date, nr: int, dnr: str, title: str) -> int:
    return protokoll_repo.save(
        store,
        Paragraf(
            organ_id=organ_id,
            meeting_date=day,
            nr=nr,
            title=title,
            dnr=dnr,
            beslut="Kommunstyrelsen återremitterar ärendet för komplettering.",
        ),
    )


@pytest.fixture
def open_case(demo_store):
    """The demo plus a § of 2020-10-26 sent back and planned nowhere, and a new meeting."""
    organ_id = meeting_lookup.find_meeting(demo_store, DEMO_DAY).organ_id
    with demo_store.atomic():
        pid = _aterremiss(
            demo_store, organ_id, date(2020, 10, 26), 190, "KS 2020/300", "Parkeringsnorm"
        )
    new, _created = meetings.create_meeting(
        demo_store, "Kommunstyrelsen", date(2021, 1, 18), time(14, 0)
    )
    return demo_store, pid, new.id


def test_offered_are_the_unplanned_and_those_planned_later(open_case) -> None:
    store, pid, new_id = open_case
    offered = {m.steg.paragraf_id: m for m in arenden.offered_for(store, new_id)}
    assert pid in offered and offered[pid].tillbaka is None
    # § 216 (2020-11-24) comes back as ärende 5 on 2020-12-07, before 2021-01-18: not again.
    assert all(m.steg.nr != 216 for m in offered.values())
    early, _created = meetings.create_meeting(
        store, "Kommunstyrelsen", date(2020, 12, 1), time(14, 0)
    )
    planned_later = [m for m in arenden.offered_for(store, early.id) if m.steg.nr == 216]
    assert planned_later and planned_later[0].tillbaka.datum == DEMO_DAY


def test_take_up_puts_the_matter_before_the_closing_items_and_links_it(open_case) -> None:
    store, pid, new_id = open_case
    (item,) = arenden.take_up(store, new_id, [pid])
    meeting = meeting_repo.get(store, new_id)
    titles = [i.title for i in meeting.items]
    assert titles.index("Parkeringsnorm") < len(titles) - 1
    assert meeting.items[titles.index("Parkeringsnorm")].dnr == "KS 2020/300"
    assert arende_repo.get(store, pid).item_id == item.id
    assert [m.steg.paragraf_id for m in arenden.offered_for(store, new_id)] == []
    way = arende_history.history(store, item_id=item.id)
    assert [(h.vad, h.utfall) for h in way] == [
        ("§ 190", "Återremitterat"),
        (f"ärende {titles.index('Parkeringsnorm') + 1}", "På dagordningen"),
    ]
    # One line per step, as the item dialog, the Uppföljning tab and the offer all show it.
    assert way[0].line == f"{way[0].datum.isoformat()} {way[0].organ} § 190: Återremitterat"
    with pytest.raises(InvalidInput):
        arenden.take_up(store, new_id, [pid])  # on the agenda already


def test_undo_and_redo_write_agenda_and_link_together(open_case) -> None:
    store, pid, new_id = open_case
    before = arenden.upptagna(store, new_id, [pid])
    (item,) = arenden.take_up(store, new_id, [pid])
    after = arenden.upptagna(store, new_id, [pid])
    arenden.put_upptagna(store, before)
    assert "Parkeringsnorm" not in [i.title for i in meeting_repo.get(store, new_id).items]
    assert arende_repo.get(store, pid) is None
    arenden.put_upptagna(store, after)
    restored = meeting_repo.get(store, new_id)
    assert item.id in [i.id for i in restored.items]
    assert arende_repo.get(store, pid).item_id == item.id


def test_a_secret_matter_comes_back_secret(demo_store) -> None:
    """An ärende marked secret, sent back and taken up at a later meeting, came back as an
    ordinary item: the later public kallelse printed its title and Dnr, and the review had
    nothing to ask."""
    from ksdesk.core.public_copy import PublicCopyBlocked
    from ksdesk.services import kallelse, public_copy
    from ksdesk.services import protokoll as protokoll_service
    from tests.pdf_helpers import pages_text

    first, _ = meetings.create_meeting(demo_store, "Kommunstyrelsen", date(2021, 1, 18), time(14))
    first = meetings.get_meeting(demo_store, first.id)
    first.items.append(Arende("Placering av barn, Lindqvist", dnr="KS 2021/9", secret=True))
    first.items[-1].secrecy_ref = "26 kap. 1 § OSL"
    meetings.save_meeting(demo_store, first)
    protokoll_service.start_protokoll(demo_store, first.id)
    (paragraf,) = [
        p
        for p in protokoll_service.get_protokoll(demo_store, first.id).paragrafer
        if "Lindqvist" in p.title
    ]
    paragraf.beslut = "Kommunstyrelsen återremitterar ärendet."
    protokoll_service.save_paragraf(demo_store, paragraf)
    later, _ = meetings.create_meeting(demo_store, "Kommunstyrelsen", date(2021, 2, 15), time(14))
    (item,) = arenden.take_up(demo_store, later.id, [paragraf.id])
    assert item.secret and item.secrecy_ref == "26 kap. 1 § OSL"
    with pytest.raises(PublicCopyBlocked, match="sekretessmarkerat"):
        public_copy.ensure_public_ok(demo_store, later.id)
    hits = public_copy.scan_public(demo_store, later.id)
    public_copy.decide(demo_store, later.id, [h.key for h in hits], "maskera", by="Test")
    printed = " ".join(pages_text(kallelse.kallelse_pdf(demo_store, later.id, public=True)))
    assert "Lindqvist" not in printed and "2021/9" not in printed
    assert "Ärende som omfattas av sekretess (26 kap. 1 § OSL)" in printed


def test_a_matter_not_published_in_full_comes_back_so_with_its_public_title(demo_store) -> None:
    """As a secret one: "publiceras inte i sin helhet", its sentence and its public title
    follow the ärende to the meeting that takes it up again."""
    from ksdesk.services import protokoll as protokoll_service

    first, _ = meetings.create_meeting(demo_store, "Kommunstyrelsen", date(2021, 1, 18), time(14))
    first = meetings.get_meeting(demo_store, first.id)
    first.items.append(Arende("Föreläggande, Tallvägen 3", dnr="KS 2021/8", not_in_full=True))
    first.items[-1].not_in_full_note = "Publiceras inte i sin helhet på webben."
    first.items[-1].public_title = "Föreläggande enligt miljöbalken"
    meetings.save_meeting(demo_store, first)
    protokoll_service.start_protokoll(demo_store, first.id)
    (paragraf,) = [
        p
        for p in protokoll_service.get_protokoll(demo_store, first.id).paragrafer
        if "Tallvägen" in p.title
    ]
    paragraf.beslut = "Kommunstyrelsen återremitterar ärendet."
    protokoll_service.save_paragraf(demo_store, paragraf)
    later, _ = meetings.create_meeting(demo_store, "Kommunstyrelsen", date(2021, 2, 15), time(14))
    (item,) = arenden.take_up(demo_store, later.id, [paragraf.id])
    assert (item.secret, item.not_in_full, item.not_in_full_note, item.public_title) == (
        False,
        True,
        "Publiceras inte i sin helhet på webben.",
        "Föreläggande enligt miljöbalken",
    )
