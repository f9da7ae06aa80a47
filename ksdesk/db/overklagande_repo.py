"""The appeals recorded for §§ (overklagande): one row per §."""

from __future__ import annotations

from datetime import datetime

from ksdesk.core.overklagande import Overklagande
from ksdesk.db.connection import Store
from ksdesk.db.rows import insert_row, parse_date_text


def save(store: Store, overklagande: Overklagande, by: str = "") -> Overklagande:
    """Insert or replace the row of the §."""
    remove(store, overklagande.paragraf_id)
    record = {
        "paragraf_id": overklagande.paragraf_id,
        "inkom": overklagande.inkom.isoformat(),
        "instans": overklagande.instans.strip(),
        "malnummer": overklagande.malnummer.strip(),
        "utfall": overklagande.utfall,
        "avgjort": overklagande.avgjort.isoformat() if overklagande.avgjort else None,
        "anteckning": overklagande.anteckning.strip(),
        "changed_at": datetime.now().isoformat(timespec="seconds"),
        "changed_by": by,
    }
    if overklagande.id is not None:
        record["id"] = overklagande.id
    overklagande.id, overklagande.uuid = insert_row(
        store.db, "overklagande", record, overklagande.uuid
    )
    return overklagande


def remove(store: Store, paragraf_id: int) -> None:
    store.db.execute("DELETE FROM overklagande WHERE paragraf_id = ?", [paragraf_id])


def get(store: Store, paragraf_id: int) -> Overklagande | None:
    rows = list(store.db.query("SELECT * FROM overklagande WHERE paragraf_id = ?", [paragraf_id]))
    return _overklagande(rows[0]) if rows else None


def all_by_paragraf(store: Store) -> dict[int, Overklagande]:
    return {
        r["paragraf_id"]: _overklagande(r) for r in store.db.query("SELECT * FROM overklagande")
    }


def _overklagande(row: dict) -> Overklagande:
    return Overklagande(
        paragraf_id=row["paragraf_id"],
        inkom=parse_date_text(row["inkom"]),
        instans=row["instans"],
        malnummer=row["malnummer"],
        utfall=row["utfall"],
        avgjort=parse_date_text(row["avgjort"]) if row["avgjort"] else None,
        anteckning=row["anteckning"],
        id=row["id"],
        uuid=row["uuid"] or "",
    )
