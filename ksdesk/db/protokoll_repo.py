"""Protokoll paragraphs (§)."""

from __future__ import annotations

from datetime import date

from ksdesk.core.protokoll import Paragraf
from ksdesk.db.connection import Store
from ksdesk.db.rows import from_json, parse_date_text, to_json

_TEXT_FIELDS = ("title", "dnr", "beslut", "beskrivning", "behandling")


def save(store: Store, p: Paragraf) -> int:
    record = {f: getattr(p, f) for f in _TEXT_FIELDS}
    record.update(
        organ_id=p.organ_id,
        meeting_id=p.meeting_id,
        item_id=p.item_id,
        meeting_date=p.meeting_date.isoformat(),
        paragraf=p.paragraf,
        beslutsunderlag=to_json(p.beslutsunderlag),
        beslut_skickas_till=to_json(p.beslut_skickas_till),
    )
    if p.id is None:
        p.id = store.db["protokoll_paragraf"].insert(record).last_pk
    else:
        store.db["protokoll_paragraf"].update(p.id, record)
    return p.id


def find(store: Store, organ_id: int, meeting_date: date, paragraf: int) -> Paragraf | None:
    rows = list(
        store.db.query(
            "SELECT * FROM protokoll_paragraf WHERE organ_id = ? AND meeting_date = ? "
            "AND paragraf = ?",
            [organ_id, meeting_date.isoformat(), paragraf],
        )
    )
    return _paragraf(rows[0]) if rows else None


def list_for_year(store: Store, organ_id: int, year: int) -> list[Paragraf]:
    rows = store.db.query(
        "SELECT * FROM protokoll_paragraf WHERE organ_id = ? AND substr(meeting_date, 1, 4) = ? "
        "ORDER BY paragraf",
        [organ_id, str(year)],
    )
    return [_paragraf(r) for r in rows]


def count(store: Store) -> int:
    return store.db.count("protokoll_paragraf")


def _paragraf(row: dict) -> Paragraf:
    return Paragraf(
        organ_id=row["organ_id"],
        meeting_date=parse_date_text(row["meeting_date"]) or date.min,
        paragraf=row["paragraf"],
        meeting_id=row["meeting_id"],
        item_id=row["item_id"],
        beslutsunderlag=from_json(row["beslutsunderlag"], []),
        beslut_skickas_till=from_json(row["beslut_skickas_till"], []),
        **{f: row[f] for f in _TEXT_FIELDS},
        id=row["id"],
    )


def delete(store: Store, paragraf_id: int) -> None:
    store.db.execute("DELETE FROM protokoll_paragraf WHERE id = ?", [paragraf_id])
