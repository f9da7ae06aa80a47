"""Server step s1801: the shared store of a kansli.

- unit: one row per sync unit (a meeting, a delegation version, a budget sheet, a register
  row), with its version (raised by one with each push that changes it, for optimistic
  concurrency), who changed it and when, and change_seq: a kansli-wide counter that orders every
  change, so a laptop asks only for what changed since it last looked.
- unit_row: every stored row of a unit, named by its row uuid (or a key made of uuids, for the
  few tables without one), its columns as jsonb with references written as uuids, a bilaga's
  file as bytea. changed_in is the unit version that last changed the row: a laptop at version
  v pulls the rows with changed_in > v and nothing else.
- lease: who has checked a unit out (SELECT … FOR UPDATE on the unit while taking it);
  broken_lease remembers leases an administrator broke, conflict_copy the work of such a lease.
- push_receipt: one row per applied push, so a push repeated after a lost answer is
  recognised and never applied twice.
- organ_access and person: which login is secretary (or administrator) of which organ, and
  the name shown for a login ("Anna Ek").

Row-level security, enforced by the server for every statement, whatever the client:
- everything is readable by every ksdesk_sekreterare, except secret rows (an item or bilaga
  marked secret, and everything under a secret item), readable only by the secretaries of the
  unit's organ;
- a unit that belongs to an organ (meeting, member, uppdrag, the organ itself) is written only
  by that organ's secretaries; the kansli-wide registers by every secretary;
- nobody writes a unit that another has checked out; a lease is released by its holder or
  broken by the organ's administrator.

Never edit this step once shipped: add a new one (ksdesk/db/server/steps/__init__.py)."""

from __future__ import annotations

GROUP_ROLE = "ksdesk_sekreterare"

ROLES = f"""
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{GROUP_ROLE}') THEN
    CREATE ROLE {GROUP_ROLE} NOLOGIN;
  END IF;
END $$;
"""

TABLES = """
CREATE TABLE ksdesk.installation (
  only_one boolean PRIMARY KEY DEFAULT true CHECK (only_one),
  kommun text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE ksdesk.person (
  role_name text PRIMARY KEY DEFAULT current_user,
  display_name text NOT NULL CHECK (display_name <> '')
);
CREATE TABLE ksdesk.organ_access (
  organ_uuid uuid NOT NULL,
  role_name text NOT NULL,
  administrator boolean NOT NULL DEFAULT false,
  granted_at timestamptz NOT NULL DEFAULT now(),
  granted_by text NOT NULL DEFAULT current_user,
  PRIMARY KEY (organ_uuid, role_name)
);
CREATE SEQUENCE ksdesk.change_seq;
CREATE TABLE ksdesk.unit (
  uuid uuid PRIMARY KEY,
  kind text NOT NULL,
  organ_uuid uuid,
  title text NOT NULL DEFAULT '',
  version bigint NOT NULL DEFAULT 0,
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by text NOT NULL DEFAULT '',
  changed_by_role text NOT NULL DEFAULT current_user,
  deleted boolean NOT NULL DEFAULT false,
  change_seq bigint NOT NULL DEFAULT 0,
  CHECK (kind <> 'organ' OR organ_uuid = uuid)
);
CREATE INDEX unit_change_seq ON ksdesk.unit (change_seq);
CREATE TABLE ksdesk.unit_row (
  unit_uuid uuid NOT NULL REFERENCES ksdesk.unit (uuid),
  key text NOT NULL,
  tbl text NOT NULL,
  parent_key text,
  data jsonb NOT NULL DEFAULT '{}',
  blob bytea,
  blob_sha text,
  blob_changed_in bigint NOT NULL DEFAULT 0,
  secret boolean NOT NULL DEFAULT false,
  organ_uuid uuid,
  changed_in bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  PRIMARY KEY (unit_uuid, key)
);
CREATE INDEX unit_row_changed ON ksdesk.unit_row (unit_uuid, changed_in);
CREATE INDEX unit_row_parent ON ksdesk.unit_row (unit_uuid, parent_key);
CREATE TABLE ksdesk.lease (
  unit_uuid uuid PRIMARY KEY REFERENCES ksdesk.unit (uuid),
  holder text NOT NULL DEFAULT current_user,
  holder_name text NOT NULL,
  since timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE ksdesk.broken_lease (
  id bigserial PRIMARY KEY,
  unit_uuid uuid NOT NULL REFERENCES ksdesk.unit (uuid),
  holder text NOT NULL,
  holder_name text NOT NULL,
  since timestamptz NOT NULL,
  broken_by text NOT NULL DEFAULT current_user,
  broken_by_name text NOT NULL DEFAULT '',
  broken_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX broken_lease_unit ON ksdesk.broken_lease (unit_uuid, holder);
CREATE TABLE ksdesk.conflict_copy (
  id bigserial PRIMARY KEY,
  unit_uuid uuid NOT NULL REFERENCES ksdesk.unit (uuid),
  organ_uuid uuid,
  kind text NOT NULL,
  title text NOT NULL DEFAULT '',
  made_by text NOT NULL DEFAULT current_user,
  made_by_name text NOT NULL DEFAULT '',
  made_at timestamptz NOT NULL DEFAULT now(),
  base_version bigint NOT NULL,
  reason text NOT NULL,
  rows jsonb NOT NULL
);
CREATE TABLE ksdesk.push_receipt (
  push_id uuid PRIMARY KEY,
  unit_uuid uuid NOT NULL REFERENCES ksdesk.unit (uuid),
  version bigint NOT NULL,
  pushed_by text NOT NULL DEFAULT current_user,
  pushed_at timestamptz NOT NULL DEFAULT now()
)
"""

