"""Conflicts, shown side by side and resolved by the secretary, never by the last writer.

A conflict is a unit with rows changed both here and on the server since the version this
file rests on (the rest merges by itself, services/team_merge.py), or one checked out by a
colleague, a broken lease's work, or refused by the server. The secretary keeps her version
of the rows in conflict, takes the server's, or chooses row by row; the rows only one side
changed go that way in every case (the same three-way merge). Whatever she does not take is
kept in the file (sync_conflict_kept); nothing is thrown away.

Resolving moves the file onto the server's version of the unit: the rows taken from the
server are written here, and the rest counts as this file's change against that version,
pushed by the next sync like any other edit (and merged again, or a new conflict, if the
server has moved on meanwhile)."""

from __future__ import annotations

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.format import format_count
from ksdesk.core.team import CANNOT_APPLY, CHANGED_ON_BOTH, KINDS, LEASE_BROKEN, Conflict
from ksdesk.core.team_merge import Merge, genitive, renumbered
from ksdesk.core.team_wire import StoredConflict, UnitRow, UnitState
from ksdesk.db import team_guard, team_repo
from ksdesk.db.connection import Store
from ksdesk.db.sync_tables import order_column, place
from ksdesk.db.unit_rows import UnitRows
from ksdesk.services.team_conflict_rows import ROW_NAMES, RowDifference, differences
from ksdesk.services.team_merge import base_holds, three_way

LOKAL, SERVER = "lokal", "server"
__all__ = ["LOKAL", "ROW_NAMES", "SERVER", "RowDifference", "differences", "resolve"]


def list_conflicts(store: Store) -> list[Conflict]:
    """Every open conflict, as `ksdesk sync --json` prints them."""
    return [conflict for conflict, _differences in with_differences(store)]


def with_differences(store: Store) -> list[tuple[Conflict, list[RowDifference]]]:
    """Every open conflict and its rows that differ (counted in the conflict's "lokal"
    side: the rows are read once, for both)."""
    rows = UnitRows(store)
    listed = []
    for stored in sorted(
        team_repo.conflicts(store), key=lambda c: (KINDS.index(c.kind), c.detected_at)
    ):
        stamp = rows.root_stamp(stored.kind, stored.unit_uuid)
        differing = differences(store, stored)
        lokal = {
            "version": stamp[0] if stamp else None,
            "andrad": stamp[1] if stamp else "",
            "andrad_av": stamp[2] if stamp else "",
            "borttagen": stamp is None,
            "skillnader": len(differing),
        }
        server = {
            "version": stored.server_version,
            "andrad": stored.server_changed_at,
            "andrad_av": stored.server_changed_by,
            "borttagen": stored.server_deleted,
            "orsak": stored.reason,
        }
        if stored.detail:
            server["beskrivning"] = stored.detail
        conflict = Conflict(
            stored.kind, stored.unit_uuid, stored.title, lokal, server, stored.reason
        )
        listed.append((conflict, differing))
    return listed


def read_beside(store: Store) -> list[tuple[Conflict, list[RowDifference]]]:
    """with_differences() on a read connection of its own, for a worker thread: a file with
    many conflicts on big meetings reads every unit whole."""
    from ksdesk.services.store import reading

    with reading(store) as reader:
        return with_differences(reader)


def get(store: Store, unit_uuid: str) -> StoredConflict:
    found = team_repo.conflict(store, unit_uuid)
    if found is None:
        raise NotFound(f"Det finns ingen konflikt för {unit_uuid}.")
    return found


def resolve(store: Store, unit_uuid: str, keep: str, choices: dict[str, str] | None = None) -> str:
    """Keep this file's version (LOKAL) or the server's (SERVER) of the rows in conflict;
    `choices` names rows to take from one side or the other (row key -> LOKAL/SERVER). The
    rows only one side changed go that way whatever is kept: a resolve never removes what
    the colleague did outside the rows in conflict, nor what this file did. Returns what
    happened, in a sentence for the secretary."""
    if keep not in (LOKAL, SERVER):
        raise InvalidInput("Välj vilken version som ska gälla: lokal eller server.")
    conflict = get(store, unit_uuid)
    rows = UnitRows(store)
    never_stored = rows.local_version(conflict.kind, unit_uuid) is None
    if keep == LOKAL and conflict.reason == CANNOT_APPLY and never_stored:
        # Kept, the file would count the unit as synced and never fetch it again.
        raise InvalidInput(
            "Den här filen har ingen egen version att behålla: den har aldrig kunnat hämta "
            "enheten. Uppdatera ksdesk, eller byt namn på det som står i vägen, och synka "
            "igen; eller behåll serverns version."
        )
    merged, local = three_way(store, rows, conflict.kind, unit_uuid, conflict.server_rows)
    for row in local.values():
        if row.blob_sha is not None:
            row.blob = rows.blob(row.tbl, row.key)
    # What only the colleague changed stays, whatever is kept. Without a base the server's
    # side grew from (a unit deleted there, a server read back from a backup), keeping this
    # file's version keeps it whole, and taking the server's takes that whole.
    merging = base_holds(store, conflict)
    taken = set(merged.theirs) if merging else set()
    if keep == SERVER:
        # Of a unit both changed, the server's rows in conflict; a colleague's check-out or
        # the server's refusal: the server's whole version (this file's is kept aside).
        both_changed = merging and conflict.reason == CHANGED_ON_BOTH
        taken |= merged.both if both_changed else {*local, *conflict.server_rows}
    for key, side in (choices or {}).items():
        (taken.add if side == SERVER else taken.discard)(key)
    with team_guard.exempt(store), store.atomic():
        _keep_what_is_dropped(store, conflict, local, taken)
        if keep == SERVER and conflict.server_deleted:
            rows.delete_unit(conflict.kind, unit_uuid)
            team_repo.forget_unit(store, unit_uuid)
        else:
            _take_from_server(store, rows, conflict, local, taken)
            if keep == LOKAL:
                _renumber(rows, conflict.kind, unit_uuid, merged.reordered, taken)
            whole = keep == SERVER and not (merging and conflict.reason == CHANGED_ON_BOTH)
            _rebase(store, rows, conflict, whole=whole)
        team_repo.drop_conflict(store, unit_uuid)
    return _outcome(conflict, merged, taken, keep)


