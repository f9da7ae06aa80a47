"""Step m1406: forvaltningsbesvar, a § appealed by förvaltningsbesvär (a bygglov, to
länsstyrelsen) rather than laglighetsprövning: the day the decision was delivered to the
party, whether it is kungjort in Post- och Inrikes Tidningar and on which day. Its laga kraft
runs from those days, not from the anslag (core.forvaltningsbesvar). One row per §, in the §
meeting's sync unit, as overklagande. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements
from ksdesk.db.migrations.row_identity import add_uuid, bump_root

TABLE = """
CREATE TABLE IF NOT EXISTS forvaltningsbesvar (
  id INTEGER PRIMARY KEY,
  uuid TEXT,
  paragraf_id INTEGER NOT NULL UNIQUE REFERENCES protokoll_paragraf(id) ON DELETE CASCADE,
  delgivet TEXT,
  kungoras INTEGER NOT NULL DEFAULT 0,
  kungjort TEXT,
  changed_at TEXT NOT NULL DEFAULT '',
  changed_by TEXT NOT NULL DEFAULT ''
)
"""


@migrations(name="m1406_forvaltningsbesvar")
def m1406_forvaltningsbesvar(db) -> None:
    run_statements(db, TABLE)
    add_uuid(db, "forvaltningsbesvar")
    bump_root(
        db,
        "forvaltningsbesvar",
        "meeting",
        "(SELECT meeting_id FROM protokoll_paragraf WHERE id = {row}.paragraf_id)",
    )
