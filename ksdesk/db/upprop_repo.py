"""The upprop of a meeting: who was called, who came (and for which §§), who tjänstgjorde for
whom."""

from __future__ import annotations

from dataclasses import asdict

from ksdesk.core.protokoll import Deltagare, Narvaro
from ksdesk.db.connection import Store
from ksdesk.db.row_sync import assign, save_children, unshared, wanted
from ksdesk.db.rows import children, from_json, to_json

_FIELDS = ("name", "party", "role", "title", "replaces")


def replace_all(store: Store, meeting_id: int, upprop: list[Deltagare]) -> None:
    """The upprop exactly as `upprop`, in order; rows that did not change are not
    written, and each deltagare keeps (or gets) its id and uuid."""
    rows = [
        wanted(
            a,
            {f: getattr(a, f) for f in _FIELDS}
            | {"narvaro": to_json([asdict(s) for s in a.narvaro]), "distans": int(a.distans)},
        )
        for a in unshared(upprop)
    ]
    assign(upprop, save_children(store.db, "attendance", "meeting_id", meeting_id, rows))


def list_for_meeting(store: Store, meeting_id: int) -> list[Deltagare]:
    return [
        Deltagare(
            **{f: row[f] for f in _FIELDS},
            narvaro=[Narvaro(**s) for s in from_json(row["narvaro"], [])],
            distans=bool(row["distans"]),
            id=row["id"],
            uuid=row["uuid"],
        )
        for row in children(store.db, "attendance", "meeting_id", meeting_id)
    ]
