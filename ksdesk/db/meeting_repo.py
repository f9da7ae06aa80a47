"""Meetings with their agenda items, tjänsteskrivelser and bilagor."""

from __future__ import annotations

from datetime import date

from ksdesk.core.errors import NotFound
from ksdesk.core.meeting import (
    TJANSTESKRIVELSE_FIELDS,
    Arende,
    Bilaga,
    MeetingStatus,
    Sammantrade,
)
from ksdesk.db.connection import Store
from ksdesk.db.meeting_tree import BILAGA_FIELDS, ITEM_FIELDS, ITEM_FLAGS, MeetingTree
from ksdesk.db.row_sync import assign, save_children, save_row, unshared, wanted
from ksdesk.db.rows import parse_date_text, parse_time_text, time_text, to_json

_MEETING_FIELDS = (
    "place",
    "remote_note",
    "absence_note",
    "status",
    "chair_name",
    "chair_title",
    "secretary_name",
    "secretary_title",
)
_BLOBS = {"content": "sha256"}  # a bilaga's file is compared by its hash, never read back


def save(store: Store, meeting: Sammantrade) -> int:
    """Write the meeting as given (header, agenda, handlingar), touching only the rows that
    differ from what is stored (db/row_sync.py says what a save means). Items keep their ids
    (protokoll §§ refer to them); what the given meeting no longer holds is deleted."""
    db = store.db
    record = {f: getattr(meeting, f) for f in _MEETING_FIELDS}
    record.update(
        organ_id=meeting.organ_id,
        date=meeting.date.isoformat(),
        time=time_text(meeting.time),
        show_proposals=int(meeting.show_proposals),
    )
    meeting.id, meeting.uuid = save_row(db, "meeting", wanted(meeting, record))
    stored = MeetingTree.read(store, meeting.id, with_content=False)
    identities = save_children(
        db,
        "agenda_item",
        "meeting_id",
        meeting.id,
        [wanted(item, _item_record(item)) for item in unshared(meeting.items)],
        stored=stored.items,
    )
    assign(meeting.items, identities)
    # A new item may get the id of one deleted just now (SQLite reuses the highest id): what
    # was stored belongs to an item only when its uuid matches too.
    known = {(row["id"], row["uuid"]) for row in stored.items}
    for item in meeting.items:
        assert item.id is not None
        if (item.id, item.uuid) not in known:
            stored.forget(item.id)
        _save_tjansteskrivelse(store, item, stored)
        bilagor = [wanted(b, _bilaga_record(b), _BLOBS) for b in unshared(item.bilagor)]
        identities = save_children(
            db, "bilaga", "item_id", item.id, bilagor, stored=stored.bilagor.get(item.id, [])
        )
        assign(item.bilagor, identities)
    return meeting.id


def _item_record(item: Arende) -> dict:
    record = {f: getattr(item, f) for f in ITEM_FIELDS}
    record.update({f: int(getattr(item, f)) for f in ITEM_FLAGS})
    return record


def _bilaga_record(bilaga: Bilaga) -> dict:
    return {f: getattr(bilaga, f) for f in BILAGA_FIELDS} | {
        "content": bilaga.content,
        "secret": int(bilaga.secret),
    }


