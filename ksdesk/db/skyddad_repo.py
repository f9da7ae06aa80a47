"""The register of persons with skyddade personuppgifter (core.skyddad_person). Local to the
file: no sync unit (migrations/m1807_skyddad_person says why). The meeting's marks that its
register names someone there travel with the meeting (step m1809)."""

from __future__ import annotations

from dataclasses import asdict, fields

from ksdesk.core.errors import NotFound
from ksdesk.core.skyddad_person import SkyddadPerson
from ksdesk.db.connection import Store
from ksdesk.db.rows import exists, insert_row

_TABLE = "skyddad_person"


def save(store: Store, person: SkyddadPerson) -> SkyddadPerson:
    """Insert or update; a row with an id no longer stored (a deletion undone) comes back
    under the same id and uuid."""
    record = asdict(person)
    for name in ("id", "uuid"):
        record.pop(name)
    if person.id is not None and exists(store.db, _TABLE, person.id):
        store.db[_TABLE].update(person.id, record)
    else:
        if person.id is not None:
            record["id"] = person.id
        person.id, person.uuid = insert_row(store.db, _TABLE, record, person.uuid)
    return person


def get(store: Store, person_id: int) -> SkyddadPerson:
    rows = list(store.db.query("SELECT * FROM skyddad_person WHERE id = ?", [person_id]))
    if not rows:
        raise NotFound(f"Det finns ingen person med id {person_id} i registret.")
    return _person(rows[0])


def list_all(store: Store) -> list[SkyddadPerson]:
    rows = store.db.query("SELECT * FROM skyddad_person ORDER BY namn COLLATE NOCASE, id")
    return [_person(row) for row in rows]


def delete(store: Store, person_id: int) -> None:
    store.db.execute("DELETE FROM skyddad_person WHERE id = ?", [person_id])


def _person(row: dict) -> SkyddadPerson:
    values = {f.name: row[f.name] for f in fields(SkyddadPerson)}
    values["uuid"] = values["uuid"] or ""
    return SkyddadPerson(**values)


def marks_of(store: Store, meeting_id: int) -> str:
    """The meeting's marks of step m1809 as stored (JSON, '' when none: core.skyddad_mark)."""
    row = store.db.execute(
        "SELECT skyddad_markering FROM meeting WHERE id = ?", [meeting_id]
    ).fetchone()
    return row[0] if row else ""


def set_marks(store: Store, meeting_id: int, text: str) -> None:
    """Store the meeting's marks (a change of the meeting: it syncs, step m1809)."""
    store.db.execute("UPDATE meeting SET skyddad_markering = ? WHERE id = ?", [text, meeting_id])
