"""Step m1816: the upprop of a file written before says no one took part på distans, and
takes the mark afterwards (the m0501 fixture: Ludvika KS 2020-12-07)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from ksdesk.db import meeting_repo, upprop_repo
from ksdesk.db.connection import open_store

FIXTURES = Path(__file__).parent / "fixtures"


def test_m1816_gives_an_old_upprop_no_distans_and_keeps_one_marked(tmp_path: Path) -> None:
    path = tmp_path / "m0501.sqlite"
    shutil.copy(FIXTURES / "schema-m0501-upprop.sqlite", path)
    store = open_store(path)
    meeting = meeting_repo.find_by_date(store, date(2020, 12, 7))
    people = upprop_repo.list_for_meeting(store, meeting.id)
    assert [a.name for a in people if a.distans] == []
    assert people[1].name == "Roland Johansson"
    people[1].distans = True
    with store.atomic():
        upprop_repo.replace_all(store, meeting.id, people)
    again = upprop_repo.list_for_meeting(store, meeting.id)
    assert [a.name for a in again if a.distans] == ["Roland Johansson"]
    assert again[1].narvaro == people[1].narvaro  # the rest of the line as it was
    store.close()
