"""Step m1812: the sekretess flag of a delegationsbeslut, on a file from before it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from ksdesk.db import delegationsbeslut_repo
from ksdesk.db.connection import open_store, schema_version
from ksdesk.db.migrations import known_names

FIXTURES = Path(__file__).parent / "fixtures"


def test_m1812_flags_the_decisions_written_sekretess_and_no_other(tmp_path: Path) -> None:
    """A file from before m1812 (the demo of m0502) upgrades: a decision an import wrote as
    "Sekretess" (before the flag, the text moved into the beskrivning) is flagged, the rest
    are not; a flag set sticks."""
    path = tmp_path / "m0502.sqlite"
    shutil.copy(FIXTURES / "schema-m0502-demo.sqlite", path)
    with sqlite3.connect(path) as raw:
        first = raw.execute("SELECT id FROM delegationsbeslut ORDER BY id").fetchone()[0]
        raw.execute(
            "INSERT INTO delegationsbeslut (dnr, date, delegat, beslut) "
            "VALUES ('KS 2019/9', '2019-05-02', 'Kommundirektör', 'Beslut om avskrivning')"
        )
        raw.execute("UPDATE delegationsbeslut SET beslut = 'Sekretess ' WHERE id = ?", [first])
    raw.close()
    store = open_store(path)
    assert set(schema_version(store)) == known_names()
    flagged = {b.id: b.sekretess for b in delegationsbeslut_repo.list_all(store)}
    assert flagged.pop(first) is True
    assert flagged and set(flagged.values()) == {False}
    other = delegationsbeslut_repo.get(store, next(iter(flagged)))
    other.sekretess = True
    with store.atomic():
        delegationsbeslut_repo.save(store, other)
    assert delegationsbeslut_repo.get(store, other.id).sekretess is True
    store.close()
