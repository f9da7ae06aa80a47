"""Step m1805: what a search filters on, kept apart from the text, and prefix indexes for the
short words a search box gets.

`search_place` holds the organ and year of each document of `search_index` (by its FTS rowid,
id × 8 + kind; the kind is read from the rowid itself). `ksdesk sok --organ/--ar` read them
from FTS5's content table, whose row holds the document's whole text before them (66 MB of
text at ten years, read past for every match). This table holds nothing else, so a match is
kept or passed over before it is ranked, without its text. db/search_repo.refresh writes it
with the index, in the transaction of the edit.

The index is built again with prefix indexes of 1 to 6 letters (it had 2 and 3): every word
of a query is a prefix, and "deleg" or "ekon" merged the lists of every word that begins so
(9 ms of such a search at ten years before a single match was ranked; 0.6 ms with the index),
as "1" in "KS 2022/1" did with every number that begins with a 1 (15 ms of the search, 4 with
the index). Same tokenizer, same columns, same documents and rowids: bm25 ranks as before.
Ten years of documents are copied once, in some 9 s of CPU (20 s on a busy machine with the
copy of the file set aside first); the index grows from 74 to 140 MB, the file from 468 to
537 MB.

Both are local and derived, as the index is: no sync unit carries them (db/sync_tables.PARTS),
and each laptop builds its own. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements

PREFIXES = "1 2 3 4 5 6"

_COLUMNS = "rubrik, text, alt, typ, organ, datum, ref"

# The documents are set aside in a temporary table while the index is made anew: the pages
# of the old index are then free for the new one, and the file grows by what the prefixes
# add (some 70 MB at ten years) instead of by a second copy of the whole index (220 MB).
SCHEMA = f"""
CREATE TEMP TABLE search_documents AS
  SELECT rowid AS id, {_COLUMNS} FROM search_index ORDER BY rowid;
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(
  rubrik, text, alt,
  typ UNINDEXED, organ UNINDEXED, datum UNINDEXED, ref UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 0', prefix = '{PREFIXES}'
);
INSERT INTO search_index (rowid, {_COLUMNS})
  SELECT id, {_COLUMNS} FROM temp.search_documents ORDER BY id;
DROP TABLE temp.search_documents;
CREATE TABLE IF NOT EXISTS search_place (
  id INTEGER PRIMARY KEY,
  organ TEXT NOT NULL,
  year INTEGER
);
DELETE FROM search_place;
INSERT INTO search_place (id, organ, year)
  SELECT rowid, organ, {{year}} FROM search_index
"""

# The year of a document's date ("2020-12-07"); NULL where it has none (a draft's point).
YEAR_OF_DATUM = (
    "CASE WHEN {datum} GLOB '[0-9][0-9][0-9][0-9]*' THEN CAST(substr({datum}, 1, 4) AS INTEGER) END"
)


def _has_prefixes(db) -> bool:
    row = db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()
    return f"prefix = '{PREFIXES}'" in row[0]


@migrations(name="m1805_search_place")
def m1805_search_place(db) -> None:
    schema = SCHEMA.format(year=YEAR_OF_DATUM.format(datum="datum"))
    if _has_prefixes(db):  # run before: only the places are written again
        schema = schema[schema.index("CREATE TABLE IF NOT EXISTS search_place") :]
    run_statements(db, schema)
