"""Step m1802: team_link.seen_seq, the highest change number this file has seen on the server
at all, its own pushes included (last_seq is the one it has seen everything up to). A server
whose newest change number is lower than seen_seq was read back from a backup: the sync then
compares every unit by content (services/team_restore.py)."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m1802_team_seen")
def m1802_team_seen(db) -> None:
    columns = {row[1] for row in db.execute("PRAGMA table_info(team_link)").fetchall()}
    if "seen_seq" not in columns:
        db.execute("ALTER TABLE team_link ADD COLUMN seen_seq INTEGER NOT NULL DEFAULT 0")
        db.execute("UPDATE team_link SET seen_seq = last_seq")  # seen at least that much
