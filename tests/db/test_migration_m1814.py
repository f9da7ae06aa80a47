"""Step m1814: a delegationsbeslut flagged sekretess that was indexed with its text before the
search hid it (db/search_repo.py) is indexed again on a file from before the step, and a bilaga
picked from it before it was flagged is titled "<Dnr> Delegationsbeslut"."""

from __future__ import annotations

import sqlite3
from datetime import date

from ksdesk.db import search_repo
from ksdesk.db.connection import open_store, schema_version
from ksdesk.db.migrations import MIGRATIONS_TABLE, known_names
from ksdesk.services import delegationsbeslut, search
from ksdesk.services.delegationsbeslut import BeslutInput


def test_m1814_indexes_again_the_decisions_flagged_before(demo_store) -> None:
    store = demo_store
    data = BeslutInput(
        dnr="SN 2023/11",
        date=date(2023, 1, 10),
        delegat="Socialsekreterare",
        beslut="Bistånd till Anna Andersson, Storgatan 4",
        punkt="4",
        received=date(2023, 1, 10),
        sekretess=True,
        loose_point=True,
        organ="Socialnämnden",
    )
    beslut_id = delegationsbeslut.register(store, data).beslut.id
    # As ksdesk before the step indexed it: the text in the document.
    rowid = beslut_id * 8 + 4
    old = (rowid, "SN 2023/11 Delegationsbeslut", "Bistånd till Anna Andersson", "")
    with store.atomic():
        search_repo.replace_documents(
            store, [(rowid,)], [(*old, "delegationsbeslut", "Socialnämnden", "2023-01-10", "x")]
        )
    path = store.path
    store.close()
    with sqlite3.connect(path) as raw:
        raw.execute(f"DELETE FROM {MIGRATIONS_TABLE} WHERE name = 'm1814_sekretess_follows'")
        raw.execute("DROP INDEX bilaga_ref")
        picked = raw.execute("SELECT min(id) FROM bilaga").fetchone()[0]
        raw.execute(
            "UPDATE bilaga SET ref = 'delegationsbeslut:SN 2023/11', "
            "title = 'SN 2023/11 Bistånd till Anna Andersson' WHERE id = ?",
            [picked],
        )
    raw.close()
    upgraded = open_store(path)
    try:
        assert set(schema_version(upgraded)) == known_names()
        assert search.search(upgraded, "Andersson") == []
        (hit,) = search.search(upgraded, "SN 2023/11", kind="delegationsbeslut")
        assert "Sekretess" in hit.rubrik and "Andersson" not in hit.utdrag
        title = upgraded.db.execute("SELECT title FROM bilaga WHERE id = ?", [picked]).fetchone()
        assert title == ("SN 2023/11 Delegationsbeslut",)
        (other,) = upgraded.db.execute("SELECT count(*) FROM bilaga WHERE title LIKE 'SN 2023%'")
        assert other == (1,)
    finally:
        upgraded.close()
