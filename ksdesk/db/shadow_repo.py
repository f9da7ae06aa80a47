"""The marked rows of the team shadow: rows a pull could not store whole in this file
(core/team_shadow.py), for the sync to fetch once ksdesk knows their table or columns."""

from __future__ import annotations

from ksdesk.db.connection import Store


def marked(store: Store) -> dict[str, list[tuple[str, str, str]]]:
    """unit uuid -> its marked rows (key, table, shadow), on the partial index of m1803."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    cursor = store.db.execute(
        "SELECT unit_uuid, key, tbl, digest FROM sync_row "
        "WHERE substr(digest, 1, 1) IN ('-', '~') ORDER BY unit_uuid"
    )
    for unit_uuid, key, tbl, shadow in cursor:
        found.setdefault(unit_uuid, []).append((key, tbl, shadow))
    return found
