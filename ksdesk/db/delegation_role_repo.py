"""The register of roles a delegationsordning names (deleg_role): the titles a delegat may
have, a retired title pointing to the one that replaced it."""

from __future__ import annotations

from ksdesk.core.delegation_roles import Role
from ksdesk.db.connection import Store
from ksdesk.db.row_sync import save_row, wanted


def roles(store: Store) -> list[str]:
    return [r["name"] for r in store.db.query("SELECT name FROM deleg_role ORDER BY name")]


def role_list(store: Store) -> list[Role]:
    """Every role of the register, retired titles included, by name."""
    return [
        Role(r["name"], r["replaced_by"], r["id"], uuid=r["uuid"])
        for r in store.db.query("SELECT * FROM deleg_role ORDER BY name COLLATE NOCASE")
    ]


def add_roles(store: Store, names: list[str]) -> None:
    store.db["deleg_role"].insert_all(
        [{"name": n} for n in names if n.strip()], ignore=True, pk="id"
    )


def save_role(store: Store, role: Role) -> int:
    record = {"name": role.name, "replaced_by": role.replaced_by}
    role.id, role.uuid = save_row(store.db, "deleg_role", wanted(role, record))
    return role.id


def delete_role(store: Store, role_id: int) -> None:
    store.db.execute("DELETE FROM deleg_role WHERE id = ?", [role_id])


def replace_roles(store: Store, roles: list[Role]) -> None:
    """The register exactly as `roles` (ids and uuids kept): undo of a change to it. Only
    the roles that differ are written."""
    keep = {r.id for r in roles if r.id is not None}
    stored = store.db.execute("SELECT id FROM deleg_role").fetchall()
    gone = [(row_id,) for (row_id,) in stored if row_id not in keep]
    if gone:
        store.db.executemany("DELETE FROM deleg_role WHERE id = ?", gone)
    for role in roles:
        save_role(store, role)
