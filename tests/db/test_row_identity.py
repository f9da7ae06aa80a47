"""Stable row UUIDs and the versions of sync units (step m1301).

Every row others may refer to keeps one uuid for life: through edits, undo of a delete, a
reopen; a copy is a new row with a new uuid. Every sync unit's version rises by exactly one
per transaction that changes anything in it, whoever writes (the triggers see raw SQL too)."""

from __future__ import annotations

import re
import shutil
from datetime import date, time
from pathlib import Path

import pytest

from ksdesk.core.identity import forget_identity
from ksdesk.core.meeting import Arende, Bilaga, Forslag, Sammantrade, Tjansteskrivelse
from ksdesk.core.organ import Fortroendevald, Organ
from ksdesk.db import aggregate_repo, meeting_repo, organ_repo
from ksdesk.db.connection import open_store
from ksdesk.db.sync_tables import LOCAL_ONLY
from ksdesk.services import meetings as meeting_service

FIXTURES = Path(__file__).parent / "fixtures"
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
# Tables of the file itself, not of its content: nothing refers to their rows from outside.
LOCAL_TABLES = {"_sqlite_migrations", "database_identity", "change_context", "tombstone"}


def _tables_with_id(store) -> list[str]:
    names = []
    for table in store.db.table_names():
        columns = {row[1] for row in store.db.execute(f"PRAGMA table_info([{table}])")}
        if "id" in columns and table not in LOCAL_TABLES and not table.startswith("search"):
            names.append(table)
    return names


def _triggers(store) -> set[str]:
    rows = store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    return {row[0] for row in rows}


def test_every_table_with_an_id_has_a_filled_unique_uuid(store) -> None:
    """A new table added by a later step must call row_identity.add_uuid (and join a sync
    unit with add_root or bump_root, unless sync_tables.LOCAL_ONLY keeps it home) in that
    step."""
    triggers = _triggers(store)
    for table in _tables_with_id(store):
        indexes = store.db.execute(f"PRAGMA index_list([{table}])").fetchall()
        unique = [
            row[1]
            for row in indexes
            if row[2]
            and [c[2] for c in store.db.execute(f"PRAGMA index_info([{row[1]}])")] == ["uuid"]
        ]
        assert unique, f"{table} has no unique index on uuid"
        assert f"{table}_uuid_fill" in triggers, table
        in_unit = f"{table}_root_insert" in triggers or any(
            t.startswith(f"{table}_bumps_") for t in triggers
        )
        assert in_unit != (table in LOCAL_ONLY), (
            f"{table} belongs to no sync unit (row_identity.add_root/bump_root)"
        )


def test_every_sync_unit_root_is_known_to_the_aggregate_repo(store) -> None:
    roots = {t.removesuffix("_root_insert") for t in _triggers(store) if t.endswith("_root_insert")}
    assert roots == set(aggregate_repo.UNITS.values())


def test_an_insert_without_a_uuid_gets_one(store) -> None:
    """Raw SQL that knows nothing of uuids (an old script, a repair) still gives the row one."""
    store.db.execute("INSERT INTO organ (name) VALUES ('Kommunstyrelsen')")
    value = store.db.execute("SELECT uuid FROM organ").fetchone()[0]
    assert UUID.match(value)


def _meeting(store) -> Sammantrade:
    organ = Organ("Kommunstyrelsen", members=[Fortroendevald("Leif Pettersson", "S", "ordförande")])
    organ_repo.save(store, organ)
    item = Arende(
        "Budget 2021",
        dnr="KS 2020/1",
        tjansteskrivelse=Tjansteskrivelse("Budget", forslag=[Forslag("att anta budgeten")]),
        bilagor=[Bilaga("Bilaga 1", ref="budget:b1")],
    )
    meeting = Sammantrade(organ.id, date(2021, 3, 1), time(14), items=[item])
    meeting_service.save_meeting(store, meeting)
    return meeting


def _uuids(meeting: Sammantrade) -> list[str]:
    values = [meeting.uuid]
    for item in meeting.items:
        values.append(item.uuid)
        values += [b.uuid for b in item.bilagor]
        if item.tjansteskrivelse is not None:
            values.append(item.tjansteskrivelse.uuid)
            values += [f.uuid for f in item.tjansteskrivelse.forslag]
    return values


def test_saved_rows_get_uuids_that_stay_through_edits_and_reopen(tmp_path: Path) -> None:
    store = open_store(tmp_path / "k.sqlite", create=True)
    meeting = _meeting(store)
    given = _uuids(meeting)
    assert all(UUID.match(u) for u in given) and len(set(given)) == len(given)
    meeting.items[0].title = "Budget 2021 (reviderad)"
    meeting.items[0].tjansteskrivelse.forslag[0].text = "att anta den reviderade budgeten"
    meeting_service.save_meeting(store, meeting)
    store.close()
    store = open_store(tmp_path / "k.sqlite")
    assert _uuids(meeting_repo.get(store, meeting.id)) == given
    store.close()


def test_an_undone_delete_brings_back_the_same_identity(store) -> None:
    meeting = _meeting(store)
    before = meeting_repo.get(store, meeting.id)
    deleted = meeting_service.delete_meeting(store, meeting.id)
    assert [t.uuid for t in aggregate_repo.tombstones(store)] == [meeting.uuid]
    meeting_service.save_meeting(store, deleted)  # what Ctrl+Z writes back
    again = meeting_repo.get(store, meeting.id)
    assert _uuids(again) == _uuids(before)
    assert aggregate_repo.tombstones(store) == []


