"""Opening a database for a use case, and the summary `ksdesk info` prints."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ksdesk.db import (
    budget_repo,
    delegation_repo,
    delegationsbeslut_repo,
    meeting_repo,
    organ_repo,
    protokoll_repo,
)
from ksdesk.db.connection import Store, schema_version
from ksdesk.services.store import open_database

__all__ = ["Counts", "counts", "open_database"]


@dataclass
class Counts:
    organs: int
    meetings: int
    agenda_items: int
    budget_sheets: int
    delegation_versions: int
    delegation_points: int
    delegationsbeslut: int
    protokoll_paragrafer: int
    schema: list[str]

    def as_dict(self) -> dict:
        return asdict(self)


def _newest_version_points(store: Store) -> int:
    """Points of the version worked on (the newest draft, else the latest adopted): counting
    every version would count each point once per version."""
    newest = delegation_repo.newest_id(store)
    return delegation_repo.count_points(store, newest) if newest is not None else 0


def counts(store: Store) -> Counts:
    return Counts(
        organs=organ_repo.count(store),
        meetings=meeting_repo.count(store),
        agenda_items=meeting_repo.count_items(store),
        budget_sheets=budget_repo.count(store),
        delegation_versions=len(delegation_repo.list_versions(store)),
        delegation_points=_newest_version_points(store),
        delegationsbeslut=delegationsbeslut_repo.count(store),
        protokoll_paragrafer=protokoll_repo.count(store),
        schema=schema_version(store),
    )
