"""The database handle repositories use: reads run on the plain sqlite3 connection, and the
sqlite-utils Database (tables, inserts, atomic) is created on first use of a write helper.
Opening a file and showing it therefore never pays for importing sqlite-utils."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence

TYPE_CHECKING = False  # typing itself is not imported: `ksdesk sok` starts a process per query
if TYPE_CHECKING:
    from typing import Any


class Database:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full: Any = None

    @property
    def full(self) -> Any:
        """The sqlite_utils.Database on the same connection."""
        if self._full is None:
            from sqlite_utils import Database as SqliteUtilsDatabase

            self._full = SqliteUtilsDatabase(self.conn)
        return self._full

    def query(self, sql: str, params: Sequence | dict | None = None) -> Iterator[dict]:
        cursor = self.conn.execute(sql, params or [])
        keys = [d[0] for d in cursor.description or ()]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    def execute(self, sql: str, params: Sequence | dict | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, params or [])

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one state of the file (one read transaction), whatever another
        connection commits meanwhile; inside a transaction already, that one. Cheaper too:
        outside a transaction SQLite begins and ends one for every statement, also for each
        of the lookups FTS5 runs per match while it ranks (a tenth of a broad search)."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN")
        try:
            yield
        finally:
            self.conn.execute("ROLLBACK")  # only reads were made: nothing to keep

    def count(self, table: str) -> int:
        return self.conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]

    def table_names(self) -> list[str]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return [row[0] for row in rows]

    def close(self) -> None:
        self.conn.close()

    def __getitem__(self, table: str) -> Any:
        return self.full[table]

    def __getattr__(self, name: str) -> Any:
        # atomic(), rollback(), transform helpers ...: sqlite-utils' own.
        return getattr(self.full, name)
