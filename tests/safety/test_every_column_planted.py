"""Every text column of the database holds a planted number once planted_db has planted one in
every free-text field, or tests/safety/unplanted_columns.py says why no public output prints
it. The outputs are read for the planted numbers by test_every_field_every_output; a table or
column that a schema step adds is planted there only if the dataclass walk reaches it, so a
field the walk misses (a new register, a column the demo leaves empty) fails here instead of
passing unread. The delegationsordning's own column headings and extra columns, printed in
its bilaga, and the organ's inkallelseordning were never planted until this test asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from ksdesk.core.personnummer import find_personnummer
from tests.safety import planted_db
from tests.safety.unplanted_columns import NOT_PRINTED, declared


@pytest.fixture(scope="module")
def planted_columns(demo_template: Path, tmp_path_factory: pytest.TempPathFactory):
    """(every text column as "table.column", those holding a planted number)."""
    with planted_db.demo_copy(demo_template, tmp_path_factory.mktemp("columns")) as store:
        plants = planted_db.plant_everything(store)
        written = {as_written for as_written, _ten in plants.numbers.values()}
        tens = {ten for _as_written, ten in plants.numbers.values()}
        columns, planted = set(), set()
        for table in store.db.table_names():
            for column in store.db[table].columns:
                if column.type.upper() != "TEXT":
                    continue
                name = f"{table}.{column.name}"
                columns.add(name)
                rows = store.db.execute(f'SELECT "{column.name}" FROM "{table}"').fetchall()
                text = "\n".join(value for (value,) in rows if isinstance(value, str))
                found = {hit.normalized[2:] for hit in find_personnummer(text)}
                if found & tens or any(number in text for number in written):
                    planted.add(name)
    return columns, planted


def test_every_text_column_is_planted_or_printed_nowhere_public(planted_columns) -> None:
    columns, planted = planted_columns
    unplanted = sorted(name for name in columns - planted if not declared(*name.split(".", 1)))
    assert unplanted == [], (
        "plant a number in each (tests/safety/planted_db.py), or say in "
        "tests/safety/unplanted_columns.py why no public output prints it"
    )


def test_no_column_said_to_be_printed_nowhere_holds_a_planted_number(planted_columns) -> None:
    """A column that planting reaches is read in every output: it is not to be excused."""
    _columns, planted = planted_columns
    excused = {name for name in planted if name in NOT_PRINTED or name.split(".")[0] in NOT_PRINTED}
    assert excused == set()


def test_every_excuse_names_a_table_or_column_there_is(planted_columns) -> None:
    """A name misspelt, or of a column since removed, would excuse nothing and mislead."""
    columns, _planted = planted_columns
    tables = {name.split(".")[0] for name in columns}
    assert sorted(name for name in NOT_PRINTED if name not in columns | tables) == []
