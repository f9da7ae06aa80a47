"""Step m0201: the role register remembers renamed titles, and the lookups the delegation
checks and the anmälan of delegationsbeslut make are indexed. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements

INDEXES = """
CREATE INDEX IF NOT EXISTS deleg_point_uid ON deleg_point(uid);
CREATE INDEX IF NOT EXISTS delegationsbeslut_reported
  ON delegationsbeslut(reported_meeting_id, date)
"""


@migrations(name="m0201_delegation")
def m0201_delegation(db) -> None:
    if "replaced_by" not in db["deleg_role"].columns_dict:
        db.execute("ALTER TABLE deleg_role ADD COLUMN replaced_by TEXT NOT NULL DEFAULT ''")
    run_statements(db, INDEXES)
