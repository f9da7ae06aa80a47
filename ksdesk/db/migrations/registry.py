"""The sqlite-utils migration set every step registers on (imported only when a step runs)."""

from __future__ import annotations

from sqlite_utils import Migrations

from ksdesk.db.migrations import MIGRATION_SET

migrations = Migrations(MIGRATION_SET)


def run_statements(db, sql: str) -> None:
    """Run `;`-separated DDL one statement at a time: executescript would commit mid-step."""
    for statement in sql.split(";\n"):
        if statement.strip():
            db.execute(statement)
