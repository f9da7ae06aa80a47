"""A nämnd that starts with ksdesk in the middle of a year. Found starting the protokoll of
Kiruna kommun's miljö- och byggnadsnämnd on 10 December in a new file: its §§ were numbered
§ 1–14, since the file holds none of the year's earlier §§, and there was no way to say
that the year had come to § 186. § numbers run on through the calendar year (DOMAIN.md)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.meeting import Arende
from ksdesk.services import meetings
from ksdesk.services import protokoll as service
from ksdesk.services.own_kommun import new_database

MBN = "Miljö- och byggnadsnämnden"


def _file(folder: Path):
    store = new_database(folder / "mbn.sqlite", "Kiruna kommun", MBN)
    ids = []
    for day in (date(2026, 12, 10), date(2026, 12, 17)):
        created, _ = meetings.create_meeting(store, MBN, day, time(9), "Luossa")
        meeting = meetings.get_meeting(store, created.id)
        meeting.items.append(Arende("Bygglov i efterhand för uppfört plank", "2011BN0512"))
        meetings.save_meeting(store, meeting)
        ids.append(created.id)
    return store, ids


def test_the_first_meeting_in_the_file_begins_where_the_year_is(tmp_path: Path) -> None:
    store, (first, second) = _file(tmp_path)
    assert service.start_protokoll(store, first, 187).numbers == list(range(187, 192))
    # Numbered again (an ärende added, "Uppdatera paragraferna"): the start is kept.
    meeting = meetings.get_meeting(store, first)
    meeting.items.append(Arende("Information från förvaltningen"))
    meetings.save_meeting(store, meeting)
    assert service.start_protokoll(store, first).numbers == list(range(187, 193))
    # The next meeting goes on from there.
    assert service.start_protokoll(store, second).numbers[0] == 193
    with pytest.raises(InvalidInput, match="redan § 192"):
        service.start_protokoll(store, second, 150)
    store.close()


def test_from_the_command_line(tmp_path: Path) -> None:
    store, _ = _file(tmp_path)
    store.close()
    done = subprocess.run(
        [sys.executable, "-m", "ksdesk", "protokoll", "--db", str(tmp_path / "mbn.sqlite"),
         "--meeting", "2026-12-10", "start", "--forsta-paragraf", "187"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "§ 187–191" in done.stdout
