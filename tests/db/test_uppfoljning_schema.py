"""The after-the-meeting tables: stable row identities and versions of register rows."""

from __future__ import annotations

import re
from datetime import date

from ksdesk.core.motion import Motion
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.db import motion_repo, uppdrag_repo

UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def test_rows_get_a_uuid_of_their_own_and_keep_it(store) -> None:
    first = motion_repo.save(store, Motion("motion", "Solceller", date(2021, 3, 22)))
    second = motion_repo.save(store, Motion("motion", "Cykelvägar", date(2021, 3, 22)))
    assert UUID4.match(first.uuid) and UUID4.match(second.uuid) and first.uuid != second.uuid
    first.rubrik = "Solceller på taken"
    motion_repo.save(store, first)
    again = motion_repo.get(store, first.id)
    assert (again.uuid, again.version) == (first.uuid, 1)
    # Deleted and put back by undo: the same id and uuid, nothing new.
    motion_repo.delete(store, first.id)
    motion_repo.save(store, again)
    assert motion_repo.get(store, first.id).uuid == first.uuid


def test_uppdrag_rows_have_uuids_too(store) -> None:
    saved = uppdrag_repo.save(store, Uppdrag("Ta fram en strategi", kalla="KS 2021-06-14 § 7"))
    assert UUID4.match(saved.uuid)
    columns = {r[1] for r in store.db.execute("PRAGMA table_info(uppdrag)").fetchall()}
    assert {"uuid", "version", "changed_at", "changed_by"} <= columns


def test_versions_are_counted_by_the_triggers_once_per_transaction(store) -> None:
    with store.atomic():
        saved = motion_repo.save(store, Motion("motion", "Solceller", date(2021, 3, 22)))
    assert saved.version == 1
    old_copy = Motion(**{**saved.__dict__})
    for title in ("Solceller på taken", "Solceller på kommunens tak"):
        with store.atomic():
            saved.rubrik = title
            motion_repo.save(store, saved)
            motion_repo.save(store, saved)  # twice in one transaction: one bump
    assert saved.version == 3
    with store.atomic():
        motion_repo.save(store, old_copy)  # an undo writes back the first copy
    row = store.db.execute(
        "SELECT version, changed_at, changed_by FROM motion WHERE id = ?", [saved.id]
    ).fetchone()
    assert row[0] == 4 and old_copy.version == 4  # never set back
    assert row[1].endswith("Z") and row[2] == store.user
