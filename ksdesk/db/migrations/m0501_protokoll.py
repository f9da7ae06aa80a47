"""Step m0501: what the secretary records at the table. Per §: yrkanden, propositionsordning,
votering, reservationer, protokollsanteckningar, jäv, omedelbar justering and the förslag the
beslut started from. Per meeting: the upprop (attendance) and the justering."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements

# Columns added to protokoll_paragraf: (name, definition).
PARAGRAF_COLUMNS = (
    ("yrkanden", "TEXT NOT NULL DEFAULT '[]'"),
    ("propositionsordning", "TEXT NOT NULL DEFAULT ''"),
    ("votering", "TEXT"),
    ("reservationer", "TEXT NOT NULL DEFAULT '[]'"),
    ("anteckningar", "TEXT NOT NULL DEFAULT '[]'"),
    ("jav", "TEXT NOT NULL DEFAULT '[]'"),
    ("omedelbar_justering", "INTEGER NOT NULL DEFAULT 0"),
    ("forslag", "TEXT NOT NULL DEFAULT ''"),
)

SCHEMA = """
CREATE INDEX IF NOT EXISTS protokoll_paragraf_meeting ON protokoll_paragraf(meeting_id, paragraf);
CREATE TABLE IF NOT EXISTS protokoll_meeting (
  meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
  justerare TEXT NOT NULL DEFAULT '[]',
  justering_date TEXT,
  justering_time TEXT,
  justering_place TEXT NOT NULL DEFAULT '',
  opened TEXT,
  closed TEXT,
  justerat TEXT,
  anslaget TEXT,
  forvaringsplats TEXT NOT NULL DEFAULT '',
  held INTEGER NOT NULL DEFAULT 0
);
-- Names are copied from the members register at the upprop: the protokoll keeps them as
-- they were (the register's rows are replaced whenever the organ is saved).
CREATE TABLE IF NOT EXISTS attendance (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  party TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  present INTEGER NOT NULL DEFAULT 1,
  replaces TEXT NOT NULL DEFAULT '',
  from_paragraf INTEGER,
  to_paragraf INTEGER
);
CREATE INDEX IF NOT EXISTS attendance_meeting ON attendance(meeting_id, position)
"""


@migrations(name="m0501_protokoll")
def m0501_protokoll(db) -> None:
    # Written to be safe to run twice (a copy restored mid-upgrade, the migration test).
    existing = set(db["protokoll_paragraf"].columns_dict)
    for name, definition in PARAGRAF_COLUMNS:
        if name not in existing:
            db.execute(f"ALTER TABLE protokoll_paragraf ADD COLUMN {name} {definition}")
    run_statements(db, SCHEMA)
