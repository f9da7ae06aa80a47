"""Server step s1804: a meeting may carry the mark of step m1809 (the meeting names someone in
a colleague's register of skyddade personuppgifter, services.skyddade_mark), and a ksdesk
from before it would make the public copy regardless: its own register does not know the
person, and it does not read the mark. Every ksdesk refuses a server with a step it does not
know ("Servern har förberetts av en nyare version av ksdesk … Uppdatera ksdesk på den här
datorn"), as after step s1802: this step is that mark, and says so to whoever administers the
database (`\\dn+` in psql). No table changes: the server keeps a row's columns as they come.
Never edit this step once shipped: add a new one (ksdesk/db/server/steps/__init__.py)."""

from __future__ import annotations

REQUIRED_LOCAL_STEP = "m1809_skyddad_markering"


def apply(conn) -> None:
    conn.execute(
        "COMMENT ON SCHEMA ksdesk IS 'ksdesk: varje dator behöver en ksdesk med "
        f"schemasteg {REQUIRED_LOCAL_STEP}; en äldre vägrar servern'"
    )
