"""An ärende's way through the meetings: what the secretary settled by hand for a § that left
its ärende open (arende_foljd), and the §§ and agenda items read to follow it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from ksdesk.core.arendegang import UTFALL_WORDS, Foljd
from ksdesk.db.connection import Store
from ksdesk.db.rows import insert_row, parse_date_text, to_json


def save(store: Store, foljd: Foljd, by: str = "") -> Foljd:
    """Insert or replace the row of the §; an empty row (nothing settled) is removed."""
    store.db.execute("DELETE FROM arende_foljd WHERE paragraf_id = ?", [foljd.paragraf_id])
    if not foljd.utfall and foljd.item_id is None and foljd.next_paragraf_id is None:
        foljd.id = None
        return foljd
    record = {
        "paragraf_id": foljd.paragraf_id,
        "utfall": foljd.utfall,
        "item_id": foljd.item_id,
        "next_paragraf_id": foljd.next_paragraf_id,
        "changed_at": datetime.now().isoformat(timespec="seconds"),
        "changed_by": by,
    }
    if foljd.id is not None:
        record["id"] = foljd.id
    foljd.id, foljd.uuid = insert_row(store.db, "arende_foljd", record, foljd.uuid)
    return foljd


def get(store: Store, paragraf_id: int) -> Foljd | None:
    rows = list(store.db.query("SELECT * FROM arende_foljd WHERE paragraf_id = ?", [paragraf_id]))
    return _foljd(rows[0]) if rows else None


def all_by_paragraf(store: Store) -> dict[int, Foljd]:
    return {r["paragraf_id"]: _foljd(r) for r in store.db.query("SELECT * FROM arende_foljd")}


def _foljd(row: dict) -> Foljd:
    return Foljd(
        paragraf_id=row["paragraf_id"],
        utfall=row["utfall"],
        item_id=row["item_id"],
        next_paragraf_id=row["next_paragraf_id"],
        id=row["id"],
        uuid=row["uuid"] or "",
    )


def meeting_txns(store: Store) -> dict[int, int | None]:
    """Each meeting's change_txn: which meetings' §§ and agenda rows have changed since they
    were read."""
    return dict(store.db.execute("SELECT id, change_txn FROM meeting").fetchall())


def paragraf_rows(store: Store, meeting_ids: list[int]) -> list[dict]:
    """The §§ of these meetings (without what is recorded in them): id, organ_id,
    meeting_id, item_id, datum, nr, dnr, rubrik, beslut. The beslut only where it may state
    a återremiss or bordläggning (core.arendegang.UTFALL_WORDS), else "": the rest is no
    business of following an ärende, and ten years of them were read at the first opening
    of the Uppföljning tab."""
    return _paragraf_rows(store, "meeting_id IN (SELECT value FROM json_each(?))", [meeting_ids])


def loose_paragraf_rows(store: Store) -> list[dict]:
    """The §§ kept without a meeting: earlier protokoll, those of a deleted meeting."""
    return _paragraf_rows(store, "meeting_id IS NULL", [])


# SQLite's LIKE ignores the case of ASCII letters, and the words are ASCII.
_MAY_STATE_UTFALL = " OR ".join(f"beslut LIKE '%{word}%'" for word in UTFALL_WORDS)


def _paragraf_rows(store: Store, where: str, ids: list) -> list[dict]:
    rows = store.db.execute(
        "SELECT id, organ_id, meeting_id, item_id, meeting_date, paragraf, dnr, title, "
        f"CASE WHEN {_MAY_STATE_UTFALL} THEN beslut ELSE '' END "
        f"FROM protokoll_paragraf WHERE {where} ORDER BY meeting_date, paragraf, id",
        [to_json(i) for i in ids],
    )
    day = _days()
    return [
        {
            "id": r[0],
            "organ_id": r[1],
            "meeting_id": r[2],
            "item_id": r[3],
            "datum": day(r[4]),
            "nr": r[5],
            "dnr": r[6],
            "rubrik": r[7],
            "beslut": r[8],
        }
        for r in rows
    ]


def agenda_rows(store: Store, meeting_ids: list[int]) -> list[dict]:
    """The agenda rows of these meetings with their organ and date, meeting by meeting in
    order."""
    rows = store.db.execute(
        "SELECT a.id, a.meeting_id, a.title, a.dnr, a.is_section, m.date, m.organ_id "
        "FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id "
        "WHERE a.meeting_id IN (SELECT value FROM json_each(?)) "
        "ORDER BY m.date, m.id, a.position",
        [to_json(meeting_ids)],
    )
    day = _days()
    return [
        {
            "id": r[0],
            "meeting_id": r[1],
            "rubrik": r[2],
            "dnr": r[3],
            "is_section": bool(r[4]),
            "datum": day(r[5]),
            "organ_id": r[6],
        }
        for r in rows
    ]


def _days() -> Callable[[str | None], date]:
    """Reads a stored date, each text once: ten years of §§ and agenda rows fall on a few
    hundred days."""
    read: dict[str | None, date] = {}

    def day(text: str | None) -> date:
        found = read.get(text)
        if found is None:
            found = read[text] = parse_date_text(text) or date.min
        return found

    return day


def not_appealed_item_ids(store: Store) -> set[int]:
    """Agenda items whose § is not appealed: standing items (Val av justerare, …) and
    information ärenden ("Informationen noteras till protokollet" decides nothing)."""
    sql = "SELECT id FROM agenda_item WHERE is_standard = 1 OR kind = 'information'"
    return {r[0] for r in store.db.execute(sql).fetchall()}


def follow_stamp(store: Store) -> tuple:
    """What following the ärenden reads beyond the meetings (whose change_txn says when any
    of their §§ and links changed): the §§ kept without a meeting (earlier protokoll, those
    of a deleted meeting) change no meeting, nor does a link settled by hand on one of them.
    The links are few (a § settled by hand): their whole text is the stamp."""
    return tuple(
        store.db.execute(
            "SELECT (SELECT count(*) FROM protokoll_paragraf WHERE meeting_id IS NULL), "
            "(SELECT max(id) FROM protokoll_paragraf WHERE meeting_id IS NULL), "
            "(SELECT group_concat(paragraf_id || '/' || utfall || '/' || ifnull(item_id, '') "
            "|| '/' || ifnull(next_paragraf_id, ''), ';') FROM arende_foljd)"
        ).fetchone()
    )
