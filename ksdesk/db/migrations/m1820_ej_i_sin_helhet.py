"""Step m1820: an ärende may be published without its texts ("publiceras inte i sin helhet",
core.not_in_full), with the sentence printed instead, and may carry a public title that
every public output prints instead of its title. 0 and '' for every ärende written before
(none was marked, and each keeps its title). The columns travel with their row in team mode
(db.sync_tables reads the columns from the schema); an older ksdesk would publish the texts
of a marked ärende, so server step s1806 makes it refuse the server. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1820_ej_i_sin_helhet")
def m1820_ej_i_sin_helhet(db) -> None:
    columns = db["agenda_item"].columns_dict
    if "not_in_full" not in columns:
        db.execute(
            "ALTER TABLE agenda_item ADD COLUMN not_in_full INTEGER NOT NULL DEFAULT 0 "
            "CHECK (not_in_full IN (0, 1))"
        )
    if "not_in_full_note" not in columns:
        db.execute("ALTER TABLE agenda_item ADD COLUMN not_in_full_note TEXT NOT NULL DEFAULT ''")
    if "public_title" not in columns:
        db.execute("ALTER TABLE agenda_item ADD COLUMN public_title TEXT NOT NULL DEFAULT ''")
