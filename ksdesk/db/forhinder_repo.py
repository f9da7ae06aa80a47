"""Förhinder reported for a meeting, and the ersättare chosen by hand for each seat."""

from __future__ import annotations

from ksdesk.core.ersattare import Forhinder
from ksdesk.db.connection import Store

__all__ = ["Forhinder", "list_for_meeting", "replace_all"]


def replace_all(store: Store, meeting_id: int, rows: list[Forhinder]) -> None:
    store.db.execute("DELETE FROM forhinder WHERE meeting_id = ?", [meeting_id])
    for row in rows:
        store.db["forhinder"].insert(
            {
                "meeting_id": meeting_id,
                "name": row.name,
                "ersattare": row.ersattare,
                "anmalt": row.anmalt,
                "note": row.note,
                "uuid": row.uuid or None,
            }
        )


def list_for_meeting(store: Store, meeting_id: int) -> list[Forhinder]:
    rows = store.db.query("SELECT * FROM forhinder WHERE meeting_id = ? ORDER BY id", [meeting_id])
    return [Forhinder(r["name"], r["ersattare"], r["anmalt"], r["note"], r["uuid"]) for r in rows]
