"""Step m1807: the register of persons with skyddade personuppgifter (sekretessmarkering,
skyddad folkbokföring, fingerade personuppgifter): a name, optionally an address and a
personnummer, a note, who entered it and when (core.skyddad_person). The review of every
public copy masks what it names, always (services.public_skyddade).

The table stays in this file: it is no sync unit, and no trigger bumps a unit for it. A row
on the team server would be readable by every secretary of the kansli (registers are,
docs/TEAM.md) and land in every laptop's copy, where Skatteverket's advice is that as few
as possible handle such a person's data; and a new unit kind needs a server step that every
older ksdesk refuses. Its rows have the stable uuid every table with an id carries
(row_identity.add_uuid). Safe to run twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements
from ksdesk.db.migrations.row_identity import add_uuid

TABLE = """
CREATE TABLE IF NOT EXISTS skyddad_person (
  id INTEGER PRIMARY KEY,
  uuid TEXT,
  namn TEXT NOT NULL,
  adress TEXT NOT NULL DEFAULT '',
  personnummer TEXT NOT NULL DEFAULT '',
  anteckning TEXT NOT NULL DEFAULT '',
  inlagd_av TEXT NOT NULL DEFAULT '',
  inlagd TEXT NOT NULL DEFAULT ''
)
"""


@migrations(name="m1807_skyddad_person")
def m1807_skyddad_person(db) -> None:
    run_statements(db, TABLE)
    add_uuid(db, "skyddad_person")
