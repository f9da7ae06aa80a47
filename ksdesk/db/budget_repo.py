"""Budget sheets: columns, rows and cells. Amounts are stored as exact decimal strings."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from ksdesk.core.budget import NUMERIC_KINDS, Cell, Column, Row, Sheet, Term
from ksdesk.core.errors import NotFound
from ksdesk.db.connection import Store
from ksdesk.db.row_sync import assign, save_children, save_row, unshared, wanted
from ksdesk.db.rows import children


def save(store: Store, sheet: Sheet, position: int | None = None) -> int:
    """Write the sheet as given: columns and rows keep their rows (matched by uuid, else id),
    and only what differs from the stored sheet is written, down to single cells."""
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
    sheet.id, sheet.uuid = save_row(db, "budget_sheet", wanted(sheet, record))
    columns = [
        wanted(c, {"header": c.header, "kind": c.kind, "sums": _sums_text(c.sums)})
        for c in unshared(sheet.columns)
    ]
    assign(sheet.columns, save_children(db, "budget_column", "sheet_id", sheet.id, columns))
    rows = [wanted(r, {"kind": r.kind, "percent": int(r.percent)}) for r in unshared(sheet.rows)]
    assign(sheet.rows, save_children(db, "budget_row", "sheet_id", sheet.id, rows))
    _save_cells(store, sheet)
    return sheet.id


def _save_cells(store: Store, sheet: Sheet) -> None:
    """Cells as (row id, column id) -> text: delete, insert and update only the differences."""
    want: dict[tuple[int, int], str] = {}
    for row in sheet.rows:
        for column, value in zip(sheet.columns, row.cells, strict=False):
            if value is not None and value != "":
                want[(row.id, column.id)] = _text(value)  # type: ignore[index]
    have = {
        (r[0], r[1]): r[2]
        for r in store.db.execute(
            "SELECT c.row_id, c.column_id, c.value FROM budget_cell c "
            "JOIN budget_row r ON r.id = c.row_id WHERE r.sheet_id = ?",
            [sheet.id],
        )
    }
    gone = [key for key in have if key not in want]
    if gone:
        store.db.executemany("DELETE FROM budget_cell WHERE row_id = ? AND column_id = ?", gone)
    changed = [(*key, value) for key, value in want.items() if have.get(key) != value]
    if changed:
        store.db.executemany(
            "INSERT INTO budget_cell (row_id, column_id, value) VALUES (?, ?, ?) "
            "ON CONFLICT (row_id, column_id) DO UPDATE SET value = excluded.value",
            changed,
        )


def _text(value: Cell) -> str:
    # format(..., "f") never writes exponent notation ("1E+3"), and keeps "0.0" as "0.0".
    return format(value, "f") if isinstance(value, Decimal) else str(value)


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
        Column(
            header=c["header"], kind=c["kind"], id=c["id"], sums=_sums(c["sums"]), uuid=c["uuid"]
        )
        for c in children(store.db, "budget_column", "sheet_id", sheet_id)
    ]
    index = {c.id: i for i, c in enumerate(columns)}
    rows: list[Row] = []
    by_id: dict[int, Row] = {}
    for r in children(store.db, "budget_row", "sheet_id", sheet_id):
        by_id[r["id"]] = Row(
            kind=r["kind"],
            cells=[None] * len(columns),
            id=r["id"],
            percent=bool(r["percent"]),
            uuid=r["uuid"],
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
        uuid=row["uuid"],
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
