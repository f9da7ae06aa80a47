"""Step m1207: a chapter of the delegationsordning keeps the text that stood under its table
("Anställning upp till 6 månader är verkställighet (med undantag för förvaltningschef)."),
printed after its points; '' for every chapter written before this step. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1207_delegation_chapter_note")
def m1207_delegation_chapter_note(db) -> None:
    if "note" not in db["deleg_chapter"].columns_dict:
        db.execute("ALTER TABLE deleg_chapter ADD COLUMN note TEXT NOT NULL DEFAULT ''")
