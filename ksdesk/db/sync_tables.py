"""Which tables make up each sync unit, and how a unit's rows look when they travel.

A unit is a tree: its root row (a meeting) and the rows under it, each table reached from its
parent by one reference column. The columns are read from the schema itself (PRAGMA
table_info and foreign_key_list), so a column added by a later step travels without a change
here; a new table joins a unit by a line in PARTS (tests/team/test_unit_rows.py fails for a
table of a unit that is missing).

When a row travels, its local integer keys stay home: every reference column carries the uuid
of the row referred to instead, and the receiver turns it back into its own id."""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.core.team_wire import UnitRow
from ksdesk.db.aggregate_repo import UNITS as ROOT_TABLES


@dataclass(frozen=True)
class Part:
    table: str
    parent: str | None = None  # the column naming the parent row (None: the root)
    parent_table: str | None = None
    key: tuple[str, ...] = ()  # tables without a uuid: the columns that name a row
    secret_parent: str | None = None  # a reference whose row's secrecy comes before the parent's


def _children(parent: str, column: str, *tables: str) -> tuple[Part, ...]:
    return tuple(Part(table, column, parent) for table in tables)


PARTS: dict[str, tuple[Part, ...]] = {
    "organ": (Part("organ"),),
    "member": (Part("member"),),
    "role": (Part("deleg_role"),),
    "document": (Part("document"), Part("document_block", "document_id", "document")),
    "delegation_version": (
        Part("deleg_version"),
        *_children(
            "deleg_version",
            "version_id",
            "deleg_revision",
            "deleg_intro",
            "deleg_chapter",
            "deleg_abbreviation",
        ),
        Part("deleg_point", "chapter_id", "deleg_chapter"),
    ),
    "budget_sheet": (
        Part("budget_sheet"),
        *_children("budget_sheet", "sheet_id", "budget_column", "budget_row"),
        Part("budget_cell", "row_id", "budget_row", key=("row_id", "column_id")),
    ),
    "meeting": (
        Part("meeting"),
        Part("agenda_item", "meeting_id", "meeting"),
        Part("tjansteskrivelse", "item_id", "agenda_item"),
        *_children("tjansteskrivelse", "ts_id", "ts_forslag", "ts_section"),
        Part("bilaga", "item_id", "agenda_item"),
        Part("protokoll_meeting", "meeting_id", "meeting", key=("meeting_id",)),
        # A § of a secret ärende is as secret as the ärende.
        Part("protokoll_paragraf", "meeting_id", "meeting", secret_parent="item_id"),
        Part("arende_foljd", "paragraf_id", "protokoll_paragraf"),
        Part("overklagande", "paragraf_id", "protokoll_paragraf"),
        Part("forvaltningsbesvar", "paragraf_id", "protokoll_paragraf"),
        *_children("meeting", "meeting_id", "attendance", "redaction", "forhinder"),
        Part("expediering", "meeting_id", "meeting"),
        Part("expediering_paragraf", "expediering_id", "expediering", key=("expediering_id", "nr")),
        Part("protokoll_version", "meeting_id", "meeting"),
        Part("protokoll_fil", "version_id", "protokoll_version"),
    ),
    "delegationsbeslut": (Part("delegationsbeslut"),),
    "motion": (Part("motion"),),
    "uppdrag": (Part("uppdrag"),),
}

# Tables with a uuid that join no unit and never leave the file. skyddad_person: the
# register of persons with skyddade personuppgifter (step m1807 says why it stays home).
LOCAL_ONLY = frozenset({"skyddad_person"})

