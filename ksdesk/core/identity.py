"""The stable identity of a stored row: a UUID that a row keeps for its whole life.

Integer ids are the file's local keys; the uuid is what survives a delete and an undo, a
sync, or leaves the file (search hits, public-copy decisions, calendar UIDs). "" means not
stored yet: the repository gives the row one when it first writes it. A copy of a row (a new
draft of the delegationsordning, the next meeting) is a new row: `forget_identity` clears the
ids and uuids of the copy and of everything in it."""

from __future__ import annotations

import dataclasses
from typing import Any


def row_uuid() -> Any:
    """The `uuid` field of a stored row's dataclass. Left out of == (two rows with the same
    content compare equal, as before uuids existed) and of repr."""
    return dataclasses.field(default="", compare=False, repr=False)


def new_uuid() -> str:
    import uuid  # on the first new row: the window's start makes none

    return str(uuid.uuid4())


def forget_identity(value: Any) -> Any:
    """Clear `id` and `uuid` in `value` and in every dataclass it holds (lists included), so
    that saving it writes new rows. Returns `value`."""
    if isinstance(value, list):
        for element in value:
            forget_identity(element)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = {f.name for f in dataclasses.fields(value)}
        if "id" in names:
            value.id = None
        if "uuid" in names:
            value.uuid = ""
        for name in names - {"id", "uuid"}:
            forget_identity(getattr(value, name))
    return value


@dataclasses.dataclass(frozen=True)
class UnitVersion:
    """Where one sync unit (a meeting, a delegation version, a register row ...) stands: its
    version rises by one with every transaction that changes anything in it."""

    kind: str
    uuid: str
    version: int
    changed_at: str  # UTC, ISO 8601 ("2024-03-01T09:12:44Z")
    changed_by: str


@dataclasses.dataclass(frozen=True)
class Tombstone:
    """A deleted sync unit: its uuid is never used again, unless an undo puts the unit back."""

    kind: str
    uuid: str
    deleted_at: str
    deleted_by: str
