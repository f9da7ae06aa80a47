"""Reading and writing budget sheets."""

from __future__ import annotations

from ksdesk.core.budget import Sheet
from ksdesk.db import budget_repo
from ksdesk.db.connection import Store


def list_sheets(store: Store) -> list[tuple[int, str, str]]:
    """(id, key, title) of every sheet, in order."""
    return budget_repo.list_sheets(store)


def get_sheet(store: Store, sheet_id: int) -> Sheet:
    return budget_repo.get(store, sheet_id)
