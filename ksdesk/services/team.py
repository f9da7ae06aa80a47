"""Team mode, as the GUI and the CLI use it: link a file to the kansli's server, sync, check
a meeting out for offline work and in again, break a colleague's lease, and what the status
bar says. A file without a link works exactly as before: none of this is called."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from ksdesk.core.errors import InvalidInput, ServerUnavailable
from ksdesk.core.format import format_date
from ksdesk.core.team import Lease, Link, SyncResult, status_text
from ksdesk.core.topics import Topic
from ksdesk.db import organ_repo, team_guard, team_repo
from ksdesk.db.connection import Store
from ksdesk.services import team_link
from ksdesk.services.meeting_lookup import find_meeting
from ksdesk.services.team_locks import own_lease_words

T = TypeVar("T")
NOT_LINKED = "Filen är inte kopplad till någon server: koppla den med `ksdesk koppla`."


@dataclass(frozen=True)
class Linked:
    link: Link
    warning: str  # "" or a line about an unencrypted connection
    saved: bool = False  # the password went into the keyring (not: libpq read ~/.pgpass)


def link_of(store: Store) -> Link | None:
    return team_repo.link(store)


def require_link(store: Store) -> Link:
    link = team_repo.link(store)
    if link is None:
        raise InvalidInput(NOT_LINKED)
    return link


@contextlib.contextmanager
def connection(store: Store, conn: Any = None) -> Iterator[Any]:
    """The given connection, or a new one to the file's server (closed afterwards); what the
    server or the network says inside the block comes out as a Swedish sentence."""
    from ksdesk.db.server.connection import in_swedish

    link = require_link(store)
    with in_swedish(link.server, link.user):
        if conn is not None:
            yield conn
            return
        opened = team_link.connect(link)
        try:
            yield opened
        finally:
            with contextlib.suppress(Exception):
                opened.close()


def log_in(server: str, user: str, password: str, name: str = "") -> Linked:
    """Try the login (nothing is saved anywhere if it fails); on success the password goes
    into the keyring. `name` (shown to colleagues, e.g. "Anna Ek") is saved on the server;
    without it the server's name for the login is kept."""
    from ksdesk.db.server import schema, server_repo
    from ksdesk.db.server.connection import in_swedish

    url = team_link.check_url(server)
    user = user.strip()
    if not user:
        raise InvalidInput("Ange ditt användarnamn på servern med --anvandare.")
    candidate = Link(url, user)
    with in_swedish(url, user):
        conn = team_link.connect(candidate, password)
        try:
            kommun = schema.check_compatible(conn)
            if name.strip():
                server_repo.set_display_name(conn, name.strip())
            _login, shown = server_repo.whoami(conn)
        finally:
            conn.close()
    if password:
        team_link.save_password(candidate, password)
    warning = team_link.unencrypted_warning(url)
    return Linked(Link(url, user, shown, kommun), warning, bool(password))


def link_file(store: Store, linked: Linked) -> Linked:
    """Write the link (URL and login, never the password) into the file."""
    with team_guard.exempt(store), store.atomic():
        team_repo.save_link(store, linked.link)
    team_guard.install_if_linked(store)
    return linked


def koppla(store: Store, server: str, user: str, password: str, name: str = "") -> Linked:
    """Link the file to a server as `user`: the login is tried first, then the password goes
    into the keyring and the URL and login into the file."""
    return link_file(store, log_in(server, user, password, name))


def sync(store: Store, conn: Any = None, *, release: set[str] | None = None) -> SyncResult:
    """Push this file's changes and pull the others'. ServerUnavailable when the server does
    not answer (nothing is lost: the changes wait in the file)."""
    from ksdesk.services import team_organs, team_sync

    link = require_link(store)
    with connection(store, conn) as opened:
        team_organs.join_same_named(store, opened)  # before anything is pushed
        result = team_sync.run(store, opened, link, release)
    result.konflikter = _conflicts(store)
    return result


def _conflicts(store: Store) -> list:
    from ksdesk.services.team_conflicts import list_conflicts

    return list_conflicts(store)


def organ_name(store: Store, organ_id: int) -> str:
    return organ_repo.get(store, organ_id).name


def checka_ut(store: Store, day: date, organ: str | None = None, conn: Any = None) -> Lease:
    """Take the lease on a meeting for offline work: synced first (so the copy is the
    server's latest and local changes are on the server), then checked out."""
    from ksdesk.db.server import server_repo

    meeting = find_meeting(store, day, organ)
    link = require_link(store)
    with connection(store, conn) as opened:
        sync(store, opened)
        if team_repo.in_conflict(store, meeting.uuid):
            raise InvalidInput(
                "Sammanträdet har en konflikt som måste lösas innan det kan checkas ut "
                "(Arkiv → Konflikter, eller `ksdesk konflikter`)."
            )
        unit = server_repo.take_lease(opened, meeting.uuid, link.display_name)
    with team_guard.exempt(store), store.atomic():
        state = team_repo.unit_state(store, meeting.uuid)
        if state is not None:
            state.lease_holder, state.lease_since, state.lease_mine = (
                unit.lease_holder,
                unit.lease_since,
                True,
            )
            team_repo.save_unit_state(store, state)
    return Lease(unit.lease_holder, unit.lease_since, True)