FUNCTIONS = """
CREATE FUNCTION ksdesk.is_secretary(organ_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $f$
  SELECT EXISTS (SELECT 1 FROM ksdesk.organ_access a
                 WHERE a.organ_uuid = organ_id AND a.role_name = current_user)
$f$;
CREATE FUNCTION ksdesk.is_administrator(organ_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $f$
  SELECT EXISTS (SELECT 1 FROM ksdesk.organ_access a
                 WHERE a.organ_uuid = organ_id AND a.role_name = current_user AND a.administrator)
$f$;
CREATE FUNCTION ksdesk.may_write(organ_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $f$
  SELECT organ_id IS NULL OR ksdesk.is_secretary(organ_id)
$f$;
CREATE FUNCTION ksdesk.leased_by_other(unit_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $f$
  SELECT EXISTS (SELECT 1 FROM ksdesk.lease l
                 WHERE l.unit_uuid = unit_id AND l.holder <> current_user)
$f$;
CREATE FUNCTION ksdesk.unit_writable(unit_id uuid) RETURNS boolean
LANGUAGE sql STABLE AS $f$
  SELECT EXISTS (SELECT 1 FROM ksdesk.unit u
                 WHERE u.uuid = unit_id AND ksdesk.may_write(u.organ_uuid))
     AND NOT ksdesk.leased_by_other(unit_id)
$f$;
CREATE FUNCTION ksdesk.display_name(role text) RETURNS text
LANGUAGE sql STABLE AS $f$
  SELECT coalesce((SELECT p.display_name FROM ksdesk.person p WHERE p.role_name = role), role)
$f$;
-- The keys of rows changed since `since` that the caller may not read: a laptop removes its
-- copy of a row that became secret (or was secret all along). Keys only, never content.
CREATE FUNCTION ksdesk.hidden_rows(unit_id uuid, since bigint) RETURNS TABLE (key text, tbl text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, ksdesk AS $f$
  SELECT r.key, r.tbl FROM ksdesk.unit_row r
  WHERE r.unit_uuid = unit_id AND r.changed_in > since AND r.secret AND NOT r.deleted
    AND NOT EXISTS (SELECT 1 FROM ksdesk.organ_access a
                    WHERE a.organ_uuid = r.organ_uuid AND a.role_name = session_user)
$f$;
-- A lease taken or released is a change others must hear of (a new change_seq, a NOTIFY),
-- though the unit's content is the same.
CREATE FUNCTION ksdesk.touch_unit(unit_id uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, ksdesk AS $f$
  UPDATE ksdesk.unit SET change_seq = 0 WHERE uuid = unit_id
$f$;

CREATE FUNCTION ksdesk.unit_before_update() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
  IF NEW.version < OLD.version THEN
    RAISE EXCEPTION 'ksdesk: a unit version never goes back (% < %)', NEW.version, OLD.version;
  END IF;
  -- change_seq is taken under one lock held to the commit: a laptop that has seen n has seen
  -- every change numbered below n (no change commits later with a smaller number).
  PERFORM pg_advisory_xact_lock(1801);
  NEW.change_seq := nextval('ksdesk.change_seq');
  RETURN NEW;
END $f$;
CREATE TRIGGER unit_before_update BEFORE UPDATE ON ksdesk.unit
  FOR EACH ROW EXECUTE FUNCTION ksdesk.unit_before_update();

CREATE FUNCTION ksdesk.unit_notify() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
  PERFORM pg_notify('ksdesk', json_build_object(
    'typ', NEW.kind, 'uuid', NEW.uuid, 'version', NEW.version, 'raderad', NEW.deleted,
    'andrad_av', NEW.changed_by, 'seq', NEW.change_seq)::text);
  RETURN NULL;
END $f$;
CREATE TRIGGER unit_notify AFTER UPDATE ON ksdesk.unit
  FOR EACH ROW EXECUTE FUNCTION ksdesk.unit_notify();

-- Whoever puts a new organ on the server becomes its secretary (the administrator can change
-- that with `ksdesk server behorighet`).
CREATE FUNCTION ksdesk.organ_created() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ksdesk AS $f$
BEGIN
  IF NEW.kind = 'organ' THEN
    INSERT INTO ksdesk.organ_access (organ_uuid, role_name, granted_by)
    VALUES (NEW.uuid, NEW.changed_by_role, NEW.changed_by_role)
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $f$;
CREATE TRIGGER unit_organ_created AFTER INSERT ON ksdesk.unit
  FOR EACH ROW EXECUTE FUNCTION ksdesk.organ_created();

-- A row takes its unit's organ, and is secret when it says so (an item or bilaga marked
-- secret) or when its parent is (everything under a secret item). A unit's root row names the
-- unit's organ: a meeting cannot be moved into another organ's hands.
CREATE FUNCTION ksdesk.row_before() RETURNS trigger
LANGUAGE plpgsql AS $f$
DECLARE
  owner ksdesk.unit;
  parent_secret boolean;
BEGIN
  SELECT * INTO owner FROM ksdesk.unit WHERE uuid = NEW.unit_uuid;
  NEW.organ_uuid := owner.organ_uuid;
  IF NEW.deleted THEN
    -- What a deleted row held stays only in backups: its key tells readers to drop it.
    NEW.data := '{}';
    NEW.blob := NULL;
    NEW.blob_sha := NULL;
    NEW.secret := false;
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
END $f$;
CREATE TRIGGER row_before BEFORE INSERT OR UPDATE ON ksdesk.unit_row
  FOR EACH ROW EXECUTE FUNCTION ksdesk.row_before();

-- When a row turns secret (or open), so does everything under it: the children are touched
-- in the same push, and readers pull them again (and drop what they may no longer read).
CREATE FUNCTION ksdesk.row_after() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
  IF (TG_OP = 'INSERT' AND NEW.secret)
     OR (TG_OP = 'UPDATE' AND NEW.secret IS DISTINCT FROM OLD.secret) THEN
    UPDATE ksdesk.unit_row SET changed_in = NEW.changed_in
    WHERE unit_uuid = NEW.unit_uuid AND parent_key = NEW.key AND NOT deleted;
  END IF;
  RETURN NULL;
END $f$;
CREATE TRIGGER row_after AFTER INSERT OR UPDATE ON ksdesk.unit_row
  FOR EACH ROW EXECUTE FUNCTION ksdesk.row_after();

CREATE FUNCTION ksdesk.lease_changed() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.holder <> current_user THEN
      INSERT INTO ksdesk.broken_lease (unit_uuid, holder, holder_name, since, broken_by_name)
      VALUES (OLD.unit_uuid, OLD.holder, OLD.holder_name, OLD.since,
              ksdesk.display_name(current_user));
    END IF;
    PERFORM ksdesk.touch_unit(OLD.unit_uuid);
  ELSE
    PERFORM ksdesk.touch_unit(NEW.unit_uuid);
  END IF;
  RETURN NULL;
END $f$;
CREATE TRIGGER lease_changed AFTER INSERT OR DELETE ON ksdesk.lease
  FOR EACH ROW EXECUTE FUNCTION ksdesk.lease_changed();

CREATE FUNCTION ksdesk.conflict_copy_organ() RETURNS trigger
LANGUAGE plpgsql AS $f$
BEGIN
  NEW.organ_uuid := (SELECT organ_uuid FROM ksdesk.unit WHERE uuid = NEW.unit_uuid);
  RETURN NEW;
END $f$;
CREATE TRIGGER conflict_copy_organ BEFORE INSERT ON ksdesk.conflict_copy
  FOR EACH ROW EXECUTE FUNCTION ksdesk.conflict_copy_organ()
"""