def _save_tjansteskrivelse(store: Store, item: Arende, stored: MeetingTree) -> None:
    ts, old = item.tjansteskrivelse, stored.ts.get(item.id)
    if ts is None:
        if old is not None:
            store.db.execute("DELETE FROM tjansteskrivelse WHERE id = ?", [old["id"]])
        return
    record = {f: getattr(ts, f) for f in TJANSTESKRIVELSE_FIELDS}
    record.update(
        item_id=item.id,
        signatories=to_json([[s.name, s.title] for s in ts.signatories]),
        beslut_skickas_till=to_json(ts.beslut_skickas_till),
    )
    unshared(ts.forslag)
    unshared(ts.sections)
    row = wanted(ts, record)
    if old is not None:  # an ärende has one tjänsteskrivelse: the stored one is edited
        row.id, row.uuid = old["id"], old["uuid"]
    ts.id, ts.uuid = save_row(store.db, "tjansteskrivelse", row, stored=old)
    for table, values, records in (
        (
            "ts_forslag",
            ts.forslag,
            [{"grp": f.group, "nr": f.nr, "text": f.text} for f in ts.forslag],
        ),
        ("ts_section", ts.sections, [{"heading": s.heading, "text": s.text} for s in ts.sections]),
    ):
        rows = [wanted(value, rec) for value, rec in zip(values, records, strict=True)]
        children = getattr(stored, table).get(ts.id, []) if old is not None else []
        identities = save_children(
            store.db, table, "ts_id", ts.id, rows, positional=True, stored=children
        )
        assign(values, identities)


def get(store: Store, meeting_id: int, *, with_items: bool = True) -> Sammantrade:
    """The meeting; with_items=False leaves out the agenda and its handlingar (one query
    instead of a few per ärende, for callers that need only date, status and organ)."""
    rows = list(store.db.query("SELECT * FROM meeting WHERE id = ?", [meeting_id]))
    if not rows:
        raise NotFound(f"Det finns inget sammanträde med id {meeting_id}.")
    return _meeting(store, rows[0], with_items=with_items)


def find_by_date(store: Store, day: date, organ_id: int | None = None) -> Sammantrade | None:
    sql = "SELECT * FROM meeting WHERE date = ?"
    params: list = [day.isoformat()]
    if organ_id is not None:
        sql += " AND organ_id = ?"
        params.append(organ_id)
    rows = list(store.db.query(sql + " ORDER BY id", params))
    return _meeting(store, rows[0]) if rows else None


def find_all_by_date(store: Store, day: date) -> list[Sammantrade]:
    """Every meeting on `day` (of any organ), without agenda."""
    rows = store.db.query("SELECT * FROM meeting WHERE date = ? ORDER BY id", [day.isoformat()])
    return [_meeting(store, row, with_items=False) for row in rows]


def meeting_of_item(store: Store, item_id: int) -> int:
    rows = list(store.db.query("SELECT meeting_id FROM agenda_item WHERE id = ?", [item_id]))
    if not rows:
        raise NotFound(f"Det finns inget ärende med id {item_id}.")
    return rows[0]["meeting_id"]


def secret_items(store: Store, item_ids: set[int]) -> dict[int, Arende]:
    """The items among `item_ids` marked secret, each with its title and OSL reference (what
    a list of another meeting needs to print it neutrally), by id."""
    if not item_ids:
        return {}
    # The ids as one JSON parameter: the query's text is the same for any number of them.
    rows = store.db.query(
        "SELECT id, title, secrecy_ref FROM agenda_item "
        "WHERE id IN (SELECT value FROM json_each(?)) AND secret = 1",
        [to_json(sorted(item_ids))],
    )
    return {
        row["id"]: Arende(row["title"], secret=True, secrecy_ref=row["secrecy_ref"], id=row["id"])
        for row in rows
    }


def publication_marks(store: Store, item_ids: set[int]) -> dict[int, Arende]:
    """The items among `item_ids` that a public copy does not print as they are (secret, not
    published in full, or under a public title), each with those marks, by id: what an
    ärende taken up again carries to its new item."""
    if not item_ids:
        return {}
    rows = store.db.query(
        "SELECT id, title, secret, secrecy_ref, not_in_full, not_in_full_note, public_title "
        "FROM agenda_item WHERE id IN (SELECT value FROM json_each(?)) "
        "AND (secret = 1 OR not_in_full = 1 OR public_title <> '')",
        [to_json(sorted(item_ids))],
    )
    return {
        row["id"]: Arende(
            row["title"],
            secret=bool(row["secret"]),
            secrecy_ref=row["secrecy_ref"],
            not_in_full=bool(row["not_in_full"]),
            not_in_full_note=row["not_in_full_note"],
            public_title=row["public_title"],
            id=row["id"],
        )
        for row in rows
    }


