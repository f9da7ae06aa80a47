"""Step m1809: a meeting carries the marks of the laptops whose register of skyddade
personuppgifter names someone in it (services.skyddade_mark): for each such user, their
login, the name colleagues see, when the mark was made and how many hits the scan found;
never the names or what matched. JSON in one column of the meeting (''when no mark), so it
travels with the meeting's other columns (db.sync_tables reads them from the schema).

The register stays in each file (step m1807 says why); the mark is what every other laptop's
public check needs to refuse a public copy its own register cannot mask. An older ksdesk would
publish regardless: server step s1804 makes it refuse the server. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1809_skyddad_markering")
def m1809_skyddad_markering(db) -> None:
    if "skyddad_markering" not in db["meeting"].columns_dict:
        db.execute("ALTER TABLE meeting ADD COLUMN skyddad_markering TEXT NOT NULL DEFAULT ''")
