"""A file's nämnd meets the server's nämnd of the same name (walk35 #2): every secretary's
`ksdesk init --organ "Nämnden för Kultur & Fritid"` makes a nämnd of that name in her file,
each with a uuid of its own, and a first sync used to put a second nämnd of the same name on
the server, which split the meetings and the § series over two nämnder.

Before the sync pushes anything, an organ this file has never synced takes the uuid of the
server's organ of its name when it holds nothing yet (its row is then the server's, pulled
with the sync). One that holds meetings or members is not sent as a second nämnd: the sync
stops, sending nothing, and says what to do. The server has one kommun, so a name is enough."""

from __future__ import annotations

from typing import Any

from ksdesk.core.errors import InvalidInput
from ksdesk.core.team_wire import UnitState
from ksdesk.db import organ_repo, team_guard, team_repo
from ksdesk.db.connection import Store
from ksdesk.db.server import schema, server_repo
from ksdesk.db.unit_rows import UnitRows


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def join_same_named(store: Store, conn: Any) -> list[str]:
    """The names of the organs that joined the server's organ of their name (usually none)."""
    new = organ_repo.never_synced(store)
    if not new:
        return []
    schema.check_compatible(conn)  # the server's own words first, when it is too old or new
    on_server: dict[str, list[str]] = {}
    for uuid, title in server_repo.organs(conn):
        on_server.setdefault(_key(title), []).append(uuid)
    joined: list[str] = []
    for organ_id, uuid, name in new:
        others = [other for other in on_server.get(_key(name), []) if other != uuid]
        if not others:
            continue
        if len(others) > 1:
            raise InvalidInput(_several(name, len(others)))
        if organ_repo.holds_anything(store, organ_id):
            raise InvalidInput(_refusal(name))
        _take(store, organ_id, others[0])
        joined.append(name)
    return joined


def _take(store: Store, organ_id: int, uuid: str) -> None:
    """The organ takes the server's uuid, and counts as the server's version 0 to be pulled
    whole: not new here (no second organ pushed), nor changed on both sides."""
    with team_guard.exempt(store), store.atomic():
        organ_repo.take_uuid(store, organ_id, uuid)
        version = UnitRows(store).local_version("organ", uuid) or 0
        team_repo.save_unit_state(store, UnitState(uuid, "organ", 0, version, refetch=True))


def _refusal(name: str) -> str:
    return (
        f"Servern har redan en nämnd som heter ”{name}”, och nämnden med det namnet i den här "
        "filen har egna sammanträden eller ledamöter. Den skickas inte som en andra nämnd med "
        "samma namn, så ingenting har skickats eller hämtats. Är det samma nämnd: skapa en ny "
        "fil, koppla den till servern och arbeta där (nämnden och dess sammanträden hämtas "
        "från servern). Är det en annan nämnd: ge den ett eget namn (Nämndens inställningar …) "
        "och synka igen."
    )


def _several(name: str, count: int) -> str:
    return (
        f"Servern har {count} nämnder som heter ”{name}”, och ksdesk väljer inte vilken av dem "
        "den här filens nämnd är, så ingenting har skickats eller hämtats. Kontakta den som "
        "administrerar servern: nämnden ska bara finnas en gång där."
    )