# Bookkeeping of the root (the local version counter): the server keeps its own.
ROOT_ONLY = frozenset({"version", "changed_at", "changed_by", "change_txn"})
# A file column and the column holding its sha256 (kept by the repositories).
BLOB_HASH = {("bilaga", "content"): "sha256"}
# Columns a pull may have to move out of the way when rows swap values under a unique index
# (two §§ renumbered into each other's numbers).
SWAPPABLE = {"protokoll_paragraf": "paragraf"}
# Columns that put a unit's rows in order (core/team_merge.py keeps two orders from being
# merged into a third): "position" within the parent row (an ärende's bilagor, a meeting's
# ärenden), and the §§ numbered through the whole meeting.
POSITION = "position"
NUMBERED_THROUGH_UNIT = {"protokoll_paragraf": "paragraf"}


@dataclass(frozen=True)
class Column:
    name: str
    target: str | None = None  # the table a reference points at (its uuid travels)
    blob: bool = False


@dataclass(frozen=True)
class TableShape:
    name: str
    columns: tuple[Column, ...]  # those that travel
    primary_key: tuple[str, ...]
    has_uuid: bool

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


def parts(kind: str) -> tuple[Part, ...]:
    if kind not in PARTS:
        raise ValueError(f"unknown sync unit: {kind}")
    return PARTS[kind]


def root_table(kind: str) -> str:
    return ROOT_TABLES[kind]


def shape(db, table: str, *, root: bool) -> TableShape:
    info = db.execute(f"PRAGMA table_info([{table}])").fetchall()
    targets = {
        row[3]: row[2]
        for row in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()
        if row[4] in (None, "id")
    }
    skipped = {"id", "uuid"} | (ROOT_ONLY if root else set())
    columns = tuple(
        Column(name, targets.get(name), (declared or "").upper() == "BLOB")
        for _cid, name, declared, _notnull, _default, _pk in info
        if name not in skipped
    )
    primary_key = tuple(row[1] for row in sorted(info, key=lambda r: r[5]) if row[5])
    return TableShape(table, columns, primary_key, any(row[1] == "uuid" for row in info))


def rows_condition(kind: str, part: Part, alias: str = "t", depth: int = 0) -> str:
    """SQL naming the rows of `part` that belong to the unit whose root id is the one `?`."""
    if part.parent is None:
        return f"{alias}.id = ?"
    parent = next(p for p in parts(kind) if p.table == part.parent_table)
    if parent.parent is None:
        return f"{alias}.[{part.parent}] = ?"
    inner = f"p{depth}"
    return (
        f"{alias}.[{part.parent}] IN (SELECT {inner}.id FROM [{parent.table}] {inner} "
        f"WHERE {rows_condition(kind, parent, inner, depth + 1)})"
    )


def select_sql(kind: str, part: Part, table: TableShape) -> str:
    """The unit's rows of one table, references as uuids, a file as 1/0 (present or not)."""
    values = []
    for column in table.columns:
        if column.target:
            values.append(
                f"(SELECT r.uuid FROM [{column.target}] r WHERE r.id = t.[{column.name}])"
            )
        elif column.blob:
            values.append(f"(t.[{column.name}] IS NOT NULL)")
        else:
            values.append(f"t.[{column.name}]")
    identity = "t.uuid" if table.has_uuid else "NULL"
    return (
        f"SELECT {identity}, {', '.join(values)} FROM [{part.table}] t "
        f"WHERE {rows_condition(kind, part)}"
    )


def reference_sql(column: Column) -> str:
    """The value a column is written with: a uuid turned back into the local id."""
    if column.target:
        return f"(SELECT id FROM [{column.target}] WHERE uuid = ?)"
    return "?"


def place(row: UnitRow) -> tuple[tuple[str, str | None], int] | None:
    """A row's place in its unit's order: its group (table, and parent where the order runs
    within the parent) and its number; None for a row that keeps no order (and the root)."""
    if row.parent is None:
        return None
    group = (row.tbl, None) if row.tbl in NUMBERED_THROUGH_UNIT else (row.tbl, row.parent)
    value = row.data.get(order_column(row.tbl))
    return (group, value) if isinstance(value, int) else None


def order_column(table: str) -> str:
    return NUMBERED_THROUGH_UNIT.get(table, POSITION)
