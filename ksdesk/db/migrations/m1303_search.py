"""Step m1303: full-text search across every year (FTS5).

`search_index` holds one document per ärende (title, förslag, tjänsteskrivelse), bilaga (the
text of its file), protokoll § (beslut, beskrivning, behandling), delegationsbeslut and
delegation point. The tokenizer keeps å, ä, ö apart from a, o (remove_diacritics 0); look-alike
letters are folded before indexing (core.lookalike), in Python, by db/search_repo.py.

Triggers only queue what changed (`search_dirty`, plain SQL: any SQLite tool can still write
the file); Store.atomic() brings the index up to date from the queue before each commit, so
the index changes in the same transaction as the edit. `file_text` keeps the text read out of
each stored file once, by its sha256 (a file attached twice is read once); a file not read
yet is found by its title until it is. Existing rows are queued here and indexed on first use.
Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements

SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
  rubrik, text, alt,
  typ UNINDEXED, organ UNINDEXED, datum UNINDEXED, ref UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
);
CREATE TABLE IF NOT EXISTS search_dirty (
  typ TEXT NOT NULL,
  row_id INTEGER NOT NULL,
  PRIMARY KEY (typ, row_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS file_text (
  sha256 TEXT PRIMARY KEY,
  text TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS bilaga_sha256 ON bilaga(sha256)
"""

# Each SELECT names the ids to queue `row_id`; {row} is NEW or OLD.
_ROW = "SELECT {row}.id AS row_id"
_ITEM_OF_TS = "SELECT item_id AS row_id FROM tjansteskrivelse WHERE id = {row}.ts_id"

# (table, columns whose change matters or "" for any, typ, SELECT of the row ids to queue).
QUEUES = (
    ("agenda_item", "title, dnr, proposal, meeting_id, is_section", "arende", _ROW),
    ("tjansteskrivelse", "", "arende", "SELECT {row}.item_id AS row_id"),
    ("ts_forslag", "text, ts_id", "arende", _ITEM_OF_TS),
    ("ts_section", "heading, text, ts_id", "arende", _ITEM_OF_TS),
    ("bilaga", "title, nr, sha256, item_id", "bilaga", _ROW),
    (
        "protokoll_paragraf",
        "paragraf, title, dnr, beslut, beskrivning, behandling, meeting_date, organ_id",
        "paragraf",
        _ROW,
    ),
    ("delegationsbeslut", "", "delegationsbeslut", _ROW),
    ("deleg_point", "", "punkt", _ROW),
)

# Changes to a parent that show in its children's documents (date, organ, heading).
PARENT_QUEUES = (
    (
        "meeting",
        "date, organ_id",
        "arende",
        "SELECT id AS row_id FROM agenda_item WHERE meeting_id = NEW.id",
    ),
    (
        "meeting",
        "date, organ_id",
        "bilaga",
        "SELECT b.id AS row_id FROM bilaga b JOIN agenda_item i ON i.id = b.item_id "
        "WHERE i.meeting_id = NEW.id",
    ),
    (
        "organ",
        "name",
        "arende",
        "SELECT i.id AS row_id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id "
        "WHERE m.organ_id = NEW.id",
    ),
    (
        "organ",
        "name",
        "bilaga",
        "SELECT b.id AS row_id FROM bilaga b JOIN agenda_item i ON i.id = b.item_id "
        "JOIN meeting m ON m.id = i.meeting_id WHERE m.organ_id = NEW.id",
    ),
    (
        "organ",
        "name",
        "paragraf",
        "SELECT id AS row_id FROM protokoll_paragraf WHERE organ_id = NEW.id",
    ),
    (
        "deleg_chapter",
        "title",
        "punkt",
        "SELECT id AS row_id FROM deleg_point WHERE chapter_id = NEW.id",
    ),
    (
        "deleg_version",
        "name, status, adopted_date",
        "punkt",
        "SELECT p.id AS row_id FROM deleg_point p JOIN deleg_chapter c ON c.id = p.chapter_id "
        "WHERE c.version_id = NEW.id",
    ),
    ("file_text", "", "bilaga", "SELECT id AS row_id FROM bilaga WHERE sha256 = NEW.sha256"),
)

# Everything already stored is queued once.
EXISTING = (
    ("arende", "SELECT id AS row_id FROM agenda_item"),
    ("bilaga", "SELECT id AS row_id FROM bilaga"),
    ("paragraf", "SELECT id AS row_id FROM protokoll_paragraf"),
    ("delegationsbeslut", "SELECT id AS row_id FROM delegationsbeslut"),
    ("punkt", "SELECT id AS row_id FROM deleg_point"),
)


def _queue(typ: str, select: str) -> str:
    return (
        f"INSERT OR IGNORE INTO search_dirty (typ, row_id) "
        f"SELECT '{typ}', row_id FROM ({select}) WHERE row_id IS NOT NULL;"
    )


def _row_triggers(db, table: str, columns: str, typ: str, select: str) -> None:
    of = f" OF {columns}" if columns else ""
    events = (
        ("insert", "AFTER INSERT", [select.format(row="NEW")]),
        ("update", f"AFTER UPDATE{of}", [select.format(row="NEW"), select.format(row="OLD")]),
        ("delete", "AFTER DELETE", [select.format(row="OLD")]),
    )
    for name, event, selects in events:
        body = " ".join(_queue(typ, s) for s in selects)
        db.execute(
            f"CREATE TRIGGER IF NOT EXISTS {table}_search_{name} {event} ON [{table}] "
            f"BEGIN {body} END"
        )


@migrations(name="m1303_search")
def m1303_search(db) -> None:
    run_statements(db, SCHEMA)
    for table, columns, typ, select in QUEUES:
        _row_triggers(db, table, columns, typ, select)
    for number, (table, columns, typ, select) in enumerate(PARENT_QUEUES):
        of = f" OF {columns}" if columns else ""
        event = "INSERT" if table == "file_text" else f"UPDATE{of}"
        db.execute(
            f"CREATE TRIGGER IF NOT EXISTS {table}_search_{typ}_{number} AFTER {event} "
            f"ON [{table}] BEGIN {_queue(typ, select)} END"
        )
    for typ, select in EXISTING:
        db.execute(_queue(typ, select))
