"""Sammanträde use cases: create with standard items, refuse near-miss organ names and a second
meeting the same day, import an agenda all or nothing, copy, attach PDF files, and undo's
snapshot writes that bring deleted rows back under their ids."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.meeting_agenda import snapshot
from ksdesk.db.connection import open_store
from ksdesk.services import agenda_imports, meeting_lookup, meetings


def test_create_meeting_with_standard_items_and_a_new_organ(store) -> None:
    meeting, created = meetings.create_meeting(
        store, "Socialnämnden", date(2021, 1, 20), time(13, 30), "Sessionssalen"
    )
    assert created
    assert meeting.items[0].title == "Val av justerare"
    assert meeting.place == "Sessionssalen"
    assert "senast tisdag 13.00" in meeting.absence_note
    again = meeting_lookup.find_meeting(store, date(2021, 1, 20))
    assert again.id == meeting.id and len(again.items) == 4


def test_near_miss_organ_and_second_meeting_same_day_are_refused(demo_store) -> None:
    with pytest.raises(InvalidInput, match="Menade du ”Kommunstyrelsen”"):
        meetings.create_meeting(demo_store, "Kommunstyrelsn", date(2021, 1, 18), time(14))
    with pytest.raises(InvalidInput, match="redan ett sammanträde den 2020-12-07"):
        meetings.create_meeting(demo_store, "Kommunstyrelsen", date(2020, 12, 7), time(9))
    with pytest.raises(NotFound, match="inget sammanträde den 2021-01-01"):
        meeting_lookup.find_meeting(demo_store, date(2021, 1, 1))


def test_import_is_all_or_nothing(demo_store, tmp_path: Path) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    good = tmp_path / "lista.csv"
    good.write_text(
        "Nr;Ärende;Dnr\n1;Val av justerare;\n2;Motion om cykelbanor;KS 2020/501\n", "utf-8"
    )
    result = agenda_imports.import_agenda(demo_store, meeting.id, good)
    assert result.added == 1 and len(result.skipped) == 1
    titles = [i.title for i in meetings.get_meeting(demo_store, meeting.id).items]
    # The file's Nr is respected: the motion is nr 2, the rest of the agenda follows.
    assert titles[:2] == ["Val av justerare", "Motion om cykelbanor"]
    assert titles[-1] == "Ordförandeinformation"
    bad = tmp_path / "fel.csv"
    bad.write_text("Nr;Ärende;Tid\n1;Ett ärende;13.00\n2;Ett till;26.00\n", "utf-8")
    with pytest.raises(InvalidInput, match="rad 3, kolumn Tid"):
        agenda_imports.import_agenda(demo_store, meeting.id, bad)
    assert [i.title for i in meetings.get_meeting(demo_store, meeting.id).items] == titles


def test_copy_meeting(demo_store) -> None:
    previous = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    copy = meetings.copy_meeting(demo_store, previous.id, date(2021, 1, 18), time(14))
    assert [i.title for i in copy.items] == [
        "Val av justerare",
        "Anmälan av extra ärenden",
        "Ordförandeinformation",
    ]
    assert meetings.next_from(demo_store, previous.id).date == date(2021, 1, 4)


def test_pdf_bilaga_checks_the_file() -> None:
    from tests.pdf_helpers import make_pdf

    bilaga = meetings.pdf_bilaga(make_pdf(2), "/tmp/Avtal SBA.pdf")
    assert (bilaga.title, bilaga.filename, len(bilaga.sha256)) == ("Avtal SBA", "Avtal SBA.pdf", 64)
    with pytest.raises(InvalidInput, match="ingen PDF-fil"):
        meetings.pdf_bilaga(b"hello", "x.pdf")
    with pytest.raises(InvalidInput, match="skadad"):
        meetings.pdf_bilaga(b"%PDF-1.4\n garbage", "x.pdf")


def test_snapshot_write_brings_back_deleted_rows_under_their_ids(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    before = snapshot(meeting)
    removed = meeting.items.pop(3)
    meetings.save_meeting(demo_store, meeting)
    assert removed.id not in [i.id for i in meetings.get_meeting(demo_store, meeting.id).items]
    meetings.save_meeting(demo_store, before)
    back = meetings.get_meeting(demo_store, meeting.id).items[3]
    assert back.id == removed.id
    assert [b.id for b in back.bilagor] == [b.id for b in removed.bilagor]
    gone = meetings.delete_meeting(demo_store, meeting.id)
    meetings.save_meeting(demo_store, gone)
    assert meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).id == meeting.id


def test_show_proposals_is_stored(demo_path) -> None:
    store = open_store(demo_path)
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    meeting.show_proposals = True
    meetings.save_meeting(store, meeting)
    store.close()
    store = open_store(demo_path)
    assert meeting_lookup.find_meeting(store, date(2020, 12, 7)).show_proposals
    store.close()


def test_organ_settings_and_attachables(demo_store) -> None:
    organ = meetings.list_organs(demo_store)[0]
    organ.standard_items = ["Val av justerare", "Ordförandeinformation"]
    organ.kallelse_days_before = 6
    meetings.save_organ(demo_store, organ)
    assert meetings.get_organ(demo_store, organ.id).standard_items == organ.standard_items
    refs = {a.ref for a in meetings.attachable(demo_store)}
    assert {"budget:bilaga2", "doc:verksamhetsplan-2021", "delegationsbeslut:SBN 2020/877"} <= refs
    assert any(ref.startswith("delegationsordning:") for ref in refs)
