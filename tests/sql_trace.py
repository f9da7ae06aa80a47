"""The SQL statements an action runs on a store's connection, for tests that bound how many
queries something takes or that it reads a table no more."""

from __future__ import annotations

from collections.abc import Callable


def statements_of(store, action: Callable[[], object]) -> list[str]:
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        store.db.conn.set_trace_callback(None)
    return statements
