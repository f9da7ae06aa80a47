"""Step m1206: a chapter of the delegationsordning names the part of the ordning it belongs
to ("Del A Kommunstyrelsen" over chapters 1–5, "Del 2 LSS"), printed above the first chapter
of each run of chapters with the same part; '' for a chapter in no part (every chapter
written before this step). Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1206_delegation_chapter_part")
def m1206_delegation_chapter_part(db) -> None:
    if "part" not in db["deleg_chapter"].columns_dict:
        db.execute("ALTER TABLE deleg_chapter ADD COLUMN part TEXT NOT NULL DEFAULT ''")
