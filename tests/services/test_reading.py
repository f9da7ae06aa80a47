"""The worker's own read-only connection (services.store.reading): opened beside the window's
writing connection without its lock, reading one snapshot, refusing to write."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from ksdesk.services import meetings as meeting_service
from ksdesk.services.store import reading


def _place(store) -> str:
    return meeting_service.list_meetings(store)[0].place


def test_a_reader_in_another_thread_sees_one_snapshot(demo_store) -> None:
    meeting_id = meeting_service.list_meetings(demo_store)[0].id
    seen: list[str] = []
    first_read, edited = threading.Event(), threading.Event()

    def read() -> None:
        with reading(demo_store) as reader:  # made in this thread, as the worker does
            seen.append(_place(reader))
            first_read.set()
            edited.wait(5)
            seen.append(_place(reader))  # the same snapshot: the edit is not half seen
        with reading(demo_store) as reader:
            seen.append(_place(reader))  # a new snapshot sees it

    thread = threading.Thread(target=read)
    thread.start()
    first_read.wait(5)
    before = _place(demo_store)
    meeting_service.update_meeting_fields(demo_store, meeting_id, {"place": "Sal B"})
    edited.set()
    thread.join(5)
    assert seen == [before, before, "Sal B"]


def test_the_reader_cannot_write(demo_store) -> None:
    with reading(demo_store) as reader, pytest.raises(sqlite3.OperationalError):
        reader.db.execute("DELETE FROM meeting")
    assert meeting_service.list_meetings(demo_store)
