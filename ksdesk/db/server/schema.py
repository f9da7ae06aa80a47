"""Making and migrating the server schema (`ksdesk server init`), and checking that a server
and this ksdesk understand each other before a sync."""

from __future__ import annotations

import psycopg

from ksdesk.core.errors import ServerNeedsNewer, ServerRefused
from ksdesk.db.server.steps import STEPS, step
from ksdesk.db.server.steps.s1801_team import GROUP_ROLE

_STEP_TABLE = """
CREATE TABLE IF NOT EXISTS ksdesk.schema_step (
  name text PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now()
)
"""
_INIT_LOCK = 1800  # two inits at once wait for each other


def applied_steps(conn: psycopg.Connection) -> list[str]:
    exists = conn.execute("SELECT to_regclass('ksdesk.schema_step') IS NOT NULL").fetchone()
    if not exists or not exists[0]:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM ksdesk.schema_step ORDER BY name")]


def init(conn: psycopg.Connection, kommun: str) -> list[str]:
    """Create or migrate the schema in one transaction (all or nothing); returns the steps
    applied now. Run by the database owner (it creates the group role and the policies)."""
    kommun = kommun.strip()
    if not kommun:
        raise ServerRefused("Ange kommunens namn med --kommun.")
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [_INIT_LOCK])
        conn.execute("CREATE SCHEMA IF NOT EXISTS ksdesk")
        conn.execute(_STEP_TABLE)
        done = applied_steps(conn)
        _refuse_newer(done)
        applied = []
        for name in STEPS:
            if name not in done:
                step(name)(conn)
                conn.execute("INSERT INTO ksdesk.schema_step (name) VALUES (%s)", [name])
                applied.append(name)
        conn.execute(f"GRANT SELECT ON ksdesk.schema_step TO {GROUP_ROLE}")
        present = conn.execute("SELECT kommun FROM ksdesk.installation").fetchone()
        if present is None:
            conn.execute("INSERT INTO ksdesk.installation (kommun) VALUES (%s)", [kommun])
        elif present[0] != kommun:
            raise ServerRefused(
                f"Servern är redan förberedd för {present[0]}, inte för {kommun}. "
                "Ingenting har ändrats."
            )
    return applied


def check_compatible(conn: psycopg.Connection) -> str:
    """The kommun the server serves; refuses a server this ksdesk cannot sync with."""
    done = applied_steps(conn)
    if not done:
        raise ServerRefused(
            "Servern är inte förberedd för ksdesk: den som administrerar servern kör "
            "`ksdesk server init`."
        )
    _refuse_newer(done)
    missing = [name for name in STEPS if name not in done]
    if missing:
        raise ServerRefused(
            "Servern behöver uppdateras till den här versionen av ksdesk "
            f"({', '.join(missing)}): den som administrerar servern kör `ksdesk server init`."
        )
    row = conn.execute("SELECT kommun FROM ksdesk.installation").fetchone()
    return row[0] if row else ""


def _refuse_newer(done: list[str]) -> None:
    unknown = sorted(set(done) - set(STEPS))
    if unknown:
        raise ServerNeedsNewer(
            f"Servern har förberetts av en nyare version av ksdesk ({', '.join(unknown)}). "
            "Uppdatera ksdesk på den här datorn."
        )
