"""What SQLite's backup API raises for a damaged source, found with real damaged files: a
file cut short, its header overwritten, noise over its pages. The one table of
db/sqlite_reasons.py knows each code as damage, so a backup of such a file is refused as a
damaged database (no copy kept) and opening it says so, in Swedish."""

from __future__ import annotations

import logging
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from ksdesk.core.errors import StoreDamaged
from ksdesk.db import backup
from ksdesk.db.sqlite_checks import refusal
from ksdesk.db.sqlite_reasons import is_damage

PAGE = 4096
ENGLISH = ("malformed", "not a database", "disk image", "Error", "SQLITE")


def _whole(folder: Path) -> bytes:
    """A database of some hundred pages: a table, an index, rows enough to fill them."""
    path = folder / "hel.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA page_size = {PAGE}")
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("CREATE INDEX t_body ON t (body)")
        rows = [("x" * 300 + str(i),) for i in range(2000)]
        connection.executemany("INSERT INTO t (body) VALUES (?)", rows)
    connection.close()
    return path.read_bytes()


def _cut_in_half(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _cut_inside_a_page(data: bytes) -> bytes:
    return data[: len(data) // 2 + 100]


def _header_overwritten(data: bytes) -> bytes:
    """The magic string kept, the rest of the 100-byte header noise."""
    return data[:16] + random.Random(2).randbytes(84) + data[100:]


def _page_count_past_the_end(data: bytes) -> bytes:
    pages = len(data) // PAGE
    return data[:28] + (pages * 4).to_bytes(4, "big") + data[32:]


def _noise_over_pages(data: bytes) -> bytes:
    damaged = bytearray(data)
    noise = random.Random(4)
    first = len(data) // PAGE // 3
    for page in range(first, first + 5):
        damaged[page * PAGE : (page + 1) * PAGE] = noise.randbytes(PAGE)
    return bytes(damaged)


Damage = Callable[[bytes], bytes]

# What the backup API itself raises; None: it copies the pages, and the copy's check finds them.
RAISED: dict[str, tuple[Damage, str | None]] = {
    "avkortad": (_cut_in_half, "SQLITE_CORRUPT"),
    "avkortad-mitt-i-en-sida": (_cut_inside_a_page, "SQLITE_CORRUPT"),
    "sidantal-förbi-slutet": (_page_count_past_the_end, "SQLITE_CORRUPT"),
    "huvudet-överskrivet": (_header_overwritten, "SQLITE_NOTADB"),
    "brus-över-sidor": (_noise_over_pages, None),
}


def _damaged_file(folder: Path, damage: Damage) -> Path:
    path = folder / "skadad.sqlite"
    path.write_bytes(damage(_whole(folder)))
    return path


@pytest.mark.parametrize("case", sorted(RAISED))
def test_the_backup_api_raises_only_codes_the_table_calls_damage(tmp_path, case) -> None:
    damage, code = RAISED[case]
    source = sqlite3.connect(f"file:{_damaged_file(tmp_path, damage)}?mode=ro", uri=True)
    target = sqlite3.connect(tmp_path / "kopia.sqlite")
    try:
        source.backup(target)
    except sqlite3.DatabaseError as error:
        assert error.sqlite_errorname == code
        assert is_damage(error)
    else:
        assert code is None
    finally:
        source.close()
        target.close()


@pytest.mark.parametrize("case", sorted(RAISED))
def test_a_backup_of_a_damaged_file_is_refused_in_swedish_and_none_is_kept(
    tmp_path, case, caplog
) -> None:
    """Before, a file cut short or with its header overwritten let SQLite's English out of
    copy_file (its read transaction began before the damage was looked for)."""
    source = _damaged_file(tmp_path, RAISED[case][0])
    target = tmp_path / "backup" / "kopia.sqlite"
    target.parent.mkdir()
    with (
        caplog.at_level(logging.WARNING, logger="ksdesk.db"),
        pytest.raises(StoreDamaged) as refused,
    ):
        backup.copy_file(source, target)
    message = str(refused.value)
    assert message.startswith("Databasfilen skadad.sqlite är skadad: SQLite hittar fel i den")
    assert not any(word in message for word in ENGLISH)
    assert list(target.parent.iterdir()) == []  # no copy, not even a half one
    assert "skadad.sqlite" in caplog.text  # SQLite's own findings, for whoever helps


@pytest.mark.parametrize(
    ("case", "detail"),
    [
        ("avkortad", "filens innehåll är trasigt"),
        ("huvudet-överskrivet", "filen är ingen databas"),
    ],
)
def test_opening_a_damaged_file_names_the_damage_in_swedish(tmp_path, case, detail) -> None:
    path = _damaged_file(tmp_path, RAISED[case][0])
    with pytest.raises(sqlite3.DatabaseError) as raised:
        sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("SELECT * FROM t").fetchall()
    refused = refusal(path, raised.value)
    assert isinstance(refused, StoreDamaged)
    assert f"den är skadad eller inte en ksdesk-databas ({detail})" in str(refused)


def test_a_refusal_sqlite_gives_no_name_keeps_its_english_out_of_the_message() -> None:
    """A DatabaseError without a result code SQLite's table knows: damage, said in Swedish
    (before, SQLite's English stood in the brackets)."""
    refused = refusal(Path("a.sqlite"), sqlite3.DatabaseError("file is encrypted"))
    assert isinstance(refused, StoreDamaged)
    assert "encrypted" not in str(refused)
    assert "(SQLite gav ett fel (detaljerna finns i loggen))" in str(refused)
