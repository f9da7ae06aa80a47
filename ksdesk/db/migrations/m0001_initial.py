"""Step 1: the whole schema of the first release."""

from __future__ import annotations

from ksdesk.db.migrations.registry import migrations, run_statements

SCHEMA = """
CREATE TABLE organ (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kommun TEXT NOT NULL DEFAULT '',
  short TEXT NOT NULL DEFAULT '',
  default_place TEXT NOT NULL DEFAULT '',
  kallelse_days_before INTEGER NOT NULL DEFAULT 7,
  delegationsbeslut_cutoff_days INTEGER NOT NULL DEFAULT 8,
  secretary_name TEXT NOT NULL DEFAULT '',
  secretary_title TEXT NOT NULL DEFAULT '',
  secretary_email TEXT NOT NULL DEFAULT '',
  secretary_phone TEXT NOT NULL DEFAULT '',
  standard_items TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  organ_id INTEGER NOT NULL REFERENCES organ(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  party TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL CHECK (role IN ('ordförande', '1:e vice ordförande',
    '2:e vice ordförande', 'ledamot', 'ersättare'))
);
CREATE TABLE meeting (
  id INTEGER PRIMARY KEY,
  organ_id INTEGER NOT NULL REFERENCES organ(id),
  date TEXT NOT NULL,
  time TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  remote_note TEXT NOT NULL DEFAULT '',
  absence_note TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'utskickad', 'genomförd')),
  chair_name TEXT NOT NULL DEFAULT '',
  chair_title TEXT NOT NULL DEFAULT '',
  secretary_name TEXT NOT NULL DEFAULT '',
  secretary_title TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_date ON meeting(organ_id, date);
CREATE TABLE agenda_item (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  dnr TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'beslut',
  is_section INTEGER NOT NULL DEFAULT 0,
  is_standard INTEGER NOT NULL DEFAULT 0,
  presenter TEXT NOT NULL DEFAULT '',
  time_slot TEXT NOT NULL DEFAULT '',
  proposal TEXT NOT NULL DEFAULT '',
  secret INTEGER NOT NULL DEFAULT 0,
  secrecy_ref TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);
CREATE TABLE tjansteskrivelse (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_item(id) ON DELETE CASCADE,
  title TEXT NOT NULL DEFAULT '',
  datum TEXT NOT NULL DEFAULT '',
  diarienummer TEXT NOT NULL DEFAULT '',
  handlaggare TEXT NOT NULL DEFAULT '',
  telefon TEXT NOT NULL DEFAULT '',
  epost TEXT NOT NULL DEFAULT '',
  ert_datum TEXT NOT NULL DEFAULT '',
  er_referens TEXT NOT NULL DEFAULT '',
  mottagare TEXT NOT NULL DEFAULT '',
  signatories TEXT NOT NULL DEFAULT '[]',
  beslut_skickas_till TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE ts_forslag (
  id INTEGER PRIMARY KEY,
  ts_id INTEGER NOT NULL REFERENCES tjansteskrivelse(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  grp TEXT NOT NULL DEFAULT '',
  nr TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL
);
CREATE TABLE ts_section (
  id INTEGER PRIMARY KEY,
  ts_id INTEGER NOT NULL REFERENCES tjansteskrivelse(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  heading TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT ''
);
CREATE TABLE bilaga (
  id INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  nr TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  ref TEXT,
  filename TEXT NOT NULL DEFAULT '',
  content BLOB,
  sha256 TEXT NOT NULL DEFAULT '',
  secret INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  header TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE document_block (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  heading TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  budget_key TEXT
);
CREATE TABLE budget_sheet (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  caption TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL DEFAULT 'tkr' CHECK (unit IN ('kr', 'tkr', 'mnkr', 'procent')),
  decimals INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE budget_column (
  id INTEGER PRIMARY KEY,
  sheet_id INTEGER NOT NULL REFERENCES budget_sheet(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  header TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('text', 'code', 'amount', 'percent', 'date'))
);
CREATE TABLE budget_row (
  id INTEGER PRIMARY KEY,
  sheet_id INTEGER NOT NULL REFERENCES budget_sheet(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('heading', 'data', 'subtotal', 'total'))
);
-- A cell keeps its value as text: amounts as an exact decimal string ("-0.5", "0.0"),
-- codes and labels as typed ("0032").
CREATE TABLE budget_cell (
  row_id INTEGER NOT NULL REFERENCES budget_row(id) ON DELETE CASCADE,
  column_id INTEGER NOT NULL REFERENCES budget_column(id) ON DELETE CASCADE,
  value TEXT NOT NULL,
  PRIMARY KEY (row_id, column_id)
);
CREATE TABLE deleg_version (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'utkast' CHECK (status IN ('utkast', 'antagen')),
  adopted_date TEXT,
  adopted_paragraf TEXT NOT NULL DEFAULT '',
  adopted_dnr TEXT NOT NULL DEFAULT '',
  based_on TEXT,
  header TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE deleg_revision (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES deleg_version(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  beslut TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  dnr TEXT NOT NULL DEFAULT ''
);
CREATE TABLE deleg_intro (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES deleg_version(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  heading TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT ''
);
CREATE TABLE deleg_chapter (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES deleg_version(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL
);
-- A point has an identity of its own (uid): numbers may repeat within a version.
CREATE TABLE deleg_point (
  id INTEGER PRIMARY KEY,
  chapter_id INTEGER NOT NULL REFERENCES deleg_chapter(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  uid TEXT NOT NULL,
  nr TEXT NOT NULL DEFAULT '',
  arende TEXT NOT NULL DEFAULT '',
  lagrum TEXT NOT NULL DEFAULT '',
  delegat TEXT NOT NULL DEFAULT '[]',
  ersattare TEXT NOT NULL DEFAULT '[]',
  vidaredelegation TEXT NOT NULL DEFAULT '',
  anmarkning TEXT NOT NULL DEFAULT ''
);
CREATE INDEX deleg_point_chapter ON deleg_point(chapter_id, position);
CREATE TABLE deleg_abbreviation (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES deleg_version(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  short TEXT NOT NULL,
  long TEXT NOT NULL DEFAULT ''
);
CREATE TABLE deleg_role (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE TABLE delegationsbeslut (
  id INTEGER PRIMARY KEY,
  dnr TEXT NOT NULL,
  date TEXT NOT NULL,
  delegat TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  organ TEXT NOT NULL DEFAULT '',
  forvaltning TEXT NOT NULL DEFAULT '',
  handlaggare TEXT NOT NULL DEFAULT '',
  telefon TEXT NOT NULL DEFAULT '',
  epost TEXT NOT NULL DEFAULT '',
  beslutsfattare TEXT NOT NULL DEFAULT '',
  punkt TEXT NOT NULL DEFAULT '',
  punkt_kapitel TEXT NOT NULL DEFAULT '',
  delegationshanvisning TEXT NOT NULL DEFAULT '',
  beslut TEXT NOT NULL DEFAULT '',
  beskrivning TEXT NOT NULL DEFAULT '',
  point_uid TEXT,
  received TEXT,
  reported_meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL
);
CREATE TABLE protokoll_paragraf (
  id INTEGER PRIMARY KEY,
  organ_id INTEGER NOT NULL REFERENCES organ(id),
  meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
  item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
  meeting_date TEXT NOT NULL,
  paragraf INTEGER NOT NULL,
  dnr TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  beslut TEXT NOT NULL DEFAULT '',
  beskrivning TEXT NOT NULL DEFAULT '',
  beslutsunderlag TEXT NOT NULL DEFAULT '[]',
  behandling TEXT NOT NULL DEFAULT '',
  beslut_skickas_till TEXT NOT NULL DEFAULT '[]'
);
CREATE UNIQUE INDEX protokoll_paragraf_number
  ON protokoll_paragraf(organ_id, substr(meeting_date, 1, 4), paragraf)
"""


@migrations(name="m0001_initial")
def m0001_initial(db) -> None:
    run_statements(db, SCHEMA)
