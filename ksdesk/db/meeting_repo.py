"""Meetings with their agenda items, tjänsteskrivelser and bilagor."""

from __future__ import annotations

from datetime import date

from ksdesk.core.errors import NotFound
from ksdesk.core.meeting import (
    TJANSTESKRIVELSE_FIELDS,
    Arende,
    Bilaga,
    Forslag,
    MeetingStatus,
    Sammantrade,
    Section,
    Signatory,
    Tjansteskrivelse,
)
from ksdesk.db.connection import Store
from ksdesk.db.rows import (
    children,
    from_json,
    parse_date_text,
    parse_time_text,
    replace_children,
    time_text,
    to_json,
)

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
_ITEM_FIELDS = ("title", "dnr", "kind", "presenter", "time_slot", "proposal", "secrecy_ref")
_ITEM_FLAGS = ("is_section", "is_standard", "secret")
_TS_FIELDS = TJANSTESKRIVELSE_FIELDS


def save(store: Store, meeting: Sammantrade) -> int:
    """Write the whole meeting; items keep their ids (protokoll § refer to them).

    A meeting, item or bilaga that has an id but no row (an undo bringing back what was
    deleted) is inserted again under that same id."""
    record = {f: getattr(meeting, f) for f in _MEETING_FIELDS}
    record.update(
        organ_id=meeting.organ_id,
        date=meeting.date.isoformat(),
        time=time_text(meeting.time),
        show_proposals=int(meeting.show_proposals),
    )
    meeting.id = _write(store, "meeting", meeting.id, record)
    keep = [item.id for item in meeting.items if item.id is not None]
    placeholders = ",".join("?" * len(keep)) or "NULL"
    store.db.execute(
        f"DELETE FROM agenda_item WHERE meeting_id = ? AND id NOT IN ({placeholders})",
        [meeting.id, *keep],
    )
    for position, item in enumerate(meeting.items):
        save_item(store, meeting.id, position, item)
    return meeting.id


def save_item(store: Store, meeting_id: int, position: int, item: Arende) -> int:
    record = {f: getattr(item, f) for f in _ITEM_FIELDS}
    record.update({f: int(getattr(item, f)) for f in _ITEM_FLAGS})
    record.update(meeting_id=meeting_id, position=position)
    item.id = _write(store, "agenda_item", item.id, record)
    _save_tjansteskrivelse(store, item)
    _save_bilagor(store, item)
    return item.id


def _save_tjansteskrivelse(store: Store, item: Arende) -> None:
    ts = item.tjansteskrivelse
    if ts is None:
        store.db.execute("DELETE FROM tjansteskrivelse WHERE item_id = ?", [item.id])
        return
    record = {f: getattr(ts, f) for f in _TS_FIELDS}
    record.update(
        item_id=item.id,
        signatories=to_json([[s.name, s.title] for s in ts.signatories]),
        beslut_skickas_till=to_json(ts.beslut_skickas_till),
    )
    existing = list(store.db.query("SELECT id FROM tjansteskrivelse WHERE item_id = ?", [item.id]))
    if existing:
        ts.id = existing[0]["id"]
        store.db["tjansteskrivelse"].update(ts.id, record)
    else:
        ts.id = store.db["tjansteskrivelse"].insert(record).last_pk
    replace_children(
        store.db,
        "ts_forslag",
        "ts_id",
        ts.id,
        [{"grp": f.group, "nr": f.nr, "text": f.text} for f in ts.forslag],
    )
    replace_children(
        store.db,
        "ts_section",
        "ts_id",
        ts.id,
        [{"heading": s.heading, "text": s.text} for s in ts.sections],
    )


def _save_bilagor(store: Store, item: Arende) -> None:
    keep = [b.id for b in item.bilagor if b.id is not None]
    placeholders = ",".join("?" * len(keep)) or "NULL"
    store.db.execute(
        f"DELETE FROM bilaga WHERE item_id = ? AND id NOT IN ({placeholders})", [item.id, *keep]
    )
    stored_hashes = {
        row["id"]: row["sha256"]
        for row in store.db.query("SELECT id, sha256 FROM bilaga WHERE item_id = ?", [item.id])
    }
    for position, bilaga in enumerate(item.bilagor):
        record = {
            "item_id": item.id,
            "position": position,
            "nr": bilaga.nr,
            "title": bilaga.title,
            "ref": bilaga.ref,
            "filename": bilaga.filename,
            "content": bilaga.content,
            "sha256": bilaga.sha256,
            "secret": int(bilaga.secret),
            "secrecy_ref": bilaga.secrecy_ref,
        }
        if bilaga.content is not None and stored_hashes.get(bilaga.id) == bilaga.sha256:
            del record["content"]  # the same file: do not rewrite megabytes on every edit
        bilaga.id = _write(store, "bilaga", bilaga.id, record)


def _write(store: Store, table: str, row_id: int | None, record: dict) -> int:
    """Insert (under `row_id` when given) or update one row; returns its id."""
    if row_id is not None:
        exists = store.db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone()
        if exists:
            store.db[table].update(row_id, record)
            return row_id
        return store.db[table].insert({"id": row_id, **record}).last_pk
    return store.db[table].insert(record).last_pk


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
    )
    meeting.status = MeetingStatus(meeting.status)
    if with_items:
        meeting.items = [
            _item(store, r) for r in children(store.db, "agenda_item", "meeting_id", row["id"])
        ]
    return meeting


def _item(store: Store, row: dict) -> Arende:
    item = Arende(
        **{f: row[f] for f in _ITEM_FIELDS},
        **{f: bool(row[f]) for f in _ITEM_FLAGS},
        id=row["id"],
    )
    ts_rows = list(store.db.query("SELECT * FROM tjansteskrivelse WHERE item_id = ?", [item.id]))
    if ts_rows:
        item.tjansteskrivelse = _tjansteskrivelse(store, ts_rows[0])
    item.bilagor = [
        Bilaga(
            title=b["title"],
            nr=b["nr"],
            ref=b["ref"],
            filename=b["filename"],
            content=b["content"],
            sha256=b["sha256"],
            secret=bool(b["secret"]),
            id=b["id"],
            secrecy_ref=b["secrecy_ref"],
        )
        for b in children(store.db, "bilaga", "item_id", item.id)
    ]
    return item


def _tjansteskrivelse(store: Store, row: dict) -> Tjansteskrivelse:
    ts_id = row["id"]
    return Tjansteskrivelse(
        **{f: row[f] for f in _TS_FIELDS},
        signatories=[Signatory(n, t) for n, t in from_json(row["signatories"], [])],
        beslut_skickas_till=from_json(row["beslut_skickas_till"], []),
        forslag=[
            Forslag(text=r["text"], nr=r["nr"], group=r["grp"])
            for r in children(store.db, "ts_forslag", "ts_id", ts_id)
        ],
        sections=[
            Section(r["heading"], r["text"])
            for r in children(store.db, "ts_section", "ts_id", ts_id)
        ],
        id=ts_id,
    )


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