POLICIES = f"""
ALTER TABLE ksdesk.unit ENABLE ROW LEVEL SECURITY;
CREATE POLICY unit_read ON ksdesk.unit FOR SELECT USING (true);
CREATE POLICY unit_create ON ksdesk.unit FOR INSERT WITH CHECK (
  changed_by_role = current_user
  AND (ksdesk.may_write(organ_uuid)
       OR (kind = 'organ' AND NOT EXISTS (
             SELECT 1 FROM ksdesk.organ_access a WHERE a.organ_uuid = unit.uuid))));
CREATE POLICY unit_change ON ksdesk.unit FOR UPDATE
  USING (ksdesk.may_write(organ_uuid) AND NOT ksdesk.leased_by_other(uuid))
  WITH CHECK (ksdesk.may_write(organ_uuid) AND changed_by_role = current_user);

ALTER TABLE ksdesk.unit_row ENABLE ROW LEVEL SECURITY;
CREATE POLICY row_read ON ksdesk.unit_row FOR SELECT
  USING (NOT secret OR ksdesk.is_secretary(organ_uuid));
CREATE POLICY row_create ON ksdesk.unit_row FOR INSERT
  WITH CHECK (ksdesk.unit_writable(unit_uuid));
CREATE POLICY row_change ON ksdesk.unit_row FOR UPDATE
  USING (ksdesk.unit_writable(unit_uuid)) WITH CHECK (ksdesk.unit_writable(unit_uuid));

ALTER TABLE ksdesk.lease ENABLE ROW LEVEL SECURITY;
CREATE POLICY lease_read ON ksdesk.lease FOR SELECT USING (true);
CREATE POLICY lease_take ON ksdesk.lease FOR INSERT
  WITH CHECK (holder = current_user AND ksdesk.unit_writable(unit_uuid));
CREATE POLICY lease_release ON ksdesk.lease FOR DELETE USING (
  holder = current_user
  OR ksdesk.is_administrator((SELECT u.organ_uuid FROM ksdesk.unit u WHERE u.uuid = unit_uuid)));

ALTER TABLE ksdesk.broken_lease ENABLE ROW LEVEL SECURITY;
CREATE POLICY broken_lease_read ON ksdesk.broken_lease FOR SELECT USING (true);
CREATE POLICY broken_lease_write ON ksdesk.broken_lease FOR INSERT
  WITH CHECK (broken_by = current_user);

ALTER TABLE ksdesk.conflict_copy ENABLE ROW LEVEL SECURITY;
CREATE POLICY conflict_copy_read ON ksdesk.conflict_copy FOR SELECT
  USING (made_by = current_user OR organ_uuid IS NULL OR ksdesk.is_secretary(organ_uuid));
CREATE POLICY conflict_copy_write ON ksdesk.conflict_copy FOR INSERT
  WITH CHECK (made_by = current_user);

ALTER TABLE ksdesk.push_receipt ENABLE ROW LEVEL SECURITY;
CREATE POLICY receipt_own ON ksdesk.push_receipt
  USING (pushed_by = current_user) WITH CHECK (pushed_by = current_user);

ALTER TABLE ksdesk.person ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_read ON ksdesk.person FOR SELECT USING (true);
CREATE POLICY person_own ON ksdesk.person FOR INSERT WITH CHECK (role_name = current_user);
CREATE POLICY person_own_change ON ksdesk.person FOR UPDATE
  USING (role_name = current_user) WITH CHECK (role_name = current_user);

GRANT USAGE ON SCHEMA ksdesk TO {GROUP_ROLE};
GRANT SELECT ON ALL TABLES IN SCHEMA ksdesk TO {GROUP_ROLE};
GRANT INSERT ON ksdesk.unit, ksdesk.unit_row, ksdesk.lease, ksdesk.broken_lease,
  ksdesk.conflict_copy, ksdesk.push_receipt, ksdesk.person TO {GROUP_ROLE};
GRANT UPDATE (title, version, changed_at, changed_by, changed_by_role, deleted)
  ON ksdesk.unit TO {GROUP_ROLE};
GRANT UPDATE (tbl, parent_key, data, blob, blob_sha, blob_changed_in, changed_in, deleted)
  ON ksdesk.unit_row TO {GROUP_ROLE};
GRANT UPDATE (display_name) ON ksdesk.person TO {GROUP_ROLE};
GRANT DELETE ON ksdesk.lease TO {GROUP_ROLE};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA ksdesk TO {GROUP_ROLE}
"""

STATEMENTS = (ROLES, TABLES, FUNCTIONS, POLICIES)


def apply(conn) -> None:
    for block in STATEMENTS:
        conn.execute(block)
