"""Budget sheets: columns, rows and cells. Amounts are stored as exact decimal strings."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ksdesk.core.budget import NUMERIC_KINDS, Cell, Column, Row, Sheet, Term
from ksdesk.core.errors import NotFound
from ksdesk.db.connection import Store
from ksdesk.db.rows import children


def save(store: Store, sheet: Sheet, position: int | None = None) -> int:
    """Write the whole sheet (its columns, rows and cells are replaced)."""
    db = store.db
    if position is None:
        position = _position_of(store, sheet)
    record = {
        "key": sheet.key,
        "position": position,
        "title": sheet.title,
        "caption": sheet.caption,
        "unit": sheet.unit,
        "decimals": sheet.decimals,
    }
    if sheet.id is not None and not _exists(store, sheet.id):
        record["id"] = sheet.id  # a deleted sheet written back (undo) keeps its id
        db["budget_sheet"].insert(record)
    elif sheet.id is None:
        sheet.id = db["budget_sheet"].insert(record).last_pk
    else:
        db["budget_sheet"].update(sheet.id, record)
    db.execute("DELETE FROM budget_row WHERE sheet_id = ?", [sheet.id])
    db.execute("DELETE FROM budget_column WHERE sheet_id = ?", [sheet.id])
    for i, column in enumerate(sheet.columns):
        record = {
            "sheet_id": sheet.id,
            "position": i,
            "header": column.header,
            "kind": column.kind,
            "sums": _sums_text(column.sums),
        }
        column.id = db["budget_column"].insert(record).last_pk
    cells = []
    for i, row in enumerate(sheet.rows):
        record = {"sheet_id": sheet.id, "position": i, "kind": row.kind, "percent": row.percent}
        row.id = db["budget_row"].insert(record).last_pk
        for column, value in zip(sheet.columns, row.cells, strict=False):
            if value is not None and value != "":
                cells.append({"row_id": row.id, "column_id": column.id, "value": _text(value)})
    if cells:
        db["budget_cell"].insert_all(cells)
    return sheet.id


def _text(value: Cell) -> str:
    # format(..., "f") never writes exponent notation ("1E+3"), and keeps "0.0" as "0.0".
    return format(value, "f") if isinstance(value, Decimal) else str(value)


def _exists(store: Store, sheet_id: int) -> bool:
    return bool(store.db.execute("SELECT 1 FROM budget_sheet WHERE id = ?", [sheet_id]).fetchone())


def _position_of(store: Store, sheet: Sheet) -> int:
    if sheet.id is not None:
        row = store.db.execute(
            "SELECT position FROM budget_sheet WHERE id = ?", [sheet.id]
        ).fetchone()
        if row:
            return row[0]
    return store.db.execute("SELECT coalesce(max(position) + 1, 0) FROM budget_sheet").fetchone()[0]


def list_sheets(store: Store) -> list[tuple[int, str, str]]:
    """(id, key, title) of every sheet, in order."""
    return [
        (r["id"], r["key"], r["title"])
        for r in store.db.query("SELECT id, key, title FROM budget_sheet ORDER BY position, id")
    ]


def get(store: Store, sheet_id: int) -> Sheet:
    rows = list(store.db.query("SELECT * FROM budget_sheet WHERE id = ?", [sheet_id]))
    if not rows:
        raise NotFound(f"Det finns inget budgetblad med id {sheet_id}.")
    return _sheet(store, rows[0])


def find(store: Store, key_or_title: str) -> Sheet | None:
    rows = list(
        store.db.query(
            "SELECT * FROM budget_sheet WHERE key = ? OR lower(title) = lower(?) ORDER BY position",
            [key_or_title, key_or_title],
        )
    )
    return _sheet(store, rows[0]) if rows else None


def find_by_key(store: Store, key: str) -> Sheet | None:
    rows = list(store.db.query("SELECT * FROM budget_sheet WHERE key = ?", [key]))
    return _sheet(store, rows[0]) if rows else None


def position(store: Store, sheet_id: int) -> int | None:
    row = store.db.execute("SELECT position FROM budget_sheet WHERE id = ?", [sheet_id]).fetchone()
    return row[0] if row else None


def keys(store: Store) -> set[str]:
    return {r["key"] for r in store.db.query("SELECT key FROM budget_sheet")}


def delete(store: Store, sheet_id: int) -> None:
    store.db.execute("DELETE FROM budget_sheet WHERE id = ?", [sheet_id])


def count(store: Store) -> int:
    return store.db.count("budget_sheet")


def _sheet(store: Store, row: dict) -> Sheet:
    sheet_id = row["id"]
    columns = [
        Column(header=c["header"], kind=c["kind"], id=c["id"], sums=_sums(c["sums"]))
        for c in children(store.db, "budget_column", "sheet_id", sheet_id)
    ]
    index = {c.id: i for i, c in enumerate(columns)}
    rows: list[Row] = []
    by_id: dict[int, Row] = {}
    for r in children(store.db, "budget_row", "sheet_id", sheet_id):
        by_id[r["id"]] = Row(
            kind=r["kind"], cells=[None] * len(columns), id=r["id"], percent=bool(r["percent"])
        )
        rows.append(by_id[r["id"]])
    for cell in store.db.query(
        "SELECT c.* FROM budget_cell c JOIN budget_row r ON r.id = c.row_id WHERE r.sheet_id = ?",
        [sheet_id],
    ):
        i = index[cell["column_id"]]
        row_obj = by_id[cell["row_id"]]
        row_obj.cells[i] = _cell_value(columns[i], cell["value"], row_obj.kind)
    return Sheet(
        key=row["key"],
        title=row["title"],
        unit=row["unit"],
        decimals=row["decimals"],
        caption=row["caption"],
        columns=columns,
        rows=rows,
        id=sheet_id,
    )


def _cell_value(column: Column, text: str, row_kind: str) -> Cell:
    # A heading row holds labels only, even in amount columns.
    if row_kind == "heading" or column.kind not in NUMERIC_KINDS:
        return text
    try:
        return Decimal(text)
    except InvalidOperation:
        return text  # text typed where an amount belongs: kept, and the check warns


def _sums_text(terms: tuple[Term, ...]) -> str:
    """A declared identity as signed column positions: "+5 +6 -7"."""
    return " ".join(f"{'+' if t.sign > 0 else '-'}{t.column}" for t in terms)


def _sums(text: str) -> tuple[Term, ...]:
    return tuple(Term(abs(int(part)), -1 if part.startswith("-") else 1) for part in text.split())
