"""Every text the review walks is named in Swedish in its list (core.public_where): a printed
dataclass that gains a text field fails here until the field has its words, or is listed in
core.text_walk.NOT_TEXT as never printed. Paragraf.underlag_fran_arendet (schema step m1405,
never printed) was walked and shown to the secretary as "§ 219, underlag_fran_arendet"."""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterator

from ksdesk.core import text_walk
from ksdesk.core.public_where import FIELD_NAMES
from tests.core.test_text_walk import PRINTED


def _text_fields(cls: type, seen: set[type]) -> Iterator[str]:
    """ "Class.field" of each field of `cls` (and the dataclasses it holds) that holds text
    itself: a str, or a list or dict of them."""
    if cls in seen:
        return
    seen.add(cls)
    hints = typing.get_type_hints(cls)
    for item in dataclasses.fields(cls):
        if not text_walk.is_text_field(cls.__name__, item.name):
            continue
        kinds = set(_kinds(hints[item.name]))
        if str in kinds:
            yield f"{cls.__name__}.{item.name}"
        for kind in kinds:
            if dataclasses.is_dataclass(kind):
                yield from _text_fields(kind, seen)


def _kinds(hint: object) -> Iterator[object]:
    arguments = typing.get_args(hint)
    if not arguments:
        yield hint
    for argument in arguments:
        yield from _kinds(argument)


def test_every_walked_text_has_swedish_words_in_the_review() -> None:
    seen: set[type] = set()
    fields = [name for cls in PRINTED for name in _text_fields(cls, seen)]
    assert "Paragraf.beslutsunderlag" in fields
    unnamed = [name for name in fields if name.split(".")[1] not in FIELD_NAMES]
    assert unnamed == []
