"""Step m0401: the redaction log of public copies.

Each decision on a hit of the public-copy scan (a personnummer, a secret item or bilaga, a
bilaga whose text cannot be read) is a new row: who decided what, and when. The newest row
per hit is in force; older rows stay as the log."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements

SCHEMA = """
CREATE TABLE IF NOT EXISTS redaction (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  hit_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('personnummer', 'sekretess', 'oläslig')),
  source TEXT NOT NULL,
  shown TEXT NOT NULL DEFAULT '',
  decision TEXT NOT NULL CHECK (decision IN ('maskera', 'behåll')),
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS redaction_meeting ON redaction(meeting_id, hit_key)
"""


@migrations(name="m0401_redaction_log")
def m0401_redaction_log(db) -> None:
    run_statements(db, SCHEMA)
