"""The upprop of a meeting: who was called, who came, who tjänstgjorde for whom."""

from __future__ import annotations

from ksdesk.core.protokoll import Attendee
from ksdesk.db.connection import Store

_FIELDS = ("name", "party", "role", "title", "replaces", "from_paragraf", "to_paragraf")


def replace_all(store: Store, meeting_id: int, attendees: list[Attendee]) -> None:
    """Write the whole upprop in order; each attendee gets its new id."""
    store.db.execute("DELETE FROM attendance WHERE meeting_id = ?", [meeting_id])
    for position, attendee in enumerate(attendees):
        record = {f: getattr(attendee, f) for f in _FIELDS}
        record.update(meeting_id=meeting_id, position=position, present=int(attendee.present))
        attendee.id = store.db["attendance"].insert(record).last_pk


def list_for_meeting(store: Store, meeting_id: int) -> list[Attendee]:
    return [
        Attendee(**{f: row[f] for f in _FIELDS}, present=bool(row["present"]), id=row["id"])
        for row in store.db.query(
            "SELECT * FROM attendance WHERE meeting_id = ? ORDER BY position", [meeting_id]
        )
    ]
