"""Step m1804: citation_cache, the § citations found in each meeting's texts, kept with the
meeting's change_txn (services/citing_texts.py). The first delegation check after opening a
ten-year file read and searched some 4 500 texts (0.8 s on the GUI thread); with this table
it searches only the meetings changed since they were last searched.

A local table of derived data: no bump trigger (writing it changes no meeting) and not part
of any sync unit (db/sync_tables.PARTS); each laptop finds its own. `rules` is the version of
the rules that found the citations (core.delegation_citations.RULES): a row of another is
searched again. Deleting a meeting deletes its row."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1804_citation_cache")
def m1804_citation_cache(db) -> None:
    db.execute(
        "CREATE TABLE IF NOT EXISTS citation_cache ("
        "meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE, "
        "change_txn INTEGER NOT NULL, rules TEXT NOT NULL, found TEXT NOT NULL)"
    )
