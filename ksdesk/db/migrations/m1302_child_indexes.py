"""Step m1302: an index for every foreign key and every lookup of a parent's children.

Without them each child lookup read the whole child table (EXPLAIN QUERY PLAN: SCAN), so the
same edit of the same meeting grew slower with every year of history; and deleting a parent
searched every child table for the rows its ON DELETE rules reach. A test runs the plan of
every query in db/ against a filled file and fails on a full scan of a child table
(tests/db/test_query_plans.py). Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements

INDEXES = """
CREATE INDEX IF NOT EXISTS member_organ ON member(organ_id, position);
CREATE INDEX IF NOT EXISTS meeting_day ON meeting(date);
CREATE INDEX IF NOT EXISTS ts_forslag_ts ON ts_forslag(ts_id, position);
CREATE INDEX IF NOT EXISTS ts_section_ts ON ts_section(ts_id, position);
CREATE INDEX IF NOT EXISTS bilaga_item ON bilaga(item_id, position);
CREATE INDEX IF NOT EXISTS document_block_document ON document_block(document_id, position);
CREATE INDEX IF NOT EXISTS budget_column_sheet ON budget_column(sheet_id, position);
CREATE INDEX IF NOT EXISTS budget_row_sheet ON budget_row(sheet_id, position);
CREATE INDEX IF NOT EXISTS budget_cell_column ON budget_cell(column_id);
CREATE INDEX IF NOT EXISTS deleg_revision_version ON deleg_revision(version_id, position);
CREATE INDEX IF NOT EXISTS deleg_intro_version ON deleg_intro(version_id, position);
CREATE INDEX IF NOT EXISTS deleg_chapter_version ON deleg_chapter(version_id, position);
CREATE INDEX IF NOT EXISTS deleg_abbreviation_version ON deleg_abbreviation(version_id, position);
CREATE INDEX IF NOT EXISTS delegationsbeslut_dnr ON delegationsbeslut(dnr);
CREATE INDEX IF NOT EXISTS protokoll_paragraf_item ON protokoll_paragraf(item_id);
CREATE INDEX IF NOT EXISTS protokoll_paragraf_day ON protokoll_paragraf(organ_id, meeting_date)
"""


@migrations(name="m1302_child_indexes")
def m1302_child_indexes(db) -> None:
    run_statements(db, INDEXES)
