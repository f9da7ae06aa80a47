"""An organ that a new meeting created is taken back by the meeting's undo only while
nothing else belongs to it."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.organ import Fortroendevald
from ksdesk.db import organ_repo
from ksdesk.db.organ_repo import _BELONGING
from ksdesk.services import meetings


def test_every_table_with_an_organ_id_is_weighed_before_an_organ_is_deleted(demo_store):
    """A table added later whose rows belong to an organ must be named in _BELONGING, or
    deleting an organ would cascade (members) or be refused by a foreign key mid-undo."""
    db = demo_store.db
    with_organ = {
        table
        for table in db.table_names()
        if "organ_id" in {column.name for column in db[table].columns}
    }
    assert with_organ == set(_BELONGING)


def test_an_organ_keeps_when_a_member_was_added_after_its_first_meeting(demo_store):
    meeting, created = meetings.create_meeting(
        demo_store, "Kulturnämnden", date(2021, 1, 20), time(13, 0), "Stora salen"
    )
    assert created
    organ = organ_repo.get(demo_store, meeting.organ_id)
    organ.members.append(Fortroendevald(name="Eva Ek", party="S", role="ledamot"))
    organ_repo.save(demo_store, organ)
    meetings.discard_meeting(demo_store, meeting.id, new_organ_id=organ.id)
    assert organ_repo.find_by_name(demo_store, "Kulturnämnden") is not None
    assert organ_repo.get(demo_store, organ.id).members[0].name == "Eva Ek"


def test_an_unused_new_organ_goes_with_its_meeting(demo_store):
    meeting, _ = meetings.create_meeting(
        demo_store, "Kulturnämnden", date(2021, 1, 20), time(13, 0), "Stora salen"
    )
    meetings.discard_meeting(demo_store, meeting.id, new_organ_id=meeting.organ_id)
    assert organ_repo.find_by_name(demo_store, "Kulturnämnden") is None
