"""Protokoll paragraphs (§) and the justering of each meeting's protokoll.

What is recorded per § (yrkanden, votering, reservationer, ...) is always read and written with
its §, so it lives in JSON columns of the § row rather than in tables of its own."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from ksdesk.core.protokoll import (
    Ajournering,
    DeltarInte,
    Jav,
    Justering,
    Paragraf,
    Protokollsanteckning,
    Reservation,
    Votering,
    Yrkande,
)
from ksdesk.db.connection import Store
from ksdesk.db.row_sync import save_row, wanted
from ksdesk.db.rows import (
    date_text,
    from_json,
    parse_date_text,
    parse_time_text,
    time_text,
    to_json,
)

_TEXT_FIELDS = ("title", "dnr", "beslut", "beskrivning", "behandling", "propositionsordning")


def save(store: Store, p: Paragraf) -> int:
    """Write one § (only the columns that changed)."""
    p.id, p.uuid = save_row(store.db, "protokoll_paragraf", wanted(p, _record(p)))
    return p.id


def replace_for_meeting(store: Store, meeting_id: int, paragrafer: list[Paragraf]) -> None:
    """Put back exactly these §§ (with their ids and uuids) as the meeting's: an undo of a
    start. All go first, so that numbers can move between them without a clash."""
    store.db.execute("DELETE FROM protokoll_paragraf WHERE meeting_id = ?", [meeting_id])
    for p in paragrafer:
        p.id, p.uuid = save_row(store.db, "protokoll_paragraf", wanted(p, _record(p)))


def _record(p: Paragraf) -> dict:
    record = {f: getattr(p, f) for f in _TEXT_FIELDS}
    record.update(
        organ_id=p.organ_id,
        meeting_id=p.meeting_id,
        item_id=p.item_id,
        meeting_date=p.meeting_date.isoformat(),
        paragraf=p.nr,
        beslutsunderlag=to_json(p.beslutsunderlag),
        beslut_skickas_till=to_json(p.beslut_skickas_till),
        yrkanden=to_json([asdict(y) for y in p.yrkanden]),
        votering=to_json(asdict(p.votering)) if p.votering is not None else None,
        reservationer=to_json([asdict(r) for r in p.reservationer]),
        anteckningar=to_json([asdict(a) for a in p.anteckningar]),
        jav=to_json([asdict(j) for j in p.jav]),
        deltar_inte=to_json([asdict(d) for d in p.deltar_inte]),
        omedelbar_justering=int(p.omedelbar_justering),
        forslag=p.forslag,
        underlag_fran_arendet=(
            to_json(p.underlag_fran_arendet) if p.underlag_fran_arendet is not None else None
        ),
    )
    return record


def find(store: Store, organ_id: int, meeting_date: date, paragraf: int) -> Paragraf | None:
    rows = list(
        store.db.query(
            "SELECT * FROM protokoll_paragraf WHERE organ_id = ? AND meeting_date = ? "
            "AND paragraf = ?",
            [organ_id, meeting_date.isoformat(), paragraf],
        )
    )
    return _paragraf(rows[0]) if rows else None


def get(store: Store, paragraf_id: int) -> Paragraf | None:
    rows = list(store.db.query("SELECT * FROM protokoll_paragraf WHERE id = ?", [paragraf_id]))
    return _paragraf(rows[0]) if rows else None


def list_for_year(store: Store, organ_id: int, year: int) -> list[Paragraf]:
    rows = store.db.query(
        "SELECT * FROM protokoll_paragraf WHERE organ_id = ? AND substr(meeting_date, 1, 4) = ? "
        "ORDER BY paragraf",
        [organ_id, str(year)],
    )
    return [_paragraf(r) for r in rows]


def list_for_meeting(store: Store, meeting_id: int) -> list[Paragraf]:
    rows = store.db.query(
        "SELECT * FROM protokoll_paragraf WHERE meeting_id = ? ORDER BY paragraf", [meeting_id]
    )
    return [_paragraf(r) for r in rows]


def numbers_in_year(
    store: Store, organ_id: int, year: int, exclude_meeting: int | None = None
) -> list[tuple[int, str]]:
    """(§ number, meeting date) of every § of the organ's year, other meetings' only."""
    rows = store.db.execute(
        "SELECT paragraf, meeting_date FROM protokoll_paragraf WHERE organ_id = ? "
        "AND substr(meeting_date, 1, 4) = ? AND (meeting_id IS NULL OR meeting_id != ?) "
        "ORDER BY paragraf",
        [organ_id, str(year), exclude_meeting if exclude_meeting is not None else -1],
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def orphans(store: Store, organ_id: int, meeting_date: date) -> list[Paragraf]:
    """§§ of this organ and date whose meeting was deleted (meeting_id set NULL)."""
    rows = store.db.query(
        "SELECT * FROM protokoll_paragraf WHERE organ_id = ? AND meeting_date = ? "
        "AND meeting_id IS NULL ORDER BY paragraf",
        [organ_id, meeting_date.isoformat()],
    )
    return [_paragraf(r) for r in rows]


def set_number(store: Store, paragraf_id: int, number: int) -> None:
    store.db.execute(
        "UPDATE protokoll_paragraf SET paragraf = ? WHERE id = ?", [number, paragraf_id]
    )


def count(store: Store) -> int:
    return store.db.count("protokoll_paragraf")


def _paragraf(row: dict) -> Paragraf:
    votering = from_json(row["votering"], None)
    underlag = from_json(row["beslutsunderlag"], [])
    # NULL (a § from before step m1405): the list is the one ksdesk wrote from the ärende.
    fran_arendet = from_json(row["underlag_fran_arendet"], None)
    return Paragraf(
        organ_id=row["organ_id"],
        meeting_date=parse_date_text(row["meeting_date"]) or date.min,
        nr=row["paragraf"],
        meeting_id=row["meeting_id"],
        item_id=row["item_id"],
        beslutsunderlag=underlag,
        underlag_fran_arendet=list(underlag) if fran_arendet is None else fran_arendet,
        beslut_skickas_till=from_json(row["beslut_skickas_till"], []),
        yrkanden=[Yrkande(**y) for y in from_json(row["yrkanden"], [])],
        votering=Votering(**votering) if votering is not None else None,
        reservationer=[Reservation(**r) for r in from_json(row["reservationer"], [])],
        anteckningar=[Protokollsanteckning(**a) for a in from_json(row["anteckningar"], [])],
        jav=[Jav(**j) for j in from_json(row["jav"], [])],
        deltar_inte=[DeltarInte(**d) for d in from_json(row["deltar_inte"], [])],
        omedelbar_justering=bool(row["omedelbar_justering"]),
        forslag=row["forslag"],
        **{f: row[f] for f in _TEXT_FIELDS},
        id=row["id"],
        uuid=row["uuid"],
    )


def delete(store: Store, paragraf_id: int) -> None:
    store.db.execute("DELETE FROM protokoll_paragraf WHERE id = ?", [paragraf_id])


# ---------------------------------------------------------------------------------------------
# Justering (one row per meeting)

_JUSTERING_DATES = {"justering_date": "date", "justerat": "justerat", "anslaget": "anslaget"}
_JUSTERING_TIMES = {"justering_time": "time", "opened": "opened", "closed": "closed"}


def save_justering(store: Store, meeting_id: int, justering: Justering) -> None:
    record: dict = {
        "meeting_id": meeting_id,
        "justerare": to_json(justering.justerare),
        "justering_place": justering.place,
        "forvaringsplats": justering.forvaringsplats,
        "held": int(justering.held),
        "ajourneringar": to_json(
            [[time_text(b.start), time_text(b.end)] for b in justering.ajourneringar]
        ),
    }
    for column, attr in _JUSTERING_DATES.items():
        record[column] = date_text(getattr(justering, attr))
    for column, attr in _JUSTERING_TIMES.items():
        value = getattr(justering, attr)
        record[column] = time_text(value) if value is not None else None
    stored = list(
        store.db.query("SELECT * FROM protokoll_meeting WHERE meeting_id = ?", [meeting_id])
    )
    if stored and all(stored[0].get(k) == v for k, v in record.items()):
        return  # unchanged: nothing written, the meeting's version stays
    store.db["protokoll_meeting"].upsert(record, pk="meeting_id")


def get_justering(store: Store, meeting_id: int) -> Justering | None:
    rows = list(
        store.db.query("SELECT * FROM protokoll_meeting WHERE meeting_id = ?", [meeting_id])
    )
    return _justering(rows[0]) if rows else None


def justeringar(store: Store) -> dict[int, Justering]:
    """Every meeting's justering, by meeting id, in one query (the laga kraft of each)."""
    return {
        r["meeting_id"]: _justering(r) for r in store.db.query("SELECT * FROM protokoll_meeting")
    }


def _justering(row: dict) -> Justering:
    justering = Justering(
        justerare=from_json(row["justerare"], []),
        place=row["justering_place"],
        forvaringsplats=row["forvaringsplats"],
        held=bool(row["held"]),
        ajourneringar=[
            Ajournering(parse_time_text(start), parse_time_text(end))
            for start, end in from_json(row["ajourneringar"], [])
        ],
    )
    for column, attr in _JUSTERING_DATES.items():
        setattr(justering, attr, parse_date_text(row[column]))
    for column, attr in _JUSTERING_TIMES.items():
        setattr(justering, attr, parse_time_text(row[column]) if row[column] else None)
    return justering


def delete_justering(store: Store, meeting_id: int) -> None:
    store.db.execute("DELETE FROM protokoll_meeting WHERE meeting_id = ?", [meeting_id])
