"""Step m1817: a bilaga printing a flagged delegationsbeslut, indexed before the step under
its stored title (the decision's, naming the person), is indexed again as the meeting shows
it, "<Dnr> Delegationsbeslut", on a file from before the step; and the index follows a flag
set after it."""

from __future__ import annotations

import sqlite3
from datetime import date

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.db import delegationsbeslut_repo
from ksdesk.db.connection import open_store, schema_version
from ksdesk.db.migrations import MIGRATIONS_TABLE, known_names
from ksdesk.services import delegationsbeslut, search

DNR = "SN 2023/11"
STORED = f"{DNR} Bistånd till Anna Andersson"


def test_m1817_indexes_a_flagged_decisions_bilaga_again(demo_store) -> None:
    store = demo_store
    flagged = Delegationsbeslut(
        DNR, date(2023, 1, 10), delegat="Socialsekreterare", beslut=STORED, sekretess=True
    )
    with store.atomic():
        beslut_id = delegationsbeslut_repo.save(store, flagged)
    picked = store.db.execute("SELECT min(id) FROM bilaga").fetchone()[0]
    path = store.path
    store.close()
    with sqlite3.connect(path) as raw:  # as ksdesk before the step left the file
        raw.execute(f"DELETE FROM {MIGRATIONS_TABLE} WHERE name = 'm1817_bilaga_index_follows'")
        for name in ("insert", "update", "delete"):
            raw.execute(f"DROP TRIGGER delegationsbeslut_bilaga_search_{name}")
        raw.execute(
            "UPDATE bilaga SET ref = ?, title = ? WHERE id = ?",
            [f"delegationsbeslut:{DNR}", STORED, picked],
        )
        raw.execute("UPDATE search_index SET rubrik = ? WHERE rowid = ?", [STORED, picked * 8 + 2])
        raw.execute("DELETE FROM search_dirty")
    raw.close()
    upgraded = open_store(path)
    try:
        assert set(schema_version(upgraded)) == known_names()
        assert search.search(upgraded, "Andersson") == []
        (hit,) = search.search(upgraded, DNR, kind="bilaga")
        assert hit.rubrik == f"{DNR} Delegationsbeslut"
        delegationsbeslut.set_sekretess(upgraded, beslut_id, False)  # the trigger queues it
        (hit,) = search.search(upgraded, "Andersson", kind="bilaga")
        assert hit.rubrik == STORED
    finally:
        upgraded.close()
