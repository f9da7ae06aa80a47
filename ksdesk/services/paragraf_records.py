"""Writing a record that belongs to one § (its appeal, how it is appealed): checked against
the § meeting's day, written or removed in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.db import protokoll_repo
from ksdesk.db.connection import Store

T = TypeVar("T")


def put_for_paragraf(
    store: Store,
    paragraf_id: int,
    value: T | None,
    problem: Callable[[T, date], str],
    save: Callable[[Store, T, str], object],
    remove: Callable[[Store, int], None],
) -> None:
    """Record `value` for the § (None: remove it), refused in Swedish when `problem` finds
    what cannot be (a date before the meeting)."""
    from ksdesk.services.deciders import current_user

    paragraf = protokoll_repo.get(store, paragraf_id)
    if paragraf is None:
        raise NotFound("Paragrafen finns inte längre.")
    if value is not None:
        wrong = problem(value, paragraf.meeting_date)
        if wrong:
            raise InvalidInput(wrong)
    with store.atomic():
        if value is None:
            remove(store, paragraf_id)
        else:
            value.paragraf_id = paragraf_id
            save(store, value, current_user())
