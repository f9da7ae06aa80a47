"""Reading and writing meetings and their agendas."""

from __future__ import annotations

from ksdesk.core.meeting import Meeting
from ksdesk.core.organ import Organ
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store


def list_meetings(store: Store) -> list[Meeting]:
    """Every meeting, newest first, without agenda."""
    return meeting_repo.list_headers(store)


def get_meeting(store: Store, meeting_id: int) -> Meeting:
    return meeting_repo.get(store, meeting_id)


def get_organ(store: Store, organ_id: int) -> Organ:
    return organ_repo.get(store, organ_id)


def list_organs(store: Store) -> list[Organ]:
    return organ_repo.list_all(store)
