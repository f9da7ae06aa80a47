"""Step m0402: the database's own identity, a UUID stored in the file.

Backups are filed under it (services/backup.py), so renaming or moving the file keeps its
backups. An existing file gets its UUID when it is migrated; a new one when it is created.
One row only; a copy of the file carries the same UUID until ksdesk notices the copy and
gives it one of its own (db/identity.py)."""

from __future__ import annotations

import uuid
from datetime import datetime

from ksdesk.db.migrations.registry import migrations, run_statements

SCHEMA = """
CREATE TABLE IF NOT EXISTS database_identity (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  uuid TEXT NOT NULL,
  created_at TEXT NOT NULL
)
"""


@migrations(name="m0402_database_identity")
def m0402_database_identity(db) -> None:
    run_statements(db, SCHEMA)
    # INSERT OR IGNORE: re-running the step keeps the identity the file already has.
    db.execute(
        "INSERT OR IGNORE INTO database_identity (id, uuid, created_at) VALUES (1, ?, ?)",
        [str(uuid.uuid4()), datetime.now().isoformat(timespec="seconds")],
    )
