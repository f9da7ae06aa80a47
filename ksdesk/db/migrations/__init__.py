"""Schema migrations, one module per step, applied in the order listed here.

A step is never edited once shipped: change the schema with a new step. Each step registers
itself on `migrations` when imported."""

from __future__ import annotations

from sqlite_utils import Migrations

MIGRATION_SET = "ksdesk"
migrations = Migrations(MIGRATION_SET)


def run_statements(db, sql: str) -> None:
    """Run `;`-separated DDL one statement at a time: executescript would commit mid-step."""
    for statement in sql.split(";\n"):
        if statement.strip():
            db.execute(statement)


# Import order is application order.
from ksdesk.db.migrations import (  # noqa: E402
    m0001_initial,
    m0501_protokoll,
)

STEP_MODULES = (
    m0001_initial,
    m0501_protokoll,
)


def known_names() -> set[str]:
    return {m.name for m in migrations._migrations}
