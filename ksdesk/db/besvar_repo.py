"""The §§ appealed by förvaltningsbesvär (forvaltningsbesvar): one row per §."""

from __future__ import annotations

from datetime import datetime

from ksdesk.core.forvaltningsbesvar import Forvaltningsbesvar
from ksdesk.db.connection import Store
from ksdesk.db.rows import date_text, insert_row, parse_date_text


def save(store: Store, besvar: Forvaltningsbesvar, by: str = "") -> Forvaltningsbesvar:
    """Insert or replace the row of the §."""
    remove(store, besvar.paragraf_id)
    record = {
        "paragraf_id": besvar.paragraf_id,
        "delgivet": date_text(besvar.delgivet),
        "kungoras": int(besvar.kungoras),
        "kungjort": date_text(besvar.kungjort),
        "changed_at": datetime.now().isoformat(timespec="seconds"),
        "changed_by": by,
    }
    if besvar.id is not None:
        record["id"] = besvar.id
    besvar.id, besvar.uuid = insert_row(store.db, "forvaltningsbesvar", record, besvar.uuid)
    return besvar


def remove(store: Store, paragraf_id: int) -> None:
    store.db.execute("DELETE FROM forvaltningsbesvar WHERE paragraf_id = ?", [paragraf_id])


def get(store: Store, paragraf_id: int) -> Forvaltningsbesvar | None:
    rows = list(
        store.db.query("SELECT * FROM forvaltningsbesvar WHERE paragraf_id = ?", [paragraf_id])
    )
    return _besvar(rows[0]) if rows else None


def all_by_paragraf(store: Store) -> dict[int, Forvaltningsbesvar]:
    rows = store.db.query("SELECT * FROM forvaltningsbesvar")
    return {r["paragraf_id"]: _besvar(r) for r in rows}


def _besvar(row: dict) -> Forvaltningsbesvar:
    return Forvaltningsbesvar(
        paragraf_id=row["paragraf_id"],
        delgivet=parse_date_text(row["delgivet"]),
        kungoras=bool(row["kungoras"]),
        kungjort=parse_date_text(row["kungjort"]),
        id=row["id"],
        uuid=row["uuid"] or "",
    )