def checka_in(store: Store, day: date, organ: str | None = None, conn: Any = None) -> SyncResult:
    """Push the meeting's changes and release the lease, in one server transaction."""
    meeting = find_meeting(store, day, organ)
    state = team_repo.unit_state(store, meeting.uuid)
    if state is None or not state.lease_mine:
        raise InvalidInput(f"Sammanträdet den {format_date(day)} är inte utcheckat av dig.")
    return sync(store, conn, release={meeting.uuid})


def bryt_utcheckning(store: Store, day: date, organ: str | None = None, conn: Any = None) -> Lease:
    """An organ administrator takes a colleague's lease away. Her work is not lost: her
    next sync keeps it as a conflict copy."""
    from ksdesk.db.server import server_repo

    meeting = find_meeting(store, day, organ)
    with connection(store, conn) as opened:
        holder, since = server_repo.break_lease(opened, meeting.uuid)
        sync(store, opened)
    return Lease(holder, since)


def lease_of(store: Store, unit_uuid: str) -> Lease | None:
    """Who has the unit checked out, as this file last heard (None: nobody)."""
    if team_repo.link(store) is None:
        return None
    state = team_repo.unit_state(store, unit_uuid)
    return state.lease if state else None


def lease_on(store: Store, day: date, organ: str | None = None) -> Lease | None:
    """Who has the meeting checked out, as this file last heard (None: nobody)."""
    return lease_of(store, find_meeting(store, day, organ).uuid)


def status(store: Store, online: bool) -> str:
    """The status bar's text: "Synkad 10.42" or "Offline: 3 ändringar väntar"."""
    link = team_repo.link(store)
    if link is None:
        return ""
    conflicts = team_repo.conflict_count(store)
    text = status_text(link, team_repo.pending_count(store), online, conflicts)
    mine = [state for state in team_repo.unit_states(store).values() if state.lease_mine]
    if len(mine) == 1:  # her own check-out, lest she forget it (walk35 #5)
        text += f" · {own_lease_words(mine[0].lease_since)}"
    elif mine:
        text += f" · {len(mine)} utcheckade av dig: checka in när du är klar"
    return text


def try_sync(store: Store) -> tuple[SyncResult | None, str]:
    """A sync that treats an unreachable server as a state, not an error (the GUI's timer):
    (result, "") or (None, why)."""
    try:
        return sync(store), ""
    except ServerUnavailable as error:
        return None, str(error)


def my_lease(store: Store, unit_uuid: str) -> Lease | None:
    state = team_repo.unit_state(store, unit_uuid) if team_repo.link(store) else None
    return state.lease if state is not None and state.lease_mine else None


# What a pulled unit of each kind changes in the window.
KIND_TOPICS = {
    "organ": (Topic.MEETINGS,),
    "member": (Topic.MEETINGS,),
    "meeting": (Topic.MEETINGS, Topic.AGENDA, Topic.PROTOKOLL),
    "role": (Topic.DELEGATION,),
    "delegation_version": (Topic.DELEGATION,),
    "delegationsbeslut": (Topic.DELEGATION,),
    "document": (Topic.AGENDA,),
    "budget_sheet": (Topic.BUDGET,),
    "motion": (Topic.UPPFOLJNING,),
    "uppdrag": (Topic.UPPFOLJNING,),
}


def topics_for(result: SyncResult) -> list[Topic]:
    """The data_changed topics a sync's pulls call for."""
    return topics_for_kinds(result.changed_kinds)


def topics_for_kinds(kinds: Iterable[str]) -> list[Topic]:
    """The data_changed topics a change of units of these kinds calls for."""
    found: list[Topic] = []
    for kind in sorted(kinds):
        for topic in KIND_TOPICS.get(kind, (Topic.ALL,)):
            if topic not in found:
                found.append(topic)
    return found


def beside(store: Store, work: Callable[[Store], T]) -> T:
    """`work` on a connection of its own to the window's file, for a worker thread: the
    window goes on reading and writing while it runs."""
    from ksdesk.db.connection import open_companion

    companion = open_companion(store)
    try:
        return work(companion)
    finally:
        companion.close()


def sync_beside(store: Store) -> SyncResult:
    return beside(store, sync)


def checka_ut_beside(store: Store, day: date, organ: str | None = None) -> Lease:
    """Arkiv → Team → Checka ut, on the worker (the server may take its timeout to answer)."""
    return beside(store, lambda companion: checka_ut(companion, day, organ))


def checka_in_beside(store: Store, day: date, organ: str | None = None) -> SyncResult:
    return beside(store, lambda companion: checka_in(companion, day, organ))


def bryt_utcheckning_beside(store: Store, day: date, organ: str | None = None) -> Lease:
    """Arkiv → Team → Bryt utcheckning, on the worker: the CLI's bryt_utcheckning."""
    return beside(store, lambda companion: bryt_utcheckning(companion, day, organ))


class ChangeListener:
    """Hears the server's NOTIFY of every change (for the window: a colleague's change shows
    without waiting for the next timed sync). One connection of its own; `wait` blocks up to
    `timeout` seconds and says whether anything was heard."""

    def __init__(self, link: Link) -> None:
        from ksdesk.db.server import server_repo

        self._repo = server_repo
        self.conn = team_link.connect(link)
        server_repo.listen(self.conn)

    def wait(self, timeout: float) -> bool:
        return any(True for _ in self._repo.notifications(self.conn, timeout, stop_after=1))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.close()
