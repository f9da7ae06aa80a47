"""Step m1305: indexes for the foreign keys of the tables step m1401 added (the follow-up
registers), so that deleting an organ or a protokoll version finds the rows its rules reach
through an index, as every other foreign key does since m1302 (tests/db/test_query_plans.py
holds every table to that). Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements

INDEXES = """
CREATE INDEX IF NOT EXISTS uppdrag_organ ON uppdrag(organ_id);
CREATE INDEX IF NOT EXISTS expediering_organ ON expediering(organ_id);
CREATE INDEX IF NOT EXISTS protokoll_fil_version ON protokoll_fil(version_id);
CREATE INDEX IF NOT EXISTS protokoll_version_organ ON protokoll_version(organ_id)
"""


@migrations(name="m1305_more_indexes")
def m1305_more_indexes(db) -> None:
    run_statements(db, INDEXES)