def _outcome(conflict: StoredConflict, merged: Merge, taken: set[str], keep: str) -> str:
    """What a resolve did, e.g. "Din version gäller för 1 rad; Bertil Bergs 5 rader som du
    inte ändrat behålls." """
    if keep == SERVER:
        said = "Serverns version gäller för " + _rader(len(merged.both & taken))
    else:
        said = "Din version gäller för " + _rader(len(merged.both - taken))
    theirs = len(taken & merged.theirs)
    if theirs:
        who = genitive(conflict.server_changed_by)
        said += f"; {who} {_rader(theirs)} som du inte ändrat behålls"
    return said + "."


def _rader(count: int) -> str:
    return format_count(count, "rad", "rader")


def _renumber(
    rows: UnitRows, kind: str, uuid: str, groups: set[tuple[str, str | None]], taken: set[str]
) -> None:
    """Groups whose order both sides changed get one order again: this file's, with the
    colleague's rows that stay put in by their numbers (after this file's row where two share
    one). Their new numbers are this file's change, pushed like any other."""
    if not groups:
        return
    stored = rows.read(kind, uuid)
    moved = []
    for group in groups:
        members = [(row, place(row)) for row in stored]
        members = [(row, at) for row, at in members if at is not None and at[0] == group]
        numbers = renumbered([(row.key, at[1], row.key not in taken) for row, at in members])
        for row, _at in members:
            if row.key in numbers:
                row.data[order_column(row.tbl)] = numbers[row.key]
                moved.append(row)
    rows.apply(kind, moved, [])


def resolve_beside(
    store: Store, unit_uuid: str, keep: str, choices: dict[str, str] | None = None
) -> list[tuple[Conflict, list[RowDifference]]]:
    """resolve() on a connection of its own to the window's file, for a worker thread (it
    reads and writes the whole unit, bilagor included: a big meeting takes a while), and
    the conflicts as they stand after it (with_differences)."""
    from ksdesk.services.team import beside

    def work(companion: Store) -> list[tuple[Conflict, list[RowDifference]]]:
        resolve(companion, unit_uuid, keep, choices)
        return with_differences(companion)

    return beside(store, work)


def _keep_what_is_dropped(
    store: Store, conflict: StoredConflict, local: dict[str, UnitRow], taken: set[str]
) -> None:
    by = store.user
    mine = [row for key, row in local.items() if key in taken]
    theirs = [row for key, row in conflict.server_rows.items() if key not in taken]
    if mine:
        team_repo.keep_side(store, conflict, LOKAL, mine, by)
    if theirs:
        team_repo.keep_side(store, conflict, SERVER, theirs, by)


def _take_from_server(
    store: Store,
    rows: UnitRows,
    conflict: StoredConflict,
    local: dict[str, UnitRow],
    taken: set[str],
) -> None:
    if rows.local_version(conflict.kind, conflict.unit_uuid) is not None:
        rows.hold_version(conflict.kind, conflict.unit_uuid)
    upserts = [row for key, row in conflict.server_rows.items() if key in taken]
    removed = [
        (row.tbl, key)
        for key, row in local.items()
        if key in taken and key not in conflict.server_rows
    ]
    rows.apply(conflict.kind, upserts, removed)


def _rebase(store: Store, rows: UnitRows, conflict: StoredConflict, *, whole: bool) -> None:
    """The file now rests on the server's version; what still differs is its own change."""
    uuid = conflict.unit_uuid
    team_repo.clear_digests(store, uuid)
    team_repo.set_digests(store, uuid, rows.shadow(conflict.kind, [*conflict.server_rows.values()]))
    state = team_repo.unit_state(store, uuid) or UnitState(uuid, conflict.kind)
    state.server_version = conflict.server_version
    version = rows.local_version(conflict.kind, uuid)
    # Taking the server's whole version leaves nothing to push; otherwise the next sync
    # compares row by row and sends what is this file's own.
    state.synced_version = (version or 0) if whole else -1
    if conflict.reason == LEASE_BROKEN:
        state.lease_holder, state.lease_since, state.lease_mine = "", "", False
    team_repo.save_unit_state(store, state)
