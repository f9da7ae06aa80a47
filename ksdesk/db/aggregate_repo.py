"""The sync units (aggregates) as the file holds them: each root's uuid and version, who
changed it last and when, and the tombstones of deleted roots.

Step m1301 keeps these up to date by triggers, whatever writes: any change to a row of a
unit raises its root's version by one per transaction (see db/migrations/row_identity.py).
This module only reads them; a later team mode compares them with the server's to know
what to push and pull, unit by unit."""

from __future__ import annotations

from ksdesk.core.identity import Tombstone, UnitVersion
from ksdesk.db.connection import Store

# kind -> root table. The kind is what a tombstone and a sync call the unit.
UNITS = {
    "meeting": "meeting",
    "delegation_version": "deleg_version",
    "budget_sheet": "budget_sheet",
    "organ": "organ",
    "member": "member",
    "delegationsbeslut": "delegationsbeslut",
    "document": "document",
    "role": "deleg_role",
    "motion": "motion",
    "uppdrag": "uppdrag",
}


def _table(kind: str) -> str:
    if kind not in UNITS:
        raise ValueError(f"unknown sync unit: {kind}")
    return UNITS[kind]


def versions(store: Store, kind: str) -> list[UnitVersion]:
    """Every unit of `kind`, oldest change first."""
    rows = store.db.execute(
        f"SELECT uuid, version, changed_at, changed_by FROM {_table(kind)} ORDER BY changed_at, id"
    )
    return [UnitVersion(kind, *row) for row in rows]


def version_of(store: Store, kind: str, uuid: str) -> UnitVersion | None:
    row = store.db.execute(
        f"SELECT uuid, version, changed_at, changed_by FROM {_table(kind)} WHERE uuid = ?",
        [uuid],
    ).fetchone()
    return UnitVersion(kind, *row) if row else None


def tombstones(store: Store) -> list[Tombstone]:
    rows = store.db.execute(
        "SELECT kind, uuid, deleted_at, deleted_by FROM tombstone ORDER BY deleted_at, uuid"
    )
    return [Tombstone(*row) for row in rows]


def stamp(store: Store, *kinds: str) -> tuple:
    """Whether any unit of `kinds` has changed since, in one cheap query (an index on each
    root's change_txn): what was derived from them can be kept while the stamp stays. Any
    change to a unit, by this laptop or a team pull, bumps its root's change_txn to the
    transaction's own, ever rising, number (step m1301); a unit removed lowers the count."""
    parts = ", ".join(
        f"(SELECT max(change_txn) FROM {_table(k)}), (SELECT count(*) FROM {_table(k)})"
        for k in kinds
    )
    return tuple(store.db.execute(f"SELECT {parts}").fetchone())
