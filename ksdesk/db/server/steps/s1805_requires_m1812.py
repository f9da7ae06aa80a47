"""Server step s1805: a delegationsbeslut may carry the sekretess flag of step m1812, and a
ksdesk from before it would print the flagged decision's text in the anmälan, the bilaga and
the public and web editions: it keeps the column it does not know but does not read it. Every
ksdesk refuses a server with a step it does not know ("Servern har förberetts av en nyare
version av ksdesk … Uppdatera ksdesk på den här datorn"), as after steps s1802 and s1804:
this step is that mark, and says so to whoever administers the database (`\\dn+` in psql).
No table changes: the server keeps a row's columns as they come.
Never edit this step once shipped: add a new one (ksdesk/db/server/steps/__init__.py)."""

from __future__ import annotations

REQUIRED_LOCAL_STEP = "m1812_delegationsbeslut_sekretess"


def apply(conn) -> None:
    conn.execute(
        "COMMENT ON SCHEMA ksdesk IS 'ksdesk: varje dator behöver en ksdesk med "
        f"schemasteg {REQUIRED_LOCAL_STEP}; en äldre vägrar servern'"
    )
