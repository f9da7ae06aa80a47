"""Server step s1806: an ärende may carry the marks of step m1820 (published without its
texts, "publiceras inte i sin helhet"; a public title printed instead of its title), and a
ksdesk from before it would publish the texts and the title: it keeps the columns it does
not know but does not read them. Every ksdesk refuses a server with a step it does not know
("Servern har förberetts av en nyare version av ksdesk … Uppdatera ksdesk på den här
datorn"), as after steps s1804 and s1805: this step is that mark, and says so to whoever
administers the database (`\\dn+` in psql). No table changes: the server keeps a row's
columns as they come.
Never edit this step once shipped: add a new one (ksdesk/db/server/steps/__init__.py)."""

from __future__ import annotations

REQUIRED_LOCAL_STEP = "m1820_ej_i_sin_helhet"


def apply(conn) -> None:
    conn.execute(
        "COMMENT ON SCHEMA ksdesk IS 'ksdesk: varje dator behöver en ksdesk med "
        f"schemasteg {REQUIRED_LOCAL_STEP}; en äldre vägrar servern'"
    )
