"""The upprop of a meeting: who was called, who came (and for which §§), who tjänstgjorde for
whom."""

from __future__ import annotations

from dataclasses import asdict

from ksdesk.core.protokoll import Deltagare, Narvaro
from ksdesk.db.connection import Store
from ksdesk.db.rows import children, from_json, to_json

_FIELDS = ("name", "party", "role", "title", "replaces")


def replace_all(store: Store, meeting_id: int, upprop: list[Deltagare]) -> None:
    """Write the whole upprop in order; each deltagare gets its new id."""
    store.db.execute("DELETE FROM attendance WHERE meeting_id = ?", [meeting_id])
    for position, deltagare in enumerate(upprop):
        record = {f: getattr(deltagare, f) for f in _FIELDS}
        record.update(
            meeting_id=meeting_id,
            position=position,
            narvaro=to_json([asdict(s) for s in deltagare.narvaro]),
        )
        deltagare.id = store.db["attendance"].insert(record).last_pk


def list_for_meeting(store: Store, meeting_id: int) -> list[Deltagare]:
    return [
        Deltagare(
            **{f: row[f] for f in _FIELDS},
            narvaro=[Narvaro(**s) for s in from_json(row["narvaro"], [])],
            id=row["id"],
        )
        for row in children(store.db, "attendance", "meeting_id", meeting_id)
    ]
