"""Step m0101 (budget): declared identities on columns and percent rows.

`budget_column.sums` holds a column's declared identity as signed positions of the columns it
sums ("+5 +6 -7"); `budget_row.percent` marks a row of percentages that is never summed.
The step checks before adding, so running it again on an upgraded file changes nothing."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations

ADDITIONS = (
    ("budget_column", "sums", "TEXT NOT NULL DEFAULT ''"),
    ("budget_row", "percent", "INTEGER NOT NULL DEFAULT 0 CHECK (percent IN (0, 1))"),
)


@migrations(name="m0101_budget_identities")
def m0101_budget_identities(db) -> None:
    for table, column, definition in ADDITIONS:
        if column not in db[table].columns_dict:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
