"""Server step s1803: what is deleted can be brought back (`ksdesk server raderat` and
`ksdesk server aterstall`).

Until now a row marked deleted was emptied by the row trigger (its columns, its file and its
secrecy): its content stayed only in the server's backups, and a meeting deleted by mistake,
or the förvaltningsbesvär an older ksdesk deleted before step s1802, could only be brought
back by hand-written SQL from a backup. From this step:

- a row marked deleted keeps its columns, its file and its secrecy: row-level security goes on
  hiding a secret row's content from all but the organ's secretaries, deleted or not;
- `hidden_rows` also names deleted secret rows, so a laptop that may not read such a row still
  drops its copy (a row turned secret and deleted in one push);
- `push_made` says who made the push that gave a unit a version, and when (the receipts are
  readable only by whoever pushed; this tells the name and time, never the push id).

Rows deleted before this step stay empty: their key and table are all the server knows.
Never edit this step once shipped: add a new one (ksdesk/db/server/steps/__init__.py)."""

from __future__ import annotations

ROW_BEFORE = """
CREATE OR REPLACE FUNCTION ksdesk.row_before() RETURNS trigger
LANGUAGE plpgsql AS $f$
DECLARE
  owner ksdesk.unit;
  parent_secret boolean;
BEGIN
  SELECT * INTO owner FROM ksdesk.unit WHERE uuid = NEW.unit_uuid;
  NEW.organ_uuid := owner.organ_uuid;
  IF NEW.deleted THEN
    -- Kept as it was, so it can be restored: as secret as it was while it lived.
    IF TG_OP = 'UPDATE' THEN
      NEW.secret := OLD.secret;
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.key = NEW.unit_uuid::text AND owner.kind <> 'organ'
     AND (owner.organ_uuid::text IS DISTINCT FROM nullif(NEW.data->>'organ_id', '')) THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'ksdesk: the unit belongs to another organ than its root row names';
  END IF;
  SELECT p.secret INTO parent_secret FROM ksdesk.unit_row p
  WHERE p.unit_uuid = NEW.unit_uuid AND p.key = NEW.parent_key;
  NEW.secret := coalesce(NEW.data->>'secret', '0') NOT IN ('0', 'false', '')
                OR coalesce(parent_secret, false);
  RETURN NEW;
END $f$
"""

HIDDEN_ROWS = """
CREATE OR REPLACE FUNCTION ksdesk.hidden_rows(unit_id uuid, since bigint)
RETURNS TABLE (key text, tbl text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, ksdesk AS $f$
  SELECT r.key, r.tbl FROM ksdesk.unit_row r
  WHERE r.unit_uuid = unit_id AND r.changed_in > since AND r.secret
    AND NOT EXISTS (SELECT 1 FROM ksdesk.organ_access a
                    WHERE a.organ_uuid = r.organ_uuid AND a.role_name = session_user)
$f$
"""

PUSH_MADE = """
CREATE FUNCTION ksdesk.push_made(unit_id uuid, made bigint)
RETURNS TABLE (pushed_by_name text, pushed_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, ksdesk AS $f$
  SELECT ksdesk.display_name(p.pushed_by), p.pushed_at FROM ksdesk.push_receipt p
  WHERE p.unit_uuid = unit_id AND p.version = made
  ORDER BY p.pushed_at LIMIT 1
$f$;
CREATE INDEX push_receipt_unit ON ksdesk.push_receipt (unit_uuid, version);
CREATE INDEX unit_row_deleted ON ksdesk.unit_row (unit_uuid) WHERE deleted
"""


def apply(conn) -> None:
    for block in (ROW_BEFORE, HIDDEN_ROWS, PUSH_MADE):
        conn.execute(block)
