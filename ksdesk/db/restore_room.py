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


def relink_paragraf(store: Store, row: UnitRow) -> None:
    """An ärende brought back takes back its § (walk35 #4): deleting it cut the §'s link
    (item_id SET NULL), and the § alone stayed. The § is the one of its meeting without an
    ärende and with its title (and diarienummer, when both have one), as services/protokoll
    matches them; none, or two such, and the link is left as it is."""
    if row.tbl != "agenda_item":
        return
    item = store.db.execute(
        "SELECT id, meeting_id, title, dnr FROM agenda_item WHERE uuid = ?", [row.key]
    ).fetchone()
    if item is None:
        return
    item_id, meeting_id, title, dnr = item
    found = store.db.execute(
        "SELECT id FROM protokoll_paragraf WHERE meeting_id = ? AND item_id IS NULL "
        "AND title = ? AND (? = '' OR coalesce(dnr, '') IN (?, ''))",
        [meeting_id, title, dnr or "", dnr or ""],
    ).fetchall()
    if len(found) == 1:
        store.db.execute(
            "UPDATE protokoll_paragraf SET item_id = ? WHERE id = ?", [item_id, found[0][0]]
        )
