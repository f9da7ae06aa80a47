"""Step m1820: the ärenden of a file written before are published in full under their own
titles, and take the marks afterwards (the m0502 fixture: Ludvika KS 2020-12-07)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from ksdesk.db import meeting_repo
from ksdesk.db.connection import open_store

FIXTURES = Path(__file__).parent / "fixtures"


def test_m1820_publishes_old_arenden_in_full_and_keeps_a_mark(tmp_path: Path) -> None:
    path = tmp_path / "m0502.sqlite"
    shutil.copy(FIXTURES / "schema-m0502-protokoll.sqlite", path)
    store = open_store(path)
    meeting = meeting_repo.find_by_date(store, date(2020, 12, 7))
    assert not any(i.not_in_full or i.not_in_full_note or i.public_title for i in meeting.items)
    item = meeting.items[3]
    item.not_in_full, item.not_in_full_note = True, "Publiceras inte i sin helhet på webben."
    item.public_title = "Ärende om tillsyn"
    with store.atomic():
        meeting_repo.save(store, meeting)
    again = meeting_repo.find_by_date(store, date(2020, 12, 7)).items[3]
    assert (again.not_in_full, again.not_in_full_note, again.public_title) == (
        True,
        "Publiceras inte i sin helhet på webben.",
        "Ärende om tillsyn",
    )
    assert again.title == item.title
    store.close()
