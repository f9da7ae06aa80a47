"""Filling in what a file lacks of a synced row after ksdesk was updated: the values of
columns the older ksdesk could not store (services/team_catchup.py). A value the secretary
has written since the update is kept: only a column still empty or at its default is filled."""

from __future__ import annotations

from ksdesk.core.team_wire import UnitRow
from ksdesk.db.sync_tables import reference_sql
from ksdesk.db.unit_rows import UnitRows


def fill_columns(rows: UnitRows, kind: str, row: UnitRow, columns: list[str]) -> list[str]:
    """Write the server's values of `columns` into the stored row where they are still
    empty (inside the caller's transaction); returns the columns this file still does not
    know."""
    part = next(p for p in rows.parts(kind) if p.table == row.tbl)
    table = rows.shape(kind, part)
    defaults = {
        name: default
        for _cid, name, _type, _notnull, default, _pk in rows.db.execute(
            f"PRAGMA table_info([{row.tbl}])"
        ).fetchall()
    }
    unknown = []
    for name in columns:
        column = table.column(name)
        if column is None or column.blob:
            unknown.append(name)
            continue
        if name not in row.data:
            continue
        empty = f"[{name}] IS NULL"
        if defaults.get(name) is not None:
            empty += f" OR [{name}] IS ({defaults[name]})"
        rows.db.execute(
            f"UPDATE [{row.tbl}] SET [{name}] = {reference_sql(column)} "
            f"WHERE uuid = ? AND ({empty})",
            [row.data[name], row.key],
        )
    return unknown
