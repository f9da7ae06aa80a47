"""The register of motioner and medborgarförslag."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date

from ksdesk.core.errors import NotFound
from ksdesk.core.motion import Motion
from ksdesk.db.connection import Store
from ksdesk.db.rows import date_text, exists, insert_row, parse_date_text, root_version

_DATES = ("vackt", "remitterad", "besvarad")


def save(store: Store, motion: Motion) -> Motion:
    """Insert or update; a row with an id no longer stored (a deletion undone) comes back
    under the same id and uuid. Version, changed_at and changed_by are the sync unit's
    triggers' to keep (migrations/row_identity.add_root: one bump per transaction, by the
    store's user), never written here: an undo writing back an older copy must not set the
    version back."""
    record = asdict(motion)
    for name in ("id", "uuid", "version"):
        record.pop(name)
    for name in _DATES:
        record[name] = date_text(record[name])
    record["typ"], record["status"] = str(record["typ"]), str(record["status"])
    record["namn_publiceras"] = int(motion.namn_publiceras)
    if motion.id is not None and exists(store.db, "motion", motion.id):
        store.db["motion"].update(motion.id, record)
    else:
        if motion.id is not None:
            record["id"] = motion.id
        motion.id, motion.uuid = insert_row(store.db, "motion", record, motion.uuid)
    motion.version = root_version(store.db, "motion", motion.id)
    return motion


def get(store: Store, motion_id: int) -> Motion:
    rows = list(store.db.query("SELECT * FROM motion WHERE id = ?", [motion_id]))
    if not rows:
        raise NotFound(f"Det finns ingen motion eller något medborgarförslag med id {motion_id}.")
    return _motion(rows[0])


def list_all(store: Store) -> list[Motion]:
    return [_motion(r) for r in store.db.query("SELECT * FROM motion ORDER BY vackt, id")]


def delete(store: Store, motion_id: int) -> None:
    store.db.execute("DELETE FROM motion WHERE id = ?", [motion_id])


def _motion(row: dict) -> Motion:
    values = {f.name: row[f.name] for f in fields(Motion)}
    for name in _DATES:
        values[name] = parse_date_text(values[name])
    values["vackt"] = values["vackt"] or date.min
    values["namn_publiceras"] = bool(values["namn_publiceras"])
    values["uuid"] = values["uuid"] or ""
    return Motion(**values)
