"""Building blocks of the row identity steps (m1301 and any later step that adds a table):
a stable UUID per row, and a version per aggregate (sync unit) bumped by triggers.

Everything here is plain SQL, so the file stays usable by any SQLite tool: no function of
ours is needed to insert, update or delete a row.

- `add_uuid(db, table)`: a `uuid` column with a unique index, filled for existing rows, and a
  trigger that fills it when an insert gives none (repos pass the dataclass's uuid, so a row
  put back by undo or pulled by a sync keeps its identity).
- `add_root(db, root, kind)`: `version`, `changed_at` (UTC ISO), `changed_by` on an aggregate
  root, bumped once per transaction by any change to the root, and a tombstone when the root
  is deleted (a later sync must learn of deletions too).
- `bump_root(db, table, root, root_id)`: any insert, update or delete of `table` bumps the
  root whose id the SQL expression `root_id` gives (written with `{row}` for NEW or OLD).

Once per transaction: `change_context.txn` is a counter that Store.atomic() raises at the end
of every transaction that changed something; a root remembers in `change_txn` the counter of
the transaction that last bumped it, and is not bumped again while that stays the same.
`change_context.user` names who changes (Store sets it), for `changed_by`.

A shipped step calls these functions: change their behaviour only by adding new ones."""

from __future__ import annotations

from ksdesk.db.migrations.registry import run_statements

# A random (version 4) UUID in SQL: 8-4-4-4-12 lowercase hex digits, as uuid.uuid4() writes.
UUID_SQL = (
    "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || "
    "substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || "
    "lower(hex(randomblob(6)))"
)
NOW_SQL = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"

CHANGE_CONTEXT = """
CREATE TABLE IF NOT EXISTS change_context (
  txn INTEGER NOT NULL,
  user TEXT NOT NULL DEFAULT ''
);
INSERT INTO change_context (txn, user)
  SELECT 1, '' WHERE NOT EXISTS (SELECT 1 FROM change_context);
CREATE TABLE IF NOT EXISTS tombstone (
  uuid TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  deleted_at TEXT NOT NULL,
  deleted_by TEXT NOT NULL DEFAULT ''
)
"""


def add_change_context(db) -> None:
    run_statements(db, CHANGE_CONTEXT)


def _columns(db, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info([{table}])").fetchall()}


def add_uuid(db, table: str) -> None:
    if "uuid" not in _columns(db, table):
        db.execute(f"ALTER TABLE [{table}] ADD COLUMN uuid TEXT")
    db.execute(f"UPDATE [{table}] SET uuid = {UUID_SQL} WHERE uuid IS NULL")
    db.execute(f"CREATE UNIQUE INDEX IF NOT EXISTS {table}_uuid ON [{table}](uuid)")
    db.execute(
        f"CREATE TRIGGER IF NOT EXISTS {table}_uuid_fill AFTER INSERT ON [{table}] "
        f"WHEN NEW.uuid IS NULL BEGIN "
        f"UPDATE [{table}] SET uuid = {UUID_SQL} WHERE id = NEW.id; END"
    )


def _bump(root: str, root_id: str) -> str:
    """The statement that bumps one root, at most once per transaction."""
    return (
        f"UPDATE [{root}] SET version = version + 1, changed_at = {NOW_SQL}, "
        "changed_by = (SELECT user FROM change_context), "
        "change_txn = (SELECT txn FROM change_context) "
        f"WHERE id = {root_id} AND change_txn IS NOT (SELECT txn FROM change_context);"
    )


def add_root(db, root: str, kind: str) -> None:
    """Make `root` an aggregate root of the sync unit `kind` ("meeting", "organ", ...)."""
    present = _columns(db, root)
    additions = (
        ("version", "INTEGER NOT NULL DEFAULT 0"),
        ("changed_at", "TEXT NOT NULL DEFAULT ''"),
        ("changed_by", "TEXT NOT NULL DEFAULT ''"),
        ("change_txn", "INTEGER"),
    )
    for name, definition in additions:
        if name not in present:
            db.execute(f"ALTER TABLE [{root}] ADD COLUMN {name} {definition}")
    # What exists already counts as changed once, now (it was never synced).
    db.execute(f"UPDATE [{root}] SET version = 1, changed_at = {NOW_SQL} WHERE version = 0")
    # A root written with its version (a pulled sync) is not bumped: NEW.version differs.
    _triggers(
        db,
        f"{root}_root_insert AFTER INSERT ON [{root}] BEGIN "
        f"DELETE FROM tombstone WHERE uuid = NEW.uuid; {_bump(root, 'NEW.id')} END",
        f"{root}_root_update AFTER UPDATE ON [{root}] WHEN NEW.version = OLD.version "
        f"BEGIN {_bump(root, 'NEW.id')} END",
        f"{root}_tombstone AFTER DELETE ON [{root}] WHEN OLD.uuid IS NOT NULL BEGIN "
        "INSERT OR REPLACE INTO tombstone (uuid, kind, deleted_at, deleted_by) "
        f"VALUES (OLD.uuid, '{kind}', {NOW_SQL}, (SELECT user FROM change_context)); END",
    )


def bump_root(db, table: str, root: str, root_id: str) -> None:
    """Any change to a row of `table` bumps its aggregate root. `root_id` is SQL with `{row}`
    where NEW or OLD goes: "{row}.meeting_id", or a subquery for a grandchild."""
    new, old = root_id.format(row="NEW"), root_id.format(row="OLD")
    name = f"{table}_bumps_{root}"
    _triggers(
        db,
        f"{name}_insert AFTER INSERT ON [{table}] BEGIN {_bump(root, new)} END",
        f"{name}_update AFTER UPDATE ON [{table}] BEGIN {_bump(root, new)} {_bump(root, old)} END",
        f"{name}_delete AFTER DELETE ON [{table}] BEGIN {_bump(root, old)} END",
    )


def _triggers(db, *definitions: str) -> None:
    """CREATE TRIGGER each (one statement each: a trigger's body holds semicolons)."""
    for definition in definitions:
        db.execute(f"CREATE TRIGGER IF NOT EXISTS {definition}")
