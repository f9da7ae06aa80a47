"""Step m1404: the review's decisions may concern a citizen's name ("namn"); the redaction
table, rebuilt to allow it, keeps its rows, its index and its change triggers."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from ksdesk.core.public_copy import Decision
from ksdesk.db import meeting_repo, redaction_repo

DECIDED = Decision("maskera", "Anna", "2024-03-05T10:00:00")


def _schema(store) -> list[tuple[str, str]]:
    rows = store.db.execute(
        "SELECT type, name FROM sqlite_master WHERE tbl_name = 'redaction' ORDER BY type, name"
    )
    return rows.fetchall()


def test_the_step_widens_the_kinds_and_keeps_rows_index_and_triggers(demo_store) -> None:
    # Imported here: a step imported before the others are registered would run first.
    from ksdesk.db.migrations.m1404_redaction_namn import m1404_redaction_namn

    store = demo_store
    meeting_id = meeting_repo.find_by_date(store, date(2020, 12, 7)).id
    with store.atomic():
        redaction_repo.add(
            store,
            meeting_id,
            hit_key="k1",
            kind="sekretess",
            source="m",
            shown="",
            decision=DECIDED,
        )
    before = _schema(store)
    # Put back the table as m0401 made it (with m1301's uuid), then run the step.
    sql = store.db.execute("SELECT sql FROM sqlite_master WHERE name = 'redaction'").fetchone()[0]
    assert "'namn'" in sql  # a new file has it from the start
    narrowed = sql.replace(", 'namn')", ")").replace('CREATE TABLE "redaction"', "CREATE TABLE r0")
    store.db.execute(narrowed)
    store.db.execute("INSERT INTO r0 SELECT * FROM redaction")
    kept = store.db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'redaction' AND sql IS NOT NULL "
        "AND type != 'table'"
    ).fetchall()
    store.db.execute("DROP TABLE redaction")
    store.db.execute("ALTER TABLE r0 RENAME TO redaction")
    for (statement,) in kept:
        store.db.execute(statement)
    with pytest.raises(sqlite3.IntegrityError):  # as before m1404
        store.db.execute(
            "INSERT INTO redaction (meeting_id, hit_key, kind, source, decision, decided_by, "
            "decided_at) VALUES (?, 'k0', 'namn', 's', 'maskera', 'Anna', 'nu')",
            [meeting_id],
        )
    m1404_redaction_namn(store.db.full)
    m1404_redaction_namn(store.db.full)  # safe to run twice
    assert _schema(store) == before
    with store.atomic():
        redaction_repo.add(
            store, meeting_id, hit_key="k2", kind="namn", source="n", shown="", decision=DECIDED
        )
    assert {e.kind for e in redaction_repo.log(store, meeting_id)} == {"sekretess", "namn"}
