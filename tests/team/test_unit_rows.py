"""A unit's rows as they travel: every table of a unit is known, every row reads back the same
in another file, and a pull writes rows that trade places (renumbered §§) without tripping
the unique indexes. No server needed."""

from __future__ import annotations

from pathlib import Path

from ksdesk.core.team import KINDS
from ksdesk.db import aggregate_repo
from ksdesk.db.connection import open_store
from ksdesk.db.sync_tables import BLOB_HASH, PARTS, root_table
from ksdesk.db.unit_rows import UnitRows


def _triggers(store) -> set[str]:
    rows = store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    return {row[0] for row in rows}


def test_every_table_of_a_unit_travels_with_it(store) -> None:
    """A table joins a unit in its migration (row_identity.bump_root); sync_tables.PARTS must
    name it under the same unit, or its rows would never leave the laptop."""
    listed = {part.table: kind for kind, parts in PARTS.items() for part in parts}
    roots = {table: kind for kind, table in aggregate_repo.UNITS.items()}
    for trigger in _triggers(store):
        if "_bumps_" not in trigger or not trigger.endswith("_insert"):
            continue
        table, root = trigger.removesuffix("_insert").split("_bumps_")
        assert listed.get(table) == roots[root], f"{table} is missing from PARTS[{roots[root]}]"
    assert set(PARTS) == set(KINDS) == set(aggregate_repo.UNITS)
    for kind in KINDS:
        assert PARTS[kind][0].table == root_table(kind)


def test_every_file_column_has_its_hash_column(store) -> None:
    for parts in PARTS.values():
        for part in parts:
            for _cid, name, declared, *_rest in store.db.execute(
                f"PRAGMA table_info([{part.table}])"
            ):
                if (declared or "").upper() == "BLOB":
                    assert (part.table, name) in BLOB_HASH


def test_every_unit_of_the_demo_reads_back_the_same_in_another_file(
    demo_store, tmp_path: Path
) -> None:
    target = open_store(tmp_path / "other.sqlite", create=True)
    source_rows, target_rows = UnitRows(demo_store), UnitRows(target)
    count = 0
    for kind in KINDS:
        for unit in aggregate_repo.versions(demo_store, kind):
            rows = source_rows.read(kind, unit.uuid)
            for row in rows:
                if row.blob_sha is not None:
                    row.blob = source_rows.blob(row.tbl, row.key)
            with target.atomic():
                target_rows.apply(kind, rows, [])
            back = {row.key: row.digest() for row in target_rows.read(kind, unit.uuid)}
            assert back == {row.key: row.digest() for row in rows}, kind
            count += len(rows)
    assert count > 800
    target.close()


def test_paragraphs_that_trade_numbers_are_written(demo_store, tmp_path: Path) -> None:
    from ksdesk.services import protokoll

    meeting = aggregate_repo.versions(demo_store, "meeting")[0]
    protokoll.start_protokoll(demo_store, 1)  # a § per ärende, numbered
    reader = UnitRows(demo_store)
    rows = reader.read("meeting", meeting.uuid)
    paragrafs = [row for row in rows if row.tbl == "protokoll_paragraf"]
    assert len(paragrafs) >= 2
    first, second = paragrafs[0], paragrafs[1]
    first.data["paragraf"], second.data["paragraf"] = (
        second.data["paragraf"],
        first.data["paragraf"],
    )
    with demo_store.atomic():
        reader.apply("meeting", [first, second], [])
    numbers = {
        row.key: row.data["paragraf"]
        for row in reader.read("meeting", meeting.uuid)
        if row.tbl == "protokoll_paragraf"
    }
    assert numbers[first.key] == first.data["paragraf"]
    assert numbers[second.key] == second.data["paragraf"]


def test_a_file_linked_before_seen_seq_gets_it(tmp_path: Path) -> None:
    """Step m1802 on a file at m1801 (linked, last_seq known)."""
    path = tmp_path / "m1801.sqlite"
    store = open_store(path, create=True)
    store.db.execute(
        "INSERT INTO team_link (one, server, login, linked_at, last_seq) "
        "VALUES (1, 'postgresql:///ksdesk', 'anna', '2024-01-01T00:00:00Z', 42)"
    )
    store.db.execute("ALTER TABLE team_link DROP COLUMN seen_seq")
    store.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm1802_team_seen'")
    store.close()
    store = open_store(path)
    row = store.db.execute("SELECT last_seq, seen_seq FROM team_link").fetchone()
    assert row == (42, 42)
    store.close()
