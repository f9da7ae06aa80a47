"""Step m1401: what happens after the meeting.

- expediering: the log of protokollsutdrag sent to each recipient (one row per recipient and
  sending, its §§ in expediering_paragraf by number, so the log outlives a renumbering);
- arende_foljd: per § whose beslut left the ärende open (återremiss, bordläggning), what the
  secretary settled by hand: the kind when the beslut text is unclear, and the agenda item
  or later § that takes it up when the Dnr differs;
- uppdrag: tasks given in a § or a delegationsbeslut, with the meeting they report back to;
- motion: the register of motioner and medborgarförslag (a register row of its own);
- forhinder: who reported förhinder for a meeting, and the ersättare chosen by hand;
- protokoll_version / protokoll_fil: fingerprints of justerade protokoll and the archive
  files written from them;
- organ.inkallelseordning and member.personlig_for: the order in which ersättare are called.

New tables get a uuid through row_identity (the shared design of stable row identities):
motion and uppdrag are sync units of their own, the rest bumps its meeting. Safe to run
twice."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements
from ksdesk.db.migrations.row_identity import add_root, add_uuid, bump_root

TABLES = """
CREATE TABLE IF NOT EXISTS expediering (
  id INTEGER PRIMARY KEY,
  uuid TEXT,
  meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
  organ_id INTEGER REFERENCES organ(id),
  meeting_date TEXT NOT NULL,
  mottagare TEXT NOT NULL,
  expedierat TEXT NOT NULL,
  expedierat_av TEXT NOT NULL DEFAULT '',
  fil TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS expediering_meeting ON expediering(meeting_id);
CREATE TABLE IF NOT EXISTS expediering_paragraf (
  expediering_id INTEGER NOT NULL REFERENCES expediering(id) ON DELETE CASCADE,
  nr INTEGER NOT NULL,
  syfte TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (expediering_id, nr)
);
CREATE TABLE IF NOT EXISTS arende_foljd (
  id INTEGER PRIMARY KEY,
  uuid TEXT,
  paragraf_id INTEGER NOT NULL UNIQUE REFERENCES protokoll_paragraf(id) ON DELETE CASCADE,
  utfall TEXT NOT NULL DEFAULT ''
    CHECK (utfall IN ('', 'beslut', 'återremiss', 'bordläggning')),
  item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
  next_paragraf_id INTEGER REFERENCES protokoll_paragraf(id) ON DELETE SET NULL,
  changed_at TEXT NOT NULL DEFAULT '',
  changed_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS arende_foljd_item ON arende_foljd(item_id);
CREATE INDEX IF NOT EXISTS arende_foljd_next ON arende_foljd(next_paragraf_id);
CREATE TABLE IF NOT EXISTS uppdrag (
  id INTEGER PRIMARY KEY,
  uuid TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  changed_at TEXT NOT NULL DEFAULT '',
  changed_by TEXT NOT NULL DEFAULT '',
  organ_id INTEGER REFERENCES organ(id),
  paragraf_id INTEGER REFERENCES protokoll_paragraf(id) ON DELETE SET NULL,
  delegationsbeslut_id INTEGER REFERENCES delegationsbeslut(id) ON DELETE SET NULL,
  kalla TEXT NOT NULL DEFAULT '',
  vad TEXT NOT NULL,
  ansvarig TEXT NOT NULL DEFAULT '',
  senast TEXT,
  status TEXT NOT NULL DEFAULT 'pågår' CHECK (status IN ('pågår', 'klart', 'avskrivet')),
  aterrapport_meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
  klart TEXT,
  anteckning TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS uppdrag_paragraf ON uppdrag(paragraf_id);
CREATE INDEX IF NOT EXISTS uppdrag_beslut ON uppdrag(delegationsbeslut_id);
CREATE INDEX IF NOT EXISTS uppdrag_meeting ON uppdrag(aterrapport_meeting_id);
CREATE TABLE IF NOT EXISTS motion (
  id INTEGER PRIMARY KEY,
  uuid TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  changed_at TEXT NOT NULL DEFAULT '',
  changed_by TEXT NOT NULL DEFAULT '',
  typ TEXT NOT NULL CHECK (typ IN ('motion', 'medborgarforslag')),
  rubrik TEXT NOT NULL,
  av TEXT NOT NULL DEFAULT '',
  adress TEXT NOT NULL DEFAULT '',
  namn_publiceras INTEGER NOT NULL DEFAULT 0,
  vackt TEXT NOT NULL,
  vackt_paragraf TEXT NOT NULL DEFAULT '',
  dnr TEXT NOT NULL DEFAULT '',
  remitterad_till TEXT NOT NULL DEFAULT '',
  remitterad TEXT,
  status TEXT NOT NULL DEFAULT 'väckt'
    CHECK (status IN ('väckt', 'remitterad', 'återremitterad', 'besvarad', 'avskriven',
                      'återtagen')),
  besvarad TEXT,
  besvarad_paragraf TEXT NOT NULL DEFAULT '',
  anteckning TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS motion_vackt ON motion(vackt);
CREATE TABLE IF NOT EXISTS forhinder (
  id INTEGER PRIMARY KEY,
  uuid TEXT,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  ersattare TEXT NOT NULL DEFAULT '',
  anmalt TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (meeting_id, name)
);
CREATE TABLE IF NOT EXISTS protokoll_version (
  id INTEGER PRIMARY KEY,
  uuid TEXT,
  meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
  organ_id INTEGER REFERENCES organ(id),
  meeting_date TEXT NOT NULL,
  version INTEGER NOT NULL,
  innehall_sha256 TEXT NOT NULL,
  skapad TEXT NOT NULL,
  skapad_av TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX IF NOT EXISTS protokoll_version_innehall
  ON protokoll_version(innehall_sha256);
CREATE INDEX IF NOT EXISTS protokoll_version_meeting ON protokoll_version(meeting_id);
CREATE TABLE IF NOT EXISTS protokoll_fil (
  id INTEGER PRIMARY KEY,
  uuid TEXT,
  version_id INTEGER NOT NULL REFERENCES protokoll_version(id) ON DELETE CASCADE,
  fil_sha256 TEXT NOT NULL,
  text_sha256 TEXT NOT NULL DEFAULT '',
  sidor INTEGER NOT NULL DEFAULT 0,
  slag TEXT NOT NULL DEFAULT 'arkiv',
  skapad TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS protokoll_fil_sha ON protokoll_fil(fil_sha256);
CREATE INDEX IF NOT EXISTS protokoll_fil_text ON protokoll_fil(text_sha256)
"""

# Register rows are sync units of their own; the rest belongs to its meeting.
ROOTS = {"motion": "motion", "uppdrag": "uppdrag"}
PARTS = (
    ("expediering", "meeting", "{row}.meeting_id"),
    ("forhinder", "meeting", "{row}.meeting_id"),
    ("protokoll_version", "meeting", "{row}.meeting_id"),
    (
        "protokoll_fil",
        "meeting",
        "(SELECT meeting_id FROM protokoll_version WHERE id = {row}.version_id)",
    ),
    (
        "arende_foljd",
        "meeting",
        "(SELECT meeting_id FROM protokoll_paragraf WHERE id = {row}.paragraf_id)",
    ),
)


COLUMNS = (
    # Per party: the parties whose ersättare are called, in order, when the party's own are
    # used up ({"S": ["V", "MP"], ...}), as fullmäktige decided.
    ("organ", "inkallelseordning", "TEXT NOT NULL DEFAULT '{}'"),
    # An ersättare elected as personal ersättare for one ledamot: called first for that one.
    ("member", "personlig_for", "TEXT NOT NULL DEFAULT ''"),
)


@migrations(name="m1401_uppfoljning")
def m1401_uppfoljning(db) -> None:
    run_statements(db, TABLES)
    for table in ("expediering", "arende_foljd", "uppdrag", "motion", "forhinder"):
        add_uuid(db, table)
    for table in ("protokoll_version", "protokoll_fil"):
        add_uuid(db, table)
    for root, kind in ROOTS.items():
        add_root(db, root, kind)
    for table, root, root_id in PARTS:
        bump_root(db, table, root, root_id)
    for table, column, definition in COLUMNS:
        if column not in db[table].columns_dict:
            db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {definition}")
