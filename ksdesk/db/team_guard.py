"""The commit check of team mode: a transaction that changes a unit this laptop may only read
is refused before it commits, whatever wrote it (a tab, an import, an undo), so nothing of it
is written. Read-only are units checked out by a colleague (the lease as this file last heard
of it) and units of an organ whose secretary the user is not; the server refuses them too, but
the secretary should hear it at once, not at the next sync.

Installed on a store when its file is linked to a server; a file without a link pays nothing.
A sync writing what it pulled is exempt (`exempt`)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

from ksdesk.core.errors import UnitLocked
from ksdesk.db.connection import Store

_ATTRIBUTE = "_team_exempt"
# Units that belong to an organ through organ_id: a new one in a read-only organ is refused.
_ORGAN_UNITS = ("meeting", "member", "uppdrag")


def install_if_linked(store: Store) -> None:
    # Every writable open comes here (a `ksdesk sok` too): an unlinked file is told by one
    # query, without loading team mode's modules (core.team's dataclasses cost more than the
    # rest of opening a file).
    if not linked(store):
        return
    from ksdesk.db import team_repo

    link = team_repo.link(store)
    if link is None:
        return
    store.user = link.display_name
    if check not in store.commit_checks:
        store.commit_checks.append(check)


def linked(store: Store) -> bool:
    """Whether the file is linked to a server (one query; nothing of team mode loads)."""
    try:
        return store.db.execute("SELECT 1 FROM team_link LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:  # a file opened without migrating: never linked, then
        return False


@contextlib.contextmanager
def exempt(store: Store) -> Iterator[None]:
    """Writes of the sync itself (pulled rows, leases) pass."""
    before = getattr(store, _ATTRIBUTE, False)
    setattr(store, _ATTRIBUTE, True)
    try:
        yield
    finally:
        setattr(store, _ATTRIBUTE, before)


def check(store: Store) -> None:
    if getattr(store, _ATTRIBUTE, False):
        return
    from ksdesk.db.aggregate_repo import UNITS

    db = store.db
    txn = db.execute("SELECT txn FROM change_context").fetchone()[0]
    locked = "(s.writable = 0 OR (s.lease_holder <> '' AND s.lease_mine = 0))"
    for kind, root in UNITS.items():
        row = db.execute(
            f"SELECT r.uuid, s.writable, s.lease_holder, s.lease_since FROM [{root}] r "
            f"JOIN sync_unit s ON s.uuid = r.uuid WHERE r.change_txn = ? AND {locked} LIMIT 1",
            [txn],
        ).fetchone()
        if row:
            raise UnitLocked(_refusal(store, kind, *row))
    for kind in _ORGAN_UNITS:
        row = db.execute(
            f"SELECT r.uuid FROM [{UNITS[kind]}] r JOIN organ o ON o.id = r.organ_id "
            "JOIN sync_unit so ON so.uuid = o.uuid LEFT JOIN sync_unit s ON s.uuid = r.uuid "
            "WHERE r.change_txn = ? AND s.uuid IS NULL AND so.writable = 0 LIMIT 1",
            [txn],
        ).fetchone()
        if row:
            raise UnitLocked(_refusal(store, kind, row[0], False, "", ""))
    row = db.execute(
        "SELECT t.kind, t.uuid, s.writable, s.lease_holder, s.lease_since FROM tombstone t "
        f"JOIN sync_unit s ON s.uuid = t.uuid WHERE {locked} AND NOT EXISTS "
        "(SELECT 1 FROM sync_conflict c WHERE c.unit_uuid = t.uuid) LIMIT 1"
    ).fetchone()
    if row:
        raise UnitLocked(_refusal(store, *row))


def _refusal(store: Store, kind: str, uuid: str, writable: int, holder: str, since: str) -> str:
    from ksdesk.core.team import checked_out, unit_phrase, when
    from ksdesk.db.unit_titles import organ_name_of, title

    what = unit_phrase(kind, title(store, kind, uuid))
    if holder and writable:
        return (
            f"{what} är {checked_out(kind)} av {holder} sedan {when(since)}: det kan läsas "
            "men inte ändras förrän det checkas in. Ingenting har sparats."
        )
    organ = organ_name_of(store, kind, uuid)
    where = f"hör till {organ}, där du inte är sekreterare" if organ else "får du inte ändra"
    return f"{what} {where}: det kan läsas men inte ändras. Ingenting har sparats."
