"""Room for a row brought back from the team server (services/team_deleted.py): an ärende,
a bilaga or a delegationsordning's point comes back where it stood, and the rows that moved
up into its place when it was deleted move down one again."""

from __future__ import annotations

from ksdesk.core.team_wire import UnitRow
from ksdesk.db.connection import Store
from ksdesk.db.sync_tables import parts


def make_room(store: Store, kind: str, row: UnitRow) -> None:
    """Siblings of `row` at or after its position move one step down (inside the caller's
    transaction). A row without a position, or the unit's root, needs no room."""
    part = next((p for p in parts(kind) if p.table == row.tbl), None)
    position = row.data.get("position")
    if part is None or part.parent is None or part.parent_table is None:
        return
    if not isinstance(position, int):
        return
    parent = store.db.execute(
        f"SELECT id FROM [{part.parent_table}] WHERE uuid = ?", [row.data.get(part.parent)]
    ).fetchone()
    if parent is None:
        return
    store.db.execute(
        f"UPDATE [{row.tbl}] SET position = position + 1 "
        f"WHERE [{part.parent}] = ? AND position >= ? AND uuid IS NOT ?",
        [parent[0], position, row.key],
    )
