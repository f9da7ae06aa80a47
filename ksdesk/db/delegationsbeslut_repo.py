"""The register of delegationsbeslut."""

from __future__ import annotations

from dataclasses import asdict, fields

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.errors import NotFound
from ksdesk.db.connection import Store
from ksdesk.db.rows import date_text, parse_date_text

_DATE_FIELDS = ("date", "received")


def save(store: Store, beslut: Delegationsbeslut) -> int:
    """Insert or update; a decision with an id that is no longer stored (a deletion undone)
    is inserted again under that id."""
    record = asdict(beslut)
    record.pop("id")
    for name in _DATE_FIELDS:
        record[name] = date_text(record[name])
    if beslut.id is None:
        beslut.id = store.db["delegationsbeslut"].insert(record).last_pk
    elif exists(store, beslut.id):
        store.db["delegationsbeslut"].update(beslut.id, record)
    else:
        store.db["delegationsbeslut"].insert({"id": beslut.id, **record})
    return beslut.id


def exists(store: Store, beslut_id: int) -> bool:
    row = store.db.execute("SELECT 1 FROM delegationsbeslut WHERE id = ?", [beslut_id]).fetchone()
    return row is not None


def list_all(store: Store) -> list[Delegationsbeslut]:
    return [_beslut(r) for r in store.db.query("SELECT * FROM delegationsbeslut ORDER BY date, id")]


def get(store: Store, beslut_id: int) -> Delegationsbeslut:
    rows = list(store.db.query("SELECT * FROM delegationsbeslut WHERE id = ?", [beslut_id]))
    if not rows:
        raise NotFound(f"Det finns inget delegationsbeslut med id {beslut_id}.")
    return _beslut(rows[0])


def list_unreported(store: Store) -> list[Delegationsbeslut]:
    return [
        _beslut(r)
        for r in store.db.query(
            "SELECT * FROM delegationsbeslut WHERE reported_meeting_id IS NULL ORDER BY date, id"
        )
    ]


def list_reported(store: Store, meeting_id: int) -> list[Delegationsbeslut]:
    return [
        _beslut(r)
        for r in store.db.query(
            "SELECT * FROM delegationsbeslut WHERE reported_meeting_id = ? ORDER BY date, id",
            [meeting_id],
        )
    ]


def set_reported(store: Store, ids: list[int], meeting_id: int | None) -> None:
    for beslut_id in ids:
        store.db["delegationsbeslut"].update(beslut_id, {"reported_meeting_id": meeting_id})


def delete(store: Store, beslut_id: int) -> None:
    store.db.execute("DELETE FROM delegationsbeslut WHERE id = ?", [beslut_id])


def find_by_dnr(store: Store, dnr: str) -> Delegationsbeslut | None:
    rows = list(store.db.query("SELECT * FROM delegationsbeslut WHERE dnr = ?", [dnr]))
    return _beslut(rows[0]) if rows else None


def count(store: Store) -> int:
    return store.db.count("delegationsbeslut")


def _beslut(row: dict) -> Delegationsbeslut:
    values = {f.name: row[f.name] for f in fields(Delegationsbeslut)}
    for name in _DATE_FIELDS:
        values[name] = parse_date_text(values[name])
    return Delegationsbeslut(**values)
