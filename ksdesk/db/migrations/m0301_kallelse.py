"""Step m0301 (kallelse): the per-meeting choice to print Förslag till beslut on the kallelse."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations


@migrations(name="m0301_kallelse")
def m0301_kallelse(db) -> None:
    # Checked first so that re-running the step on a file that has it (a restored copy whose
    # migration log was lost) does not fail on "duplicate column".
    if "show_proposals" not in db["meeting"].columns_dict:
        db.execute("ALTER TABLE meeting ADD COLUMN show_proposals INTEGER NOT NULL DEFAULT 0")
