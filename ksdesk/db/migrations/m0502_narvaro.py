"""Step m0502: presence in the upprop as any number of stretches per person.

m0501 kept one arrival and one departure per person (present, from_paragraf, to_paragraf),
so a member who left for one § and came back could not be recorded. Each attendance row now
holds a JSON list of stretches [{"first": 219, "last": 222}, ...] (null: from the start, to
the end; an empty list: absent). The old columns are filled into it and then dropped."""

from __future__ import annotations

import json

from ksdesk.db.migrations.registry import migrations

_OLD = ("present", "from_paragraf", "to_paragraf")


def stretches(present: int, first: int | None, last: int | None) -> str:
    """The m0501 columns of one row as the new JSON list."""
    return json.dumps([{"first": first, "last": last}] if present else [])


@migrations(name="m0502_narvaro")
def m0502_narvaro(db) -> None:
    # Written to be safe to run twice (a copy restored mid-upgrade, the migration test).
    columns = set(db["attendance"].columns_dict)
    if "narvaro" not in columns:
        db.execute("ALTER TABLE attendance ADD COLUMN narvaro TEXT NOT NULL DEFAULT '[]'")
    if not set(_OLD) <= columns:
        return
    rows = db.execute("SELECT id, present, from_paragraf, to_paragraf FROM attendance")
    for row_id, present, first, last in rows.fetchall():
        db.execute(
            "UPDATE attendance SET narvaro = ? WHERE id = ?",
            [stretches(present, first, last), row_id],
        )
    db["attendance"].transform(drop=set(_OLD))
    db.execute("CREATE INDEX IF NOT EXISTS attendance_meeting ON attendance(meeting_id, position)")
