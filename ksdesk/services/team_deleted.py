"""Bringing back what was deleted on the kansli's server (`ksdesk server raderat` and
`ksdesk server aterstall`, the window's Arkiv → Team → Borttaget på servern).

A restore goes the way of every change: the file is synced first (so it stands where the
server does), what the server kept of the deleted thing is written into the file as a change
made here, and the next sync pushes it. The server takes it as any push (versions rise, a
colleague's lease and the organ's rights hold, a colleague's change in between is a conflict
the secretary resolves) and every other laptop gets it at its next pull.

Nothing live is overwritten: a unit this file still holds, a row whose key is here, is
refused. A row whose parent is deleted too is refused until the parent is restored; what was
deleted with a row in the same push (an ärende's tjänsteskrivelse and bilagor) comes back
with it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ksdesk.core.errors import InvalidInput, NotFound, ServerUnavailable
from ksdesk.core.team import SyncResult, unit_phrase
from ksdesk.core.team_deleted import UNIT, DeletedThing, unit_words
from ksdesk.core.team_wire import UnitRow, UnitState
from ksdesk.db import restore_room, team_repo
from ksdesk.db.connection import Store
from ksdesk.db.server import server_deleted, server_repo
from ksdesk.db.unit_rows import CannotApply, UnitRows
from ksdesk.services import team

NOT_KEPT = (
    "Servern har inte kvar innehållet i {what}: det togs bort innan servern kunde spara det "
    "som tas bort (steg s1803). Den som administrerar servern kan hämta det ur en "
    "säkerhetskopia."
)


@dataclass
class Restored:
    """What a restore brought back, and the sync that pushed it."""

    what: str
    unit_uuid: str
    rows: int
    sync: SyncResult = field(default_factory=SyncResult)
    # False: the server stopped answering after the thing was written into the file; it is
    # a change of this file like any other, pushed by the next sync.
    sent: bool = True

    @property
    def on_server(self) -> bool:
        """The push went through (not listed as a conflict)."""
        return self.sent and all(
            conflict.uuid != self.unit_uuid for conflict in self.sync.konflikter
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "aterstallt": self.what,
            "rader": self.rows,
            "pa_servern": self.on_server,
            "skickat": self.sent,
            "synk": self.sync.as_json(),
        }


def deleted(store: Store, organ: str | None = None, conn: Any = None) -> list[DeletedThing]:
    """What is deleted on the server that the user may bring back (of one organ, by name)."""
    with team.connection(store, conn) as opened:
        organ_uuid = None
        if organ:
            organ_uuid = server_deleted.organ_uuid(opened, organ)
            if organ_uuid is None:
                raise NotFound(f"Det finns inget organ som heter {organ.strip()} på servern.")
        return server_deleted.deleted_things(opened, organ_uuid)


def restore_unit(store: Store, unit_uuid: str, conn: Any = None) -> Restored:
    """Bring a deleted unit back whole, as it was when it was deleted."""
    unit_uuid = _uuid(unit_uuid)
    with team.connection(store, conn) as opened:
        team.sync(store, opened)
        restored = _bring_back_unit(store, opened, unit_uuid)
        push_restored(store, opened, restored)
    return restored


def restore_row(store: Store, ref: str, conn: Any = None) -> Restored:
    """Bring a deleted row back into its unit (`UUID:KEY`), with what was deleted under it
    in the same push."""
    unit_uuid, key = row_ref(ref)
    with team.connection(store, conn) as opened:
        team.sync(store, opened)
        restored = bring_back_row(store, opened, unit_uuid, key)
        push_restored(store, opened, restored)
    return restored


def row_ref(ref: str) -> tuple[str, str]:
    """`UNIT-UUID:KEY`, as `ksdesk server raderat` names a row, as (unit's UUID, key)."""
    unit_uuid, _colon, key = ref.strip().partition(":")
    if not key:
        raise InvalidInput(
            "Ange raden som ENHETENS-UUID:RADENS-NYCKEL (se `ksdesk server raderat`)."
        )
    return _uuid(unit_uuid), key


def push_restored(store: Store, conn: Any, restored: Restored) -> None:
    """The sync that sends what came back. Written into the file it is restored already: a
    server gone quiet now is said as such, never as a restore that failed."""
    try:
        restored.sync = team.sync(store, conn)
    except ServerUnavailable:
        restored.sent = False


def deleted_beside(store: Store) -> list[DeletedThing]:
    """`deleted`, for a worker thread: the link read on a connection of its own to the file
    (the window's belongs to the GUI thread)."""
    from ksdesk.services.store import reading

    with reading(store) as reader:
        return deleted(reader)


def restore_beside(store: Store, thing: DeletedThing) -> tuple[Restored, list[DeletedThing]]:
    """A restore for a worker thread, on a writing connection of its own beside the window's
    (as team.sync_beside), and the list as it stands after it, on the same server
    connection."""
    if thing.typ == UNIT:
        return restore_on_companion(store, lambda own, conn: restore_unit(own, thing.ref, conn))
    return restore_on_companion(store, lambda own, conn: restore_row(own, thing.ref, conn))


def restore_on_companion(
    store: Store, restore: Callable[[Store, Any], Restored]
) -> tuple[Restored, list[DeletedThing]]:
    """`restore(file, server connection)` on a writing connection of its own beside the
    window's, and the list of what is deleted as it stands after it, on the same server
    connection."""
    from ksdesk.db.connection import open_companion

    companion = open_companion(store)
    try:
        with team.connection(companion) as opened:
            return restore(companion, opened), deleted(companion, conn=opened)
    finally:
        companion.close()


def _uuid(text: str) -> str:
    from uuid import UUID

    try:
        return str(UUID(text.strip()))
    except ValueError:
        raise InvalidInput(
            f"{text.strip()!r} är inget UUID: ta det ur `ksdesk server raderat`."
        ) from None


def _bring_back_unit(store: Store, conn: Any, unit_uuid: str) -> Restored:
    unit = server_repo.unit_now(conn, unit_uuid)
    if unit is None:
        raise NotFound("Det finns inget sådant på servern (se `ksdesk server raderat`).")
    what = unit_words(unit.kind, unit.title)
    if not unit.deleted:
        raise InvalidInput(f"{unit_phrase(unit.kind, unit.title)} är inte borttaget på servern.")
    if not unit.may_write:
        raise InvalidInput(f"Du får inte återställa {what}: bara organets sekreterare får det.")
    rows_io = UnitRows(store)
    if rows_io.local_version(unit.kind, unit_uuid) is not None:
        if team_repo.in_conflict(store, unit_uuid):  # changed here, deleted there
            raise InvalidInput(
                f"{unit_phrase(unit.kind, unit.title)} finns kvar i den här filen, med ändringar "
                "som inte har skickats. Lös konflikten och behåll din version (Arkiv → Team → "
                "Konflikter, eller `ksdesk konflikter`), så kommer det tillbaka på servern."
            )
        raise InvalidInput(
            f"{unit_phrase(unit.kind, unit.title)} finns redan i den här filen: synka den."
        )
    rows = server_deleted.kept_unit_rows(conn, unit_uuid)
    if not any(row.key == unit_uuid for row in rows):
        raise InvalidInput(NOT_KEPT.format(what=what))
    with store.atomic():
        write_rows(rows_io, unit.kind, rows, what)
        # Resting on the deleted version: the push of what comes back goes on from there.
        # synced_version -1: never synced here, so the whole unit counts as changed.
        state = UnitState(unit_uuid, unit.kind, unit.version, -1, unit.may_write)
        team_repo.save_unit_state(store, state)
    return Restored(what, unit_uuid, len(rows))


def bring_back_row(store: Store, conn: Any, unit_uuid: str, key: str) -> Restored:
    """The row (and what went with it) written into the file as a change made here; the
    next sync pushes it. Used alone to restore without syncing at once."""
    kind, what = deleted_row(store, conn, unit_uuid, key)
    rows = server_deleted.kept_row_tree(conn, unit_uuid, key)
    if not rows:
        raise InvalidInput(NOT_KEPT.format(what=what))
    return write_back(store, kind, unit_uuid, rows, what)


def deleted_row(store: Store, conn: Any, unit_uuid: str, key: str) -> tuple[str, str]:
    """(the unit's kind, the row in words) of a row deleted on the server that this user may
    bring back into this file, in a unit that lives here and on the server; refused in
    Swedish otherwise."""
    unit = server_repo.unit_now(conn, unit_uuid)
    if unit is None:
        raise NotFound("Det finns ingen sådan enhet på servern (se `ksdesk server raderat`).")
    if unit.deleted:
        raise InvalidInput(
            f"{unit_phrase(unit.kind, unit.title)} är borttaget på servern: återställ det "
            f"först (`ksdesk server aterstall --enhet {unit_uuid}`); raden kommer tillbaka "
            "med det."
        )
    state = server_deleted.row_state(conn, unit_uuid, key)
    if state is None:
        raise NotFound("Det finns ingen sådan rad på servern, eller du får inte läsa den.")
    is_deleted, parent = state
    what = server_deleted.row_words(conn, unit_uuid, key)
    if not is_deleted:
        raise InvalidInput(f"{what[:1].upper()}{what[1:]} är inte borttagen på servern.")
    if not unit.may_write:
        raise InvalidInput(f"Du får inte återställa {what}: bara organets sekreterare får det.")
    parent_lives(conn, unit_uuid, parent, what)
    if UnitRows(store).local_version(unit.kind, unit_uuid) is None:
        raise InvalidInput(
            f"{unit_phrase(unit.kind, unit.title)} finns inte i den här filen: synka först."
        )
    if team_repo.in_conflict(store, unit_uuid):
        raise InvalidInput(
            f"{unit_phrase(unit.kind, unit.title)} har en konflikt som måste lösas först "
            "(Arkiv → Team → Konflikter, eller `ksdesk konflikter`)."
        )
    return unit.kind, what


def write_back(store: Store, kind: str, unit_uuid: str, rows: list[UnitRow], what: str) -> Restored:
    """`rows` (the row first, what hangs under it after) written into the unit as a change
    made here, where the row stood; refused when any of them is here already."""
    rows_io = UnitRows(store)
    here = {row.key for row in rows_io.read(kind, unit_uuid)}
    if any(row.key in here for row in rows):
        raise InvalidInput(f"{what[:1].upper()}{what[1:]} finns redan i den här filen.")
    with store.atomic():
        restore_room.make_room(store, kind, rows[0])
        write_rows(rows_io, kind, rows, what)
        restore_room.relink_paragraf(store, rows[0])
    return Restored(what, unit_uuid, len(rows))


def parent_lives(conn: Any, unit_uuid: str, parent: str | None, what: str) -> None:
    if parent is None or parent == unit_uuid:
        return
    state = server_deleted.row_state(conn, unit_uuid, parent)
    if state is not None and state[0]:
        words = server_deleted.row_words(conn, unit_uuid, parent)
        raise InvalidInput(
            f"Det går inte att återställa {what} ensam: {words} som den hör till är också "
            f"borttaget. Återställ det först (`ksdesk server aterstall --rad {unit_uuid}:"
            f"{parent}`)."
        )


def write_rows(rows_io: UnitRows, kind: str, rows: list[UnitRow], what: str) -> None:
    try:
        rows_io.apply(kind, rows, [])
    except CannotApply as error:
        raise InvalidInput(
            f"Det går inte att återställa {what} i den här filen: {error} Ingenting har ändrats."
        ) from error


__all__ = [
    "Restored",
    "bring_back_row",
    "deleted",
    "deleted_beside",
    "restore_beside",
    "restore_row",
    "restore_unit",
]
