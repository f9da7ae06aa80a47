"""Step m1801: what a laptop in team mode remembers of the kansli's server. Tables of the file
itself (like change_context), not content: they are never synced.

- team_link: the server and login this file syncs with (never a password: that stays in the
  OS keyring), the name colleagues see, and how far the last sync got (last_seq: the server's
  change counter this file has seen everything up to).
- sync_unit: per unit known to the server: the server version the local copy rests on, the
  local version at that moment (a unit whose version moved since has changes to push), whether
  the user may change it, and who has it checked out.
- sync_row: per row of such a unit, a digest of the row as the server has it: a push sends
  the rows whose digest differs and nothing else.
- sync_push: a push sent but not yet known to have arrived (a sync killed at the wrong moment
  asks the server for its receipt next time, instead of pushing twice).
- sync_conflict: units changed on both sides (or refused), with the server's side kept, so
  the secretary can compare and choose, offline too; sync_conflict_kept: the side not taken.

An index on each aggregate root's change_txn lets the commit check of team mode find the
units a transaction touched without reading every root."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements

SCHEMA = """
CREATE TABLE IF NOT EXISTS team_link (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  server TEXT NOT NULL,
  login TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  kommun TEXT NOT NULL DEFAULT '',
  linked_at TEXT NOT NULL,
  last_seq INTEGER NOT NULL DEFAULT 0,
  last_sync TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS sync_unit (
  uuid TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  server_version INTEGER NOT NULL DEFAULT 0,
  synced_version INTEGER NOT NULL DEFAULT 0,
  writable INTEGER NOT NULL DEFAULT 1,
  lease_holder TEXT NOT NULL DEFAULT '',
  lease_since TEXT NOT NULL DEFAULT '',
  lease_mine INTEGER NOT NULL DEFAULT 0,
  refetch INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sync_row (
  key TEXT PRIMARY KEY,
  unit_uuid TEXT NOT NULL,
  tbl TEXT NOT NULL,
  digest TEXT NOT NULL,
  blob_sha TEXT
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sync_row_unit ON sync_row(unit_uuid);
CREATE TABLE IF NOT EXISTS sync_push (
  unit_uuid TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  push_id TEXT NOT NULL,
  base_version INTEGER NOT NULL,
  local_version INTEGER NOT NULL,
  digests TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0,
  release INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sync_conflict (
  unit_uuid TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  reason TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT '',
  server_version INTEGER NOT NULL DEFAULT 0,
  server_changed_at TEXT NOT NULL DEFAULT '',
  server_changed_by TEXT NOT NULL DEFAULT '',
  server_deleted INTEGER NOT NULL DEFAULT 0,
  server_rows TEXT NOT NULL DEFAULT '{}',
  detected_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sync_conflict_kept (
  kept_no INTEGER PRIMARY KEY,
  unit_uuid TEXT NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('lokal', 'server')),
  rows TEXT NOT NULL,
  resolved_at TEXT NOT NULL,
  resolved_by TEXT NOT NULL DEFAULT ''
)
"""

ROOTS = (
    "meeting",
    "deleg_version",
    "budget_sheet",
    "organ",
    "member",
    "delegationsbeslut",
    "document",
    "deleg_role",
    "motion",
    "uppdrag",
)


@migrations(name="m1801_team")
def m1801_team(db) -> None:
    run_statements(db, SCHEMA)
    for root in ROOTS:
        db.execute(f"CREATE INDEX IF NOT EXISTS {root}_change_txn ON [{root}](change_txn)")
