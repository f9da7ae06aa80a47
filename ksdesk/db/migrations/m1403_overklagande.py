"""Step m1403: overklagande, a § appealed (laglighetsprövning, KL 13 kap.): when the appeal
came in, to which court and under which mål, and how it ended. A § appealed does not gain
laga kraft when its three weeks run out; one the court upphäver never does. One row per §,
in the § meeting's sync unit, as arende_foljd. Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements
from ksdesk.db.migrations.row_identity import add_uuid, bump_root

TABLE = """
CREATE TABLE IF NOT EXISTS overklagande (
  id INTEGER PRIMARY KEY,
  uuid TEXT,
  paragraf_id INTEGER NOT NULL UNIQUE REFERENCES protokoll_paragraf(id) ON DELETE CASCADE,
  inkom TEXT NOT NULL,
  instans TEXT NOT NULL DEFAULT '',
  malnummer TEXT NOT NULL DEFAULT '',
  utfall TEXT NOT NULL DEFAULT ''
    CHECK (utfall IN ('', 'avslaget', 'upphävt', 'avvisat', 'återkallat')),
  avgjort TEXT,
  anteckning TEXT NOT NULL DEFAULT '',
  changed_at TEXT NOT NULL DEFAULT '',
  changed_by TEXT NOT NULL DEFAULT ''
)
"""


@migrations(name="m1403_overklagande")
def m1403_overklagande(db) -> None:
    run_statements(db, TABLE)
    add_uuid(db, "overklagande")
    bump_root(
        db,
        "overklagande",
        "meeting",
        "(SELECT meeting_id FROM protokoll_paragraf WHERE id = {row}.paragraf_id)",
    )
