"""Steps m1203 and m1204: a delegationsbeslut stored while its Dnr's shape was unknown was keyed
by its own text; opened with the new readings, it meets a decision on the same ärende written
another way, and its version (what team sync sends) stays as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ksdesk.db import delegationsbeslut_repo
from ksdesk.db.connection import open_store


@pytest.mark.parametrize(
    ("step", "dnr"),
    [
        ("m1203_dnr_key_readings", "KS.2020.434"),
        ("m1204_dnr_two_digit_years", "KS 20/434"),
    ],
)
def test_keys_read_again_with_todays_rules(
    demo_path: Path, tmp_path: Path, step: str, dnr: str
) -> None:
    path = tmp_path / "ks.sqlite"
    shutil.copy(demo_path, path)
    store = open_store(path)
    # As the earlier rules stored it: the Dnr unread, keyed by its own text.
    store.db.execute(
        "UPDATE delegationsbeslut SET dnr = ?, dnr_key = ? WHERE id = 1", [dnr, f"={dnr}"]
    )
    version = store.db.execute("SELECT version FROM delegationsbeslut WHERE id = 1").fetchone()
    store.db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [step])
    store.close()

    store = open_store(path)
    row = store.db.execute("SELECT dnr_key, version FROM delegationsbeslut WHERE id = 1").fetchone()
    assert row == ("2020/434", version[0])
    assert [b.id for b in delegationsbeslut_repo.with_same_dnr_key(store, "KS 2020/434")] == [1]
    store.close()