def every_secret_title(store: Store) -> list[Arende]:
    """Every item of every meeting that is marked secret or has a secret bilaga, with only
    the titles and OSL references that are secret (a list spanning meetings masks them),
    and what names each in its meeting's public-copy review (uuid, Dnr; a bilaga's file
    hash or ref): a title the review published ("behåll") is not masked."""
    items = {
        row["id"]: Arende(
            row["title"],
            dnr=row["dnr"],
            secret=True,
            secrecy_ref=row["secrecy_ref"],
            id=row["id"],
            uuid=row["uuid"],
        )
        for row in store.db.query(
            "SELECT id, uuid, title, dnr, secrecy_ref FROM agenda_item WHERE secret = 1"
        )
    }
    rows = store.db.query(
        "SELECT id, uuid, item_id, nr, title, ref, sha256, secrecy_ref FROM bilaga "
        "WHERE secret = 1 ORDER BY item_id"
    )
    for row in rows:
        item = items.setdefault(row["item_id"], Arende("", id=row["item_id"]))
        item.bilagor.append(
            Bilaga(
                row["title"],
                nr=row["nr"],
                ref=row["ref"],
                sha256=row["sha256"] or "",
                secret=True,
                secrecy_ref=row["secrecy_ref"],
                id=row["id"],
                uuid=row["uuid"],
            )
        )
    return list(items.values())


def list_headers(store: Store) -> list[Sammantrade]:
    """All meetings, newest first, without their agenda (cheap, for lists)."""
    rows = store.db.query("SELECT * FROM meeting ORDER BY date DESC, time DESC")
    return [_meeting(store, row, with_items=False) for row in rows]


def exists(store: Store, meeting_id: int) -> bool:
    return (
        store.db.execute("SELECT 1 FROM meeting WHERE id = ?", [meeting_id]).fetchone() is not None
    )


def delete(store: Store, meeting_id: int) -> None:
    store.db.execute("DELETE FROM meeting WHERE id = ?", [meeting_id])


def count(store: Store) -> int:
    return store.db.count("meeting")


def count_items(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM agenda_item WHERE is_section = 0").fetchone()[0]


def _meeting(store: Store, row: dict, with_items: bool = True) -> Sammantrade:
    meeting = Sammantrade(
        organ_id=row["organ_id"],
        date=parse_date_text(row["date"]) or date.min,
        time=parse_time_text(row["time"]),
        **{f: row[f] for f in _MEETING_FIELDS},
        show_proposals=bool(row.get("show_proposals", 0)),
        id=row["id"],
        uuid=row["uuid"],
    )
    meeting.status = MeetingStatus(meeting.status)
    if with_items:
        meeting.items = MeetingTree.read(store, row["id"], with_content=True).agenda()
    return meeting


HEADER_FIELDS = _MEETING_FIELDS  # the plain text fields of a meeting's header


def get_fields(store: Store, meeting_id: int, names: list[str]) -> dict:
    """The current values of some header fields of a meeting (for an undo snapshot)."""
    unknown = set(names) - set(_MEETING_FIELDS)
    if unknown:
        raise ValueError(f"not meeting fields: {sorted(unknown)}")
    rows = list(
        store.db.query(f"SELECT {', '.join(names)} FROM meeting WHERE id = ?", [meeting_id])
    )
    if not rows:
        raise NotFound(f"Det finns inget sammanträde med id {meeting_id}.")
    return dict(rows[0])


def update_fields(store: Store, meeting_id: int, fields: dict) -> None:
    """Write some header fields (place, status, ...) of one meeting; the rest is left alone."""
    get_fields(store, meeting_id, list(fields))
    if fields:
        store.db["meeting"].update(meeting_id, fields)
