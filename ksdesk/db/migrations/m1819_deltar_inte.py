"""Step m1819: per §, the members who take no part in its beslut or abstain from voting
outside a votering ("Deltar inte i beslut", Kungsbacka KS 2024-05-28 § 132), as a JSON list
like the jäv beside it. '[]' for every § written before (no one was marked). The column
travels with its row in team mode (db.sync_tables reads the columns from the schema); an
older ksdesk leaves it out of what it sends, and the server keeps a row's columns as they
come. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1819_deltar_inte")
def m1819_deltar_inte(db) -> None:
    if "deltar_inte" not in db["protokoll_paragraf"].columns_dict:
        db.execute(
            "ALTER TABLE protokoll_paragraf ADD COLUMN deltar_inte TEXT NOT NULL DEFAULT '[]'"
        )
