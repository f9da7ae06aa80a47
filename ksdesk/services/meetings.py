"""Reading and writing meetings and their agendas."""

from __future__ import annotations

from ksdesk.core.errors import InvalidInput
from ksdesk.core.meeting import STATUSES, Meeting
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


def update_meeting_fields(store: Store, meeting_id: int, fields: dict[str, str]) -> dict[str, str]:
    """Change header fields of a meeting (plats, status, ordförande ...) in one transaction.

    Returns the values they had before, which is what an undo writes back."""
    unknown = set(fields) - set(EDITABLE_MEETING_FIELDS)
    if unknown:
        raise InvalidInput(f"Okänt fält för sammanträdet: {', '.join(sorted(unknown))}.")
    if "status" in fields and fields["status"] not in STATUSES:
        raise InvalidInput(
            f"Status måste vara en av {', '.join(STATUSES)}, inte ”{fields['status']}”."
        )
    for name, value in fields.items():
        if not isinstance(value, str):
            raise InvalidInput(f"Fältet {name} måste vara text.")
    with store.atomic():
        before = meeting_repo.get_fields(store, meeting_id, list(fields))
        meeting_repo.update_fields(store, meeting_id, dict(fields))
    return before


# Header fields of a meeting that may be edited one by one (with undo): plats, status, ...
EDITABLE_MEETING_FIELDS = meeting_repo.HEADER_FIELDS
