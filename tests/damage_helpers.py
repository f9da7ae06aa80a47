"""Damage a database file where a failing disk would: inside the data, header and schema
whole (what a cheap check on opening cannot see)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path


def damage_table_pages(path: Path, table: str = "deleg_point", pages: int = 4) -> bytes:
    """Noise over `pages` pages of the rows of `table` (the demo's delegation points);
    returns the damaged bytes, which are also written to `path`."""
    with sqlite3.connect(path) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        found = [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                [table],
            )
        ]
    connection.close()
    assert len(found) >= pages, f"the file holds too few pages of {table} to damage"
    start = (len(found) - pages) // 2
    data = bytearray(path.read_bytes())
    noise = random.Random(9)
    for number in found[start : start + pages]:
        offset = (number - 1) * page_size
        data[offset : offset + page_size] = noise.randbytes(page_size)
    path.write_bytes(bytes(data))
    return bytes(data)