def test_a_copy_is_a_new_row_with_new_uuids(store) -> None:
    meeting = _meeting(store)
    copy = forget_identity(meeting_repo.get(store, meeting.id))
    copy.date = date(2021, 4, 1)
    meeting_service.save_meeting(store, copy)
    assert not set(_uuids(copy)) & set(_uuids(meeting))
    assert meeting_repo.count(store) == 2


def test_a_row_known_by_its_uuid_alone_is_the_same_row(store) -> None:
    """A unit pulled by a sync has no local ids: its uuids find the rows it updates."""
    meeting = _meeting(store)
    pulled = meeting_repo.get(store, meeting.id)
    forget_ids = [pulled, *pulled.items, *pulled.items[0].bilagor]
    for row in forget_ids:
        row.id = None
    pulled.place = "Folkets hus"
    meeting_service.save_meeting(store, pulled)
    assert meeting_repo.count(store) == 1
    assert _uuids(meeting_repo.get(store, meeting.id)) == _uuids(meeting)
    assert meeting_repo.get(store, meeting.id).place == "Folkets hus"


def _version(store, kind: str, uuid: str) -> int:
    found = aggregate_repo.version_of(store, kind, uuid)
    assert found is not None
    return found.version


def test_one_transaction_raises_the_version_of_its_unit_once(store) -> None:
    meeting = _meeting(store)
    start = _version(store, "meeting", meeting.uuid)
    meeting.items[0].bilagor.append(Bilaga("Bilaga 2", ref="budget:b2"))
    meeting.items[0].tjansteskrivelse.forslag.append(Forslag("att rapportera"))
    meeting.place = "KS-salen"
    meeting_service.save_meeting(store, meeting)  # five rows in one transaction
    assert _version(store, "meeting", meeting.uuid) == start + 1
    meeting_service.save_meeting(store, meeting)  # nothing changed: nothing written
    assert _version(store, "meeting", meeting.uuid) == start + 1
    with store.atomic():
        store.db.execute(
            "UPDATE ts_forslag SET text = 'att anta' WHERE uuid = ?",
            [meeting.items[0].tjansteskrivelse.forslag[0].uuid],
        )
    assert _version(store, "meeting", meeting.uuid) == start + 2


def test_the_version_records_who_and_when_in_utc(store) -> None:
    store.user = "Anna Ek"
    meeting = _meeting(store)
    found = aggregate_repo.version_of(store, "meeting", meeting.uuid)
    assert found.changed_by == "Anna Ek"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", found.changed_at)


def test_units_are_separate(store) -> None:
    """A change to one meeting leaves the organ (a register row of its own) alone."""
    meeting = _meeting(store)
    organ = organ_repo.get(store, meeting.organ_id)
    organ_version = _version(store, "organ", organ.uuid)
    member_version = _version(store, "member", organ.members[0].uuid)
    meeting.place = "Stadshuset"
    meeting_service.save_meeting(store, meeting)
    assert _version(store, "organ", organ.uuid) == organ_version
    organ.members[0].party = "V"
    with store.atomic():
        organ_repo.save(store, organ)
    assert _version(store, "member", organ.members[0].uuid) == member_version + 1
    assert _version(store, "organ", organ.uuid) == organ_version


def test_a_pulled_unit_written_with_its_version_is_not_bumped(store) -> None:
    """The seam a sync pull uses: a root written with the server's version (and the current
    transaction marked on it) keeps that version while its rows are written."""
    meeting = _meeting(store)
    with store.atomic():
        store.db.execute(
            "UPDATE meeting SET version = 40, change_txn = (SELECT txn FROM change_context) "
            "WHERE id = ?",
            [meeting.id],
        )
        store.db.execute(
            "UPDATE agenda_item SET title = 'Från servern' WHERE meeting_id = ?", [meeting.id]
        )
    assert _version(store, "meeting", meeting.uuid) == 40


def test_m1301_fills_uuids_and_versions_in_an_old_file(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema-m0502-demo.sqlite", path)
    store = open_store(path)
    from ksdesk.db.migrations.m1301_row_uuids import TABLES as EXISTING  # later steps' are new

    for table in [t for t in _tables_with_id(store) if t in EXISTING]:
        rows = store.db.execute(f"SELECT uuid FROM [{table}]").fetchall()
        assert rows, f"the fixture should hold a row of {table}"
        assert all(UUID.match(r[0]) for r in rows), table
        assert len({r[0] for r in rows}) == len(rows), table
    for kind in aggregate_repo.UNITS:
        assert all(v.version == 1 for v in aggregate_repo.versions(store, kind)), kind
    meeting = meeting_repo.find_by_date(store, date(2020, 12, 7))
    assert all(UUID.match(u) for u in _uuids(meeting))
    store.close()


def test_rerunning_m1301_changes_nothing(store) -> None:
    from ksdesk.db.migrations.m1301_row_uuids import m1301_row_uuids

    meeting = _meeting(store)
    m1301_row_uuids(store.db.full)
    assert _uuids(meeting_repo.get(store, meeting.id)) == _uuids(meeting)


@pytest.mark.parametrize("kind", sorted(aggregate_repo.UNITS))
def test_the_aggregate_repo_reads_every_kind(store, kind: str) -> None:
    assert aggregate_repo.versions(store, kind) == []
