"""Server step s1802: the kansli's meetings may carry what the file's steps m1404 to m1406
added (a decision of the public-copy review on a name, a §'s beslutsunderlag as ksdesk wrote
it, a förvaltningsbesvär), so a ksdesk from before them may no longer sync here.

Such a ksdesk was tried against a server holding those rows: from before m1404 it could not
store the meeting at all (a refusal in SQLite's English), and from before m1406 it pushed the
meeting back with the förvaltningsbesvär it could not read marked deleted, and every other
laptop deleted them too. Every ksdesk refuses a server with a step it does not know ("Servern
har förberetts av en nyare version av ksdesk … Uppdatera ksdesk på den här datorn"): this
step is that mark, and nothing an older ksdesk writes reaches the server once it is applied.

The comment says the same to whoever administers the database (`\\dn+` in psql). Never edit
this step once shipped: add a new one (ksdesk/db/server/steps/__init__.py)."""

from __future__ import annotations

REQUIRED_LOCAL_STEP = "m1406_forvaltningsbesvar"


def apply(conn) -> None:
    conn.execute(
        "COMMENT ON SCHEMA ksdesk IS 'ksdesk: varje dator behöver en ksdesk med "
        f"schemasteg {REQUIRED_LOCAL_STEP}; en äldre vägrar servern'"
    )
