"""Step m1306: the files whose text is not read yet, kept as a queue (`file_unread`) by
triggers, so that asking "is there anything to read?" – which `ksdesk sok` and the window do
on every start – is one lookup, not a pass over every bilaga of every year (30 ms at ten
years). A stored file is queued when no `file_text` row holds its sha256 and leaves the queue
when its text is kept; a file no bilaga holds any more leaves it too. Whatever writes a
bilaga (a tab, an import, an undo, a team pull, another SQLite tool) keeps the queue right.
Existing unread files are queued here. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements

_HELD = "EXISTS (SELECT 1 FROM bilaga WHERE sha256 = {sha} AND content IS NOT NULL)"
_UNREAD = "NOT EXISTS (SELECT 1 FROM file_text WHERE sha256 = {sha})"


def _queue(sha: str) -> str:
    return (
        f"INSERT OR IGNORE INTO file_unread (sha256) SELECT {sha} "
        f"WHERE {sha} != '' AND {_HELD.format(sha=sha)} AND {_UNREAD.format(sha=sha)};"
    )


def _drop_if_orphaned(sha: str) -> str:
    return f"DELETE FROM file_unread WHERE sha256 = {sha} AND NOT {_HELD.format(sha=sha)};"


SCHEMA = f"""
CREATE TABLE IF NOT EXISTS file_unread (sha256 TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT OR IGNORE INTO file_unread (sha256) SELECT DISTINCT b.sha256 FROM bilaga b
  WHERE b.sha256 != '' AND b.content IS NOT NULL AND {_UNREAD.format(sha="b.sha256")};
CREATE TRIGGER IF NOT EXISTS bilaga_unread_insert AFTER INSERT ON bilaga
  BEGIN {_queue("NEW.sha256")} END;
CREATE TRIGGER IF NOT EXISTS bilaga_unread_update AFTER UPDATE OF sha256, content ON bilaga
  BEGIN {_queue("NEW.sha256")} {_drop_if_orphaned("OLD.sha256")} END;
CREATE TRIGGER IF NOT EXISTS bilaga_unread_delete AFTER DELETE ON bilaga
  BEGIN {_drop_if_orphaned("OLD.sha256")} END;
CREATE TRIGGER IF NOT EXISTS file_text_unread_read AFTER INSERT ON file_text
  BEGIN DELETE FROM file_unread WHERE sha256 = NEW.sha256; END;
CREATE TRIGGER IF NOT EXISTS file_text_unread_forgotten AFTER DELETE ON file_text
  BEGIN {_queue("OLD.sha256")} END
"""


@migrations(name="m1306_unread_files")
def m1306_unread_files(db) -> None:
    run_statements(db, SCHEMA)
