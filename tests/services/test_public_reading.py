"""The public-copy scan keeps what each text holds for its store (services.public_reading):
a second scan reads no text again, an edited text is read anew, and another store keeps
nothing of the first's."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from ksdesk.core import personnummer
from ksdesk.db.connection import open_store
from ksdesk.services import meeting_lookup, meetings, public_copy, public_reading

NUMBER = "811218-9876"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts read for personnummer through the store's cache."""
    read: list[str] = []

    def counted(text: str, *args, **kwargs):
        read.append(text)
        return personnummer.find_personnummer(text, *args, **kwargs)

    monkeypatch.setattr(public_reading, "find_personnummer", counted)
    return read


def _meeting_id(store) -> int:
    return meeting_lookup.find_meeting(store, date(2020, 12, 7)).id


def test_a_second_scan_reads_no_text_again(demo_store, reads) -> None:
    meeting_id = _meeting_id(demo_store)
    first = public_copy.scan_public(demo_store, meeting_id)
    assert reads, "the first scan reads the meeting's texts"
    reads.clear()
    assert public_copy.scan_public(demo_store, meeting_id) == first
    assert reads == []


def test_an_edited_text_is_read_anew(demo_store, reads) -> None:
    meeting_id = _meeting_id(demo_store)
    assert not [h for h in public_copy.scan_public(demo_store, meeting_id) if h.normalized]
    meeting = meetings.get_meeting(demo_store, meeting_id)
    meeting.items[0].proposal = f"Sökanden {NUMBER} beviljas bidrag."
    meetings.save_meeting(demo_store, meeting)
    reads.clear()
    hits = public_copy.scan_public(demo_store, meeting_id)
    assert [h.shown for h in hits if h.kind == "personnummer"] == ["811218-XXXX"]
    assert reads == [f"Sökanden {NUMBER} beviljas bidrag."]


def test_the_masked_text_follows_the_decision_not_the_kept_reading(demo_store) -> None:
    meeting_id = _meeting_id(demo_store)
    meeting = meetings.get_meeting(demo_store, meeting_id)
    meeting.items[0].proposal = f"Sökanden {NUMBER} beviljas bidrag."
    meetings.save_meeting(demo_store, meeting)
    hits = [h for h in public_copy.scan_public(demo_store, meeting_id) if not h.resolved]
    keys = [h.key for h in hits]
    public_copy.decide(demo_store, meeting_id, keys, "behåll", by="Test", scanned=hits)
    source = hits[0].source
    text = meeting.items[0].proposal
    assert public_copy.ensure_public_ok(demo_store, meeting_id).mask(source, text) == text
    public_copy.decide(demo_store, meeting_id, keys, "maskera", by="Test")
    masked = public_copy.ensure_public_ok(demo_store, meeting_id).mask(source, text)
    assert masked == "Sökanden XXXXXX-XXXX beviljas bidrag."


def test_another_store_keeps_nothing_of_the_first(demo_store, demo_path, tmp_path, reads) -> None:
    meeting_id = _meeting_id(demo_store)
    public_copy.scan_public(demo_store, meeting_id)
    first = len(reads)
    reads.clear()
    copy = tmp_path / "copy.sqlite"
    shutil.copy(demo_path, copy)
    other = open_store(copy)
    try:
        public_copy.scan_public(other, meeting_id)
    finally:
        other.close()
    assert len(reads) == first
