"""Administering the kansli's server (run by whoever owns the database): make or migrate the
schema, and say who is secretary of which organ."""

from __future__ import annotations

from ksdesk.core.errors import InvalidInput, NotFound


def _connect(url: str):
    from ksdesk.db.server.connection import connect_as_owner

    return connect_as_owner(url)


def init(url: str, kommun: str) -> list[str]:
    """`ksdesk server init`: the steps applied now ([] when the server was up to date). The
    kommun's name is checked as `ksdesk init` checks it, before the server is asked: every
    secretary's file is joined to the server by it."""
    from ksdesk.db.server import schema
    from ksdesk.db.server.connection import OWNER, in_swedish
    from ksdesk.services.own_kommun import checked_kommun

    kommun = checked_kommun(kommun)
    conn = _connect(url)
    try:
        with in_swedish(url, OWNER):
            return schema.init(conn, kommun)
    finally:
        conn.close()


def grant(url: str, organ: str, login: str, name: str = "", administrator: bool = False) -> str:
    """Make `login` secretary (and administrator) of the organ named `organ`; returns the
    organ's name as the server has it. The organ must be on the server (a secretary's sync
    puts it there)."""
    from ksdesk.db.server import server_repo
    from ksdesk.db.server.connection import OWNER, in_swedish

    conn = _connect(url)
    try:
        with in_swedish(url, OWNER):
            wanted = " ".join(organ.split()).casefold()
            found = [(uuid, title) for uuid, title in server_repo.organs(conn)
                     if title.casefold() == wanted]  # fmt: skip
            if not found:
                raise NotFound(
                    f"Organet {organ} finns inte på servern än: det kommer dit när en "
                    "sekreterare som har det i sin fil synkar."
                )
            if len(found) > 1:
                raise InvalidInput(
                    f"Servern har {len(found)} organ som heter {found[0][1]}, och ksdesk "
                    "väljer inte vilket behörigheten gäller. Ingenting har ändrats."
                )
            uuid, title = found[0]
            server_repo.grant(conn, uuid, login.strip(), name.strip(), administrator)
            return title
    finally:
        conn.close()
