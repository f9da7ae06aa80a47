"""Uppdrag given in a § or a delegationsbeslut."""

from __future__ import annotations

from dataclasses import asdict, fields

from ksdesk.core.errors import NotFound
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.db.connection import Store
from ksdesk.db.rows import date_text, exists, insert_row, parse_date_text, root_version

_DATES = ("senast", "klart")


def save(store: Store, uppdrag: Uppdrag) -> Uppdrag:
    """Insert or update; an uppdrag with an id no longer stored (a deletion undone) comes back
    under the same id and uuid. Version, changed_at and changed_by are the sync unit's
    triggers' to keep (migrations/row_identity.add_root: one bump per transaction, by the
    store's user), never written here: an undo writing back an older copy must not set the
    version back."""
    record = asdict(uppdrag)
    for name in ("id", "uuid", "version"):
        record.pop(name)
    for name in _DATES:
        record[name] = date_text(record[name])
    record["status"] = str(record["status"])
    if uppdrag.id is not None and exists(store.db, "uppdrag", uppdrag.id):
        store.db["uppdrag"].update(uppdrag.id, record)
    else:
        if uppdrag.id is not None:
            record["id"] = uppdrag.id
        uppdrag.id, uppdrag.uuid = insert_row(store.db, "uppdrag", record, uppdrag.uuid)
    uppdrag.version = root_version(store.db, "uppdrag", uppdrag.id)
    return uppdrag


def get(store: Store, uppdrag_id: int) -> Uppdrag:
    rows = list(store.db.query("SELECT * FROM uppdrag WHERE id = ?", [uppdrag_id]))
    if not rows:
        raise NotFound(f"Det finns inget uppdrag med id {uppdrag_id}.")
    return _uppdrag(rows[0])


def list_all(store: Store) -> list[Uppdrag]:
    rows = store.db.query("SELECT * FROM uppdrag ORDER BY senast IS NULL, senast, id")
    return [_uppdrag(r) for r in rows]


def for_paragraf(store: Store, paragraf_id: int) -> list[Uppdrag]:
    rows = store.db.query("SELECT * FROM uppdrag WHERE paragraf_id = ? ORDER BY id", [paragraf_id])
    return [_uppdrag(r) for r in rows]


def delete(store: Store, uppdrag_id: int) -> None:
    store.db.execute("DELETE FROM uppdrag WHERE id = ?", [uppdrag_id])


def _uppdrag(row: dict) -> Uppdrag:
    values = {f.name: row[f.name] for f in fields(Uppdrag)}
    for name in _DATES:
        values[name] = parse_date_text(values[name])
    values["uuid"] = values["uuid"] or ""
    return Uppdrag(**values)
