"""Conflicts, shown side by side and resolved by the secretary, never by the last writer.

A conflict is a unit changed here and on the server since the version this file rests on
(or checked out by a colleague, or a broken lease's work, or refused by the server). The
secretary keeps her version, takes the server's, or merges row by row. Whatever she does not
take is kept in the file (sync_conflict_kept); nothing is thrown away.

Resolving moves the file onto the server's version of the unit: the rows taken from the
server are written here, and the rest counts as this file's change against that version,
pushed by the next sync like any other edit (and refused again, as a new conflict, if the
server has moved on meanwhile)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.team import CANNOT_APPLY, KINDS, LEASE_BROKEN, Conflict
from ksdesk.core.team_wire import StoredConflict, UnitRow, UnitState
from ksdesk.db import team_guard, team_repo
from ksdesk.db.connection import Store
from ksdesk.db.sync_tables import parts
from ksdesk.db.unit_rows import UnitRows

LOKAL, SERVER = "lokal", "server"

# What the secretary calls each table's rows in the side-by-side view.
ROW_NAMES = {
    "meeting": "Sammanträdet",
    "agenda_item": "Ärende",
    "tjansteskrivelse": "Tjänsteskrivelse",
    "ts_forslag": "Förslag till beslut",
    "ts_section": "Avsnitt i tjänsteskrivelsen",
    "bilaga": "Bilaga",
    "protokoll_meeting": "Protokollet",
    "protokoll_paragraf": "Paragraf",
    "arende_foljd": "Ärendets fortsättning",
    "overklagande": "Överklagande",
    "forvaltningsbesvar": "Förvaltningsbesvär",
    "attendance": "Närvaro",
    "redaction": "Beslut om offentlig kopia",
    "forhinder": "Förhinder",
    "expediering": "Expediering",
    "expediering_paragraf": "Expedierad paragraf",
    "protokoll_version": "Protokollversion",
    "protokoll_fil": "Arkivfil",
    "deleg_version": "Delegationsordningen",
    "deleg_revision": "Revidering",
    "deleg_intro": "Inledning",
    "deleg_chapter": "Kapitel",
    "deleg_point": "Punkt",
    "deleg_abbreviation": "Förkortning",
    "budget_sheet": "Budgetbladet",
    "budget_column": "Kolumn",
    "budget_row": "Rad",
    "budget_cell": "Cell",
    "document": "Dokumentet",
    "document_block": "Stycke",
}
_NAMING = ("title", "name", "rubrik", "heading", "nr", "paragraf", "dnr", "vad", "short", "text")


@dataclass
class RowDifference:
    key: str
    tbl: str
    label: str
    lokal: UnitRow | None
    server: UnitRow | None
    fields: list[tuple[str, Any, Any]] = field(default_factory=list)  # (column, lokal, server)


def _label(row: UnitRow) -> str:
    name = ROW_NAMES.get(row.tbl, row.tbl)
    naming = next((str(row.data[c]) for c in _NAMING if row.data.get(c) not in (None, "")), "")
    return f"{name}: {naming[:60]}" if naming else name


def differences(store: Store, conflict: StoredConflict) -> list[RowDifference]:
    """The rows that differ between this file and the server's side, in unit order."""
    local = {row.key: row for row in UnitRows(store).read(conflict.kind, conflict.unit_uuid)}
    server = conflict.server_rows
    order = {part.table: index for index, part in enumerate(parts(conflict.kind))}
    found = []
    for key in [*local, *(k for k in server if k not in local)]:
        mine, theirs = local.get(key), server.get(key)
        if mine is not None and theirs is not None and mine.digest() == theirs.digest():
            continue
        shown = mine or theirs
        assert shown is not None
        columns = sorted(set((mine.data if mine else {}) | (theirs.data if theirs else {})))
        fields = [
            (c, (mine.data if mine else {}).get(c), (theirs.data if theirs else {}).get(c))
            for c in columns
        ]
        fields = [f for f in fields if f[1] != f[2] or mine is None or theirs is None]
        if mine and theirs and mine.blob_sha != theirs.blob_sha:
            fields.append(("fil", mine.blob_sha, theirs.blob_sha))
        found.append(RowDifference(key, shown.tbl, _label(shown), mine, theirs, fields))
    found.sort(key=lambda d: order.get(d.tbl, len(order)))
    return found


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


def resolve(store: Store, unit_uuid: str, keep: str, choices: dict[str, str] | None = None) -> None:
    """Keep this file's version (LOKAL), the server's (SERVER), or per row as `choices`
    says (row key -> LOKAL/SERVER; rows not named stay as they are here)."""
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
    local = {row.key: row for row in rows.read(conflict.kind, unit_uuid)}
    for row in local.values():
        if row.blob_sha is not None:
            row.blob = rows.blob(row.tbl, row.key)
    if keep == SERVER:
        choices = dict.fromkeys([*local, *conflict.server_rows], SERVER)
    taken = {key for key, side in (choices or {}).items() if side == SERVER}
    with team_guard.exempt(store), store.atomic():
        _keep_what_is_dropped(store, conflict, local, taken)
        if keep == SERVER and conflict.server_deleted:
            rows.delete_unit(conflict.kind, unit_uuid)
            team_repo.forget_unit(store, unit_uuid)
        else:
            _take_from_server(store, rows, conflict, local, taken)
            _rebase(store, rows, conflict, whole=keep == SERVER)
        team_repo.drop_conflict(store, unit_uuid)


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
