"""A delegationsbeslut registered and reported to a meeting, for the tests of what the
public list of delegationsbeslut prints."""

from __future__ import annotations

from datetime import date

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.db import delegationsbeslut_repo, organ_repo
from ksdesk.services.delegationsbeslut_anmalan import anmalan_item


def report(store, meeting: Sammantrade, **fields: str) -> Arende:
    """Register a decision of the meeting's organ taken on 20 November 2020 (`fields`: its
    Dnr, texts and delegat) and put the anmälan, with the list as its bilaga, on the
    meeting's agenda: the item."""
    organ = organ_repo.get(store, meeting.organ_id)
    beslut = Delegationsbeslut(date=date(2020, 11, 20), organ=organ.name, **fields)
    with store.atomic():
        delegationsbeslut_repo.save(store, beslut)
    return anmalan_item(store, meeting.id)


def reported_on_7_december(store, **fields: str) -> int:
    """The meeting of 7 December reports a decision (`fields` as `report`'s) in its list
    and as a bilaga of its own, and its protokoll is started: the meeting's id."""
    from ksdesk.core.meeting import Bilaga
    from ksdesk.services import meeting_lookup, meetings, protokoll

    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    item = report(store, meeting, **fields)
    meeting = meetings.get_meeting(store, meeting.id)
    listed = next(i for i in meeting.items if i.id == item.id)
    listed.bilagor.append(
        Bilaga(title="Beslutet", nr="2", ref=f"delegationsbeslut:{fields['dnr']}")
    )
    meetings.save_meeting(store, meeting)
    protokoll.start_protokoll(store, meeting.id)
    return meeting.id
