"""What the secretary calls a sync unit: "Kommunstyrelsen 2020-12-07", a budget sheet's title,
a delegationsbeslut's dnr and title. Used in the conflict list and in refusals."""

from __future__ import annotations

from ksdesk.db.connection import Store

_TITLES = {
    "meeting": (
        "SELECT o.name || ' ' || m.date FROM meeting m JOIN organ o ON o.id = m.organ_id "
        "WHERE m.uuid = ?"
    ),
    "organ": "SELECT name FROM organ WHERE uuid = ?",
    "member": (
        "SELECT m.name || ' (' || o.name || ')' FROM member m JOIN organ o ON o.id = m.organ_id "
        "WHERE m.uuid = ?"
    ),
    "role": "SELECT name FROM deleg_role WHERE uuid = ?",
    "document": "SELECT title FROM document WHERE uuid = ?",
    "delegation_version": "SELECT name FROM deleg_version WHERE uuid = ?",
    "budget_sheet": "SELECT title FROM budget_sheet WHERE uuid = ?",
    "delegationsbeslut": "SELECT trim(dnr || ' ' || title) FROM delegationsbeslut WHERE uuid = ?",
    "motion": "SELECT rubrik FROM motion WHERE uuid = ?",
    "uppdrag": "SELECT vad FROM uppdrag WHERE uuid = ?",
}


def title(store: Store, kind: str, uuid: str) -> str:
    """The unit's title here; "" when the file does not hold it."""
    sql = _TITLES.get(kind)
    if sql is None:
        return ""
    row = store.db.execute(sql, [uuid]).fetchone()
    return str(row[0]) if row and row[0] is not None else ""


def organ_name_of(store: Store, kind: str, uuid: str) -> str:
    """The organ a unit belongs to (meetings, members, uppdrag), by name."""
    if kind not in ("meeting", "member", "uppdrag"):
        return ""
    table = {"meeting": "meeting", "member": "member", "uppdrag": "uppdrag"}[kind]
    row = store.db.execute(
        f"SELECT o.name FROM [{table}] r JOIN organ o ON o.id = r.organ_id WHERE r.uuid = ?",
        [uuid],
    ).fetchone()
    return row[0] if row else ""
