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
