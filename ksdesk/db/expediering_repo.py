"""The expediering log: each protokollsutdrag sent, to whom, when, with which §§."""

from __future__ import annotations

from datetime import date, datetime

from ksdesk.core.expediering import Utskick
from ksdesk.db.connection import Store
from ksdesk.db.rows import insert_row, parse_date_text


def add(store: Store, organ_id: int, utskick: Utskick) -> Utskick:
    record = {
        "meeting_id": utskick.meeting_id,
        "organ_id": organ_id,
        "meeting_date": utskick.meeting_date.isoformat() if utskick.meeting_date else "",
        "mottagare": utskick.mottagare,
        "expedierat": utskick.expedierat.isoformat(),
        "expedierat_av": utskick.expedierat_av,
        "fil": utskick.fil,
        "sha256": utskick.sha256,
        "created_at": datetime.now().isoformat(timespec="seconds"),
    }
    row_id, row_uuid = insert_row(store.db, "expediering", record, utskick.uuid)
    store.db["expediering_paragraf"].insert_all(
        [
            {"expediering_id": row_id, "nr": nr, "syfte": utskick.syften.get(nr, "")}
            for nr in utskick.paragrafer
        ]
    )
    return Utskick(**{**utskick.__dict__, "id": row_id, "uuid": row_uuid})


def for_meeting(store: Store, meeting_id: int) -> list[Utskick]:
    rows = store.db.query(
        "SELECT * FROM expediering WHERE meeting_id = ? ORDER BY expedierat, id", [meeting_id]
    )
    return [_utskick(store, row) for row in rows]


def all_meetings(store: Store) -> set[int]:
    """Meetings with anything sent out."""
    rows = store.db.execute("SELECT DISTINCT meeting_id FROM expediering").fetchall()
    return {r[0] for r in rows if r[0] is not None}


def _utskick(store: Store, row: dict) -> Utskick:
    parts = list(
        store.db.query(
            "SELECT nr, syfte FROM expediering_paragraf WHERE expediering_id = ? ORDER BY nr",
            [row["id"]],
        )
    )
    return Utskick(
        mottagare=row["mottagare"],
        paragrafer=[p["nr"] for p in parts],
        expedierat=parse_date_text(row["expedierat"]) or date.min,
        fil=row["fil"],
        sha256=row["sha256"],
        expedierat_av=row["expedierat_av"],
        meeting_id=row["meeting_id"],
        meeting_date=parse_date_text(row["meeting_date"]),
        syften={p["nr"]: p["syfte"] for p in parts if p["syfte"]},
        id=row["id"],
        uuid=row["uuid"],
    )
