"""The first sync after ksdesk was updated: rows an older version pulled but could not store
whole (a table or column it did not know; core/team_shadow.py marks them) are fetched from
the server and stored before anything is pushed. Otherwise the push would take a row the
file never had for one deleted here, and a column it never filled for one emptied here, and
delete or empty them on the server and on every other laptop.

A row whose table or columns this ksdesk does not know either stays marked: it is fetched
once a later version does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ksdesk.core.team_shadow import missing_columns, never_stored
from ksdesk.core.team_wire import UnitRow
from ksdesk.db import shadow_repo, team_repo, unit_fill
from ksdesk.db.server import server_repo
from ksdesk.db.unit_rows import CannotApply

if TYPE_CHECKING:
    from ksdesk.services.team_sync import Sync


def catch_up(sync: Sync) -> int:
    """Store what the file lacks of marked rows it can now hold; returns the rows stored."""
    stored = 0
    for unit_uuid, entries in shadow_repo.marked(sync.store).items():
        state = team_repo.unit_state(sync.store, unit_uuid)
        if state is None:
            continue
        wanted = [entry for entry in entries if _holds_more(sync, state.kind, *entry)]
        if not wanted:
            continue
        found = server_repo.rows_named(sync.conn, unit_uuid, [key for key, *_ in wanted])
        whole = {key for key, _tbl, shadow in wanted if never_stored(shadow)}
        for row in found:
            if row.key in whole and row.blob_sha is not None:
                row.blob = server_repo.blob(sync.conn, unit_uuid, row.key)
        stored += _store(sync, state.kind, unit_uuid, wanted, {row.key: row for row in found})
    return stored


def _holds_more(sync: Sync, kind: str, _key: str, tbl: str, shadow: str) -> bool:
    """Whether this ksdesk can store more of the row than the one that pulled it."""
    if tbl not in sync.rows.tables(kind):
        return False
    if never_stored(shadow):
        return True
    part = next(part for part in sync.rows.parts(kind) if part.table == tbl)
    table = sync.rows.shape(kind, part)
    return any(table.column(name) is not None for name in missing_columns(shadow))


def _store(
    sync: Sync,
    kind: str,
    unit_uuid: str,
    wanted: list[tuple[str, str, str]],
    found: dict[str, UnitRow],
) -> int:
    """One local transaction for the unit; the writes are no change of the file's own."""
    with sync.local():
        if sync.rows.local_version(kind, unit_uuid) is None:
            return 0  # deleted here: the push says so
        sync.rows.hold_version(kind, unit_uuid)
        # Found on the server (a row deleted or hidden there is the next pull's business).
        whole = [
            found[key] for key, _tbl, shadow in wanted if never_stored(shadow) and key in found
        ]
        partial = [
            (found[key], missing_columns(shadow))
            for key, _tbl, shadow in wanted
            if not never_stored(shadow) and key in found
        ]
        done = _insert(sync, kind, whole)
        for row, columns in partial:
            unit_fill.fill_columns(sync.rows, kind, row, columns)
            done.append(row)
        team_repo.set_digests(sync.store, unit_uuid, sync.rows.shadow(kind, done))
    return len(done)


def _insert(sync: Sync, kind: str, rows: list[UnitRow]) -> list[UnitRow]:
    """Rows the file never had, parents first; one whose parent is gone here stays out (and
    marked: never pushed as deleted)."""
    try:
        with sync.store.atomic():
            sync.rows.apply(kind, rows, [])
        return list(rows)
    except CannotApply:
        pass
    stored = []
    for row in rows:
        try:
            with sync.store.atomic():
                sync.rows.apply(kind, [row], [])
            stored.append(row)
        except CannotApply:
            continue
    return stored
