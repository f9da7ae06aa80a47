"""Every text of a printed dataclass, found by walking it: the one way the public-copy scan and
the public edition see a meeting, a protokoll or an organ, so that a field nobody listed
cannot reach paper unscanned.

A text is a `str` field, a `str` in a list, or a key or value of a `dict[str, str]` (the names
in a roll-call vote). Nested dataclasses and lists of them are walked; a row with an `id`
is named by its uuid ("Arende:<uuid>"), so a text keeps its name when the agenda is
reordered, and a new row never has an old row's name.
Fields that hold no printable text (hashes, references between rows, bytes) are listed in
NOT_TEXT; any other field whose type the walk does not know makes `check_covered` fail, so
a dataclass that gains a field of a new kind fails the tests until the walk learns it."""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Iterator
from datetime import date, time
from typing import Any

Mask = Callable[[str, str], str]  # (source, text) -> the text to print

# (class name, field): stored but never printed, or identifiers that are not prose.
NOT_TEXT = {
    ("Bilaga", "sha256"),
    ("Bilaga", "ref"),
    ("Bilaga", "filename"),
    ("Bilaga", "content"),
    ("Bilaga", "withheld"),
    ("Sammantrade", "status"),
    ("Arende", "kind"),
    ("Forslag", "group"),
    ("Deltagare", "role"),
    ("Fortroendevald", "role"),
    ("Organ", "short"),
    # The beslutsunderlag as ksdesk last wrote it from the ärende, to tell the secretary's own
    # list from it (core.beslutsunderlag): the printed list is `beslutsunderlag`.
    ("Paragraf", "underlag_fran_arendet"),
    # Keys and references between rows of the data a referenced bilaga prints.
    ("Sheet", "key"),
    ("Document", "key"),
    ("Block", "budget_key"),
    ("Version", "key"),
    ("Version", "based_on"),
    ("Point", "uid"),
    ("Delegationsbeslut", "point_uid"),
}
# Every stored row's identity and sync bookkeeping: never printed.
IDENTITY_FIELDS = {"uuid", "changed_by", "changed_at"}
_SCALARS = (int, float, bool, date, time, bytes, type(None))


def row_name(obj: Any) -> str | None:
    """ "Arende:<uuid>" for a stored row (its stable uuid; its id before it has one),
    None for anything else. A new row is a new name: nothing decided on an old one
    reaches it, even under a reused id."""
    if not dataclasses.is_dataclass(obj):
        return None
    key = getattr(obj, "uuid", "") or getattr(obj, "id", None)
    return f"{type(obj).__name__}:{key}" if key not in (None, "") else None


def texts(obj: Any, root: str) -> Iterator[tuple[str, str]]:
    """(source, text) of every text in `obj`, depth first, in field order."""
    if isinstance(obj, str):
        yield root, obj
    elif isinstance(obj, list | tuple):
        for index, element in enumerate(obj):
            yield from texts(element, _element_path(element, root, index))
    elif isinstance(obj, dict):
        for key, value in obj.items():
            if isinstance(key, str):
                yield f"{root}/key", key
            yield from texts(value, f"{root}/value")
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        name = type(obj).__name__
        for item in dataclasses.fields(obj):
            if is_text_field(name, item.name):
                yield from texts(getattr(obj, item.name), f"{root}/{item.name}")


def masked(obj: Any, root: str, mask: Mask) -> Any:
    """A copy of `obj` with every text replaced by mask(source, text) (same sources as
    `texts`); what is not text is kept as it is."""
    if isinstance(obj, str):
        shown = mask(root, obj) if obj else obj
        return obj if shown == obj else shown  # unchanged: the same object (an enum stays one)
    if isinstance(obj, list):
        return [masked(e, _element_path(e, root, i), mask) for i, e in enumerate(obj)]
    if isinstance(obj, tuple):
        return tuple(masked(e, _element_path(e, root, i), mask) for i, e in enumerate(obj))
    if isinstance(obj, dict):
        return {
            (mask(f"{root}/key", k) if isinstance(k, str) else k): masked(v, f"{root}/value", mask)
            for k, v in obj.items()
        }
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        name = type(obj).__name__
        changes = {
            item.name: masked(getattr(obj, item.name), f"{root}/{item.name}", mask)
            for item in dataclasses.fields(obj)
            if item.init and is_text_field(name, item.name)
        }
        return dataclasses.replace(obj, **changes)
    return obj


def is_text_field(cls_name: str, field_name: str) -> bool:
    return field_name not in IDENTITY_FIELDS and (cls_name, field_name) not in NOT_TEXT


def _element_path(element: Any, root: str, index: int) -> str:
    name = row_name(element)
    return f"{root}/{name}" if name else f"{root}/{index}"


def uncovered_fields(cls: type, seen: set[type] | None = None) -> list[str]:
    """Fields of `cls` (and the dataclasses it holds) whose type the walk does not know:
    neither text, nor a known scalar, nor listed in NOT_TEXT. Empty when all are covered."""
    seen = seen if seen is not None else set()
    if cls in seen:
        return []
    seen.add(cls)
    hints = typing.get_type_hints(cls)
    problems = []
    for item in dataclasses.fields(cls):
        if not is_text_field(cls.__name__, item.name):
            continue
        problems += [
            f"{cls.__name__}.{item.name}: {kind}" for kind in _unknown(hints[item.name], seen)
        ]
    return problems


def _unknown(hint: Any, seen: set[type]) -> list[str]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return [p for arg in typing.get_args(hint) for p in _unknown(arg, seen)]
    if origin in (list, tuple):
        return [
            p for arg in typing.get_args(hint) if arg is not Ellipsis for p in _unknown(arg, seen)
        ]
    if origin is dict:
        key, value = typing.get_args(hint)
        return _unknown(key, seen) + _unknown(value, seen)
    if hint is str or hint in _SCALARS:
        return []
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return []  # a fixed word of ours (a status, a kind): never a person's data
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return uncovered_fields(hint, seen)
    return [repr(hint)]
