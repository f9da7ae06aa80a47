"""A unit changed both here and on the server, merged row by row (core/team_merge.py) when a
sync meets it: what only the server changed is written here, what only this file changed
is pushed right after, and only rows changed on both sides make a conflict for the
secretary (then nothing of the unit is written here; services/team_conflicts.py resolves
it with the same merge)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ksdesk.core.team import (
    CANNOT_APPLY,
    CHANGED_ON_BOTH,
    LEASE_BROKEN,
    LEASED,
    REFUSED,
    when,
)
from ksdesk.core.team_merge import Merge, merge
from ksdesk.core.team_wire import (
    BROKEN,
    CONFLICT,
    DENIED,
    HELD,
    PushOutcome,
    ServerUnit,
    StoredConflict,
    UnitRow,
)
from ksdesk.db import team_repo, unit_titles
from ksdesk.db.connection import Store
from ksdesk.db.server import server_repo
from ksdesk.db.sync_tables import place
from ksdesk.db.unit_rows import CannotApply, UnitRows

if TYPE_CHECKING:
    from ksdesk.services.team_sync import Sync


def three_way(
    store: Store, rows: UnitRows, kind: str, uuid: str, server: dict[str, UnitRow]
) -> tuple[Merge, dict[str, UnitRow]]:
    """The merge of this file's rows of a unit and the server's (all of them, as they stand)
    against the base, and this file's rows."""
    local = {row.key: row for row in rows.read(kind, uuid)}
    base = {key: entry[1] for key, entry in team_repo.digests(store, uuid).items()}
    theirs = {key: entry[1] for key, entry in rows.shadow(kind, [*server.values()]).items()}
    places = {}
    for key in {*local, *server}:
        here = place(local[key]) if key in local else None
        there = place(server[key]) if key in server else None
        if here is not None or there is not None:
            places[key] = (here, there)
    mine = {key: row.digest() for key, row in local.items()}
    parents = (
        {key: row.parent for key, row in local.items()},
        {key: row.parent for key, row in server.items()},
    )
    return merge(base, mine, theirs, places, parents), local


def base_holds(store: Store, conflict: StoredConflict) -> bool:
    """Whether the server's side of a conflict grew from the base this file remembers, so
    that rows can be merged against it: not after the server was read back from a backup
    (its versions went back), nor for a unit deleted there."""
    from ksdesk.services.team_restore import RESTORED

    state = team_repo.unit_state(store, conflict.unit_uuid)
    if state is None or conflict.server_deleted or conflict.detail == RESTORED:
        return False
    return conflict.server_version >= state.server_version


def merge_unit(sync: Sync, kind: str, uuid: str) -> bool:
    """Merge a unit the server refused (another laptop pushed first) or listed while it had
    changes here. True: merged, and what is this file's own waits to be pushed; False: rows
    changed on both sides, and the unit is listed as a conflict."""
    state = team_repo.unit_state(sync.store, uuid)
    base = team_repo.digests(sync.store, uuid)
    server = _server_rows(sync.conn, uuid, state.server_version, [*base]) if state else None
    if state is None or server is None:
        # Never synced here (no base to merge against), or deleted on the server.
        with sync.local():
            sync.record_conflict(kind, uuid, CHANGED_ON_BOTH)
        return False
    if not server:
        return True  # moved again while it was read: the push is refused, and merged again
    unit, rows_there = server
    with sync.local():
        merged, local = three_way(sync.store, sync.rows, kind, uuid, rows_there)
        if not merged.clean:
            sync.record_conflict(kind, uuid, CHANGED_ON_BOTH)
            return False
        taken = [rows_there[key] for key in merged.theirs if key in rows_there]
        gone = [(local[key].tbl, key) for key in merged.theirs if key not in rows_there]
        gone = [item for item in gone if item[1] in local]
        try:
            with sync.store.atomic():
                sync.rows.hold_version(kind, uuid)
                sync.rows.apply(kind, taken, gone)
        except CannotApply as error:
            sync.record_conflict(kind, uuid, CANNOT_APPLY, str(error))
            return False
        # The file now rests on the server's version; what differs is this file's own and
        # goes with the next push (row by row against the new base).
        team_repo.clear_digests(sync.store, uuid)
        team_repo.set_digests(sync.store, uuid, sync.rows.shadow(kind, [*rows_there.values()]))
        state.server_version = unit.version
        state.synced_version = -1
        team_repo.save_unit_state(sync.store, state)
    sync.puller.count(kind, taken, len(gone))
    return True


def _server_rows(
    conn: object, uuid: str, base_version: int, base_keys: list[str]
) -> tuple[ServerUnit, dict[str, UnitRow]] | tuple[()] | None:
    """The unit's rows on the server as they stand: those changed since the base with their
    files (the only files a merge can take), the others without. None when the unit is
    deleted; () when it changed again between the two reads."""
    unit, changed, gone = server_repo.rows_since(conn, uuid, base_version)
    if unit is None or unit.deleted:
        return None
    rows = {row.key: row for row in changed}
    dropped = {key for _tbl, key in gone}
    # The rows not changed since the base, as the server has them (their places): the base
    # names them all, since a row added on the server after it is a changed one.
    known = [key for key in base_keys if key not in rows and key not in dropped]
    for row in server_repo.rows_named(conn, uuid, known):
        rows[row.key] = row
    now = server_repo.unit_now(conn, uuid)
    if now is None or now.deleted:
        return None
    return (unit, rows) if now.version == unit.version else ()


def record_conflict(sync: Sync, kind: str, uuid: str, reason: str, detail: str = "") -> None:
    """List the unit as a conflict, with the server's side as it stands now, files included
    (inside the caller's local transaction): the secretary compares and resolves offline."""
    unit, rows, _gone = server_repo.rows_since(sync.conn, uuid, 0)
    for row in rows:
        if row.blob_sha is not None and row.blob is None:
            row.blob = server_repo.blob(sync.conn, uuid, row.key)
    conflict = StoredConflict(
        uuid,
        kind,
        (unit.title if unit else "") or unit_titles.title(sync.store, kind, uuid),
        reason,
        detail,
        unit.version if unit else 0,
        unit.changed_at if unit else "",
        unit.changed_by if unit else "",
        bool(unit.deleted) if unit else True,
        {row.key: row for row in rows},
    )
    team_repo.save_conflict(sync.store, conflict)


def why(outcome: PushOutcome) -> tuple[str, str]:
    """The reason and description of a push the server did not take."""
    if outcome.status == HELD:
        return LEASED, f"Utcheckat av {outcome.holder} sedan {when(outcome.since)}"
    if outcome.status == BROKEN:
        return LEASE_BROKEN, f"Utcheckningen bröts av {outcome.holder} {when(outcome.since)}"
    if outcome.status == DENIED:
        return REFUSED, "Servern tog inte emot ändringen: du får inte ändra den här enheten."
    if outcome.status == CONFLICT and outcome.detail:
        return CHANGED_ON_BOTH, outcome.detail
    return CHANGED_ON_BOTH, ""
