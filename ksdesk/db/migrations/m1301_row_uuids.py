"""Step m1301: every row that others may refer to gets a stable UUID, and every sync unit
(aggregate) a version, who changed it and when.

Integer ids stay the local keys (foreign keys, the GUI). What must survive a delete, an undo,
a sync or leave the file (public-copy decisions, search hits, calendar UIDs, team mode) uses
the uuid. The units, as a later sync moves them:
- a meeting with its items, tjänsteskrivelser, bilagor, protokoll (§§, justering), upprop
  and public-copy decisions;
- a version of the delegationsordning with its chapters, points and lists;
- a budget sheet with its columns, rows and cells;
- register rows, each a unit of its own: organ, member, delegationsbeslut, document (with its
  blocks), role.
Safe to run twice (a copy restored mid-upgrade, the migration test)."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations
from ksdesk.db.migrations.row_identity import add_change_context, add_root, add_uuid, bump_root

# Every table with an integer id as of this step (database_identity is the file's own id).
TABLES = (
    "organ",
    "member",
    "meeting",
    "agenda_item",
    "tjansteskrivelse",
    "ts_forslag",
    "ts_section",
    "bilaga",
    "document",
    "document_block",
    "budget_sheet",
    "budget_column",
    "budget_row",
    "deleg_version",
    "deleg_revision",
    "deleg_intro",
    "deleg_chapter",
    "deleg_point",
    "deleg_abbreviation",
    "deleg_role",
    "delegationsbeslut",
    "protokoll_paragraf",
    "redaction",
    "attendance",
)

# Aggregate roots: table -> the kind a tombstone and a later sync name it by.
ROOTS = {
    "meeting": "meeting",
    "deleg_version": "delegation_version",
    "budget_sheet": "budget_sheet",
    "organ": "organ",
    "member": "member",
    "delegationsbeslut": "delegationsbeslut",
    "document": "document",
    "deleg_role": "role",
}

_ITEM_MEETING = "(SELECT meeting_id FROM agenda_item WHERE id = {row}.item_id)"
_TS_MEETING = (
    "(SELECT i.meeting_id FROM tjansteskrivelse t JOIN agenda_item i ON i.id = t.item_id "
    "WHERE t.id = {row}.ts_id)"
)

# (table, root, SQL giving the root's id from the changed row).
PARTS = (
    ("agenda_item", "meeting", "{row}.meeting_id"),
    ("tjansteskrivelse", "meeting", _ITEM_MEETING),
    ("ts_forslag", "meeting", _TS_MEETING),
    ("ts_section", "meeting", _TS_MEETING),
    ("bilaga", "meeting", _ITEM_MEETING),
    ("protokoll_paragraf", "meeting", "{row}.meeting_id"),
    ("protokoll_meeting", "meeting", "{row}.meeting_id"),
    ("attendance", "meeting", "{row}.meeting_id"),
    ("redaction", "meeting", "{row}.meeting_id"),
    ("deleg_revision", "deleg_version", "{row}.version_id"),
    ("deleg_intro", "deleg_version", "{row}.version_id"),
    ("deleg_chapter", "deleg_version", "{row}.version_id"),
    ("deleg_abbreviation", "deleg_version", "{row}.version_id"),
    (
        "deleg_point",
        "deleg_version",
        "(SELECT version_id FROM deleg_chapter WHERE id = {row}.chapter_id)",
    ),
    ("budget_column", "budget_sheet", "{row}.sheet_id"),
    ("budget_row", "budget_sheet", "{row}.sheet_id"),
    ("budget_cell", "budget_sheet", "(SELECT sheet_id FROM budget_row WHERE id = {row}.row_id)"),
    ("document_block", "document", "{row}.document_id"),
)


@migrations(name="m1301_row_uuids")
def m1301_row_uuids(db) -> None:
    add_change_context(db)
    for table in TABLES:
        add_uuid(db, table)
    for root, kind in ROOTS.items():
        add_root(db, root, kind)
    for table, root, root_id in PARTS:
        bump_root(db, table, root, root_id)
