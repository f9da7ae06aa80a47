"""Reading and writing the delegationsordning."""

from __future__ import annotations

from ksdesk.core.delegation import Version
from ksdesk.db import delegation_repo
from ksdesk.db.connection import Store


def list_versions(store: Store) -> list[tuple[int, str, str, str]]:
    """(id, key, name, status) of every version, oldest first."""
    return delegation_repo.list_versions(store)


def get_version(store: Store, version_id: int) -> Version:
    return delegation_repo.get(store, version_id)
