"""A personnummer in every free-text field a secretary or an import can fill, each field its
own number written its own way (as people write them: 800101-1231, 19800101-1231,
800101+1231, "800101 1231", a samordningsnummer, after "pnr" and without), so a test can say
which field reached which public output.

    plants = Plants()
    meeting = plants.fill(meeting, "ärende")      # every text field of a dataclass
    plants.numbers                                 # field → (as written, ten digits)"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from ksdesk.core import text_walk
from ksdesk.core.luhn import luhn_ok

# How each number is written, in turn: the forms of core/personnummer.py's docstring, a line
# break inside, and full-width digits (a text pasted from an East Asian input method).
FORMS: tuple[Callable[[str, str], str], ...] = (
    lambda ten, century: f"{ten[:6]}-{ten[6:]}",
    lambda ten, century: f"{century}{ten[:6]}-{ten[6:]}",
    lambda ten, century: f"{ten[:6]}+{ten[6:]}",
    lambda ten, century: f"{ten[:6]} {ten[6:]}",
    lambda ten, century: f"pnr {ten}",
    lambda ten, century: f"Pnr: {century}{ten}",
    lambda ten, century: f"personnr {ten[:6]}-{ten[6:]}",
    lambda ten, century: f"{ten[:6]}-\n{ten[6:]}",  # a line typed or pasted in two
    lambda ten, century: "".join(chr(0xFF10 + int(d)) if d.isdigit() else d for d in ten),
)


def number(serial: int) -> str:
    """A valid ten-digit number; every third is a samordningsnummer (day + 60)."""
    day = 1 + serial % 28 + (60 if serial % 3 == 2 else 0)
    nine = f"{40 + serial % 50:02d}{1 + serial % 12:02d}{day:02d}{serial % 1000:03d}"
    return nine + next(str(d) for d in range(10) if luhn_ok(nine + str(d)))


class Plants:
    def __init__(self, start: int = 100) -> None:
        self.serial = start
        self.numbers: dict[str, tuple[str, str]] = {}  # field → (as written, ten digits)

    def next(self, field: str) -> str:
        """The number planted in `field`, as written there."""
        self.serial += 1
        ten = number(self.serial)
        century = "18" if self.serial % len(FORMS) == 2 else "19"
        written = FORMS[self.serial % len(FORMS)](ten, century)
        self.numbers[field] = (written, ten)
        return written

    def text(self, field: str, text: str = "") -> str:
        return f"{text} {self.next(field)}".strip()

    def fill(self, obj: Any, name: str, skip: frozenset[str] = frozenset()) -> Any:
        """`obj` with a number added to every text field (also empty ones), each field named
        "<name>/<path>" without row ids; fields ending in a name in `skip` are left."""
        return fill_texts(obj, name, lambda path, text: self._add(path, text, skip))

    def _add(self, path: str, text: str, skip: frozenset[str]) -> str:
        path = "/".join(part for part in path.split("/") if not part.isdigit())
        if path.rsplit("/", 1)[-1] in skip:
            return text
        field, count = path, 1
        while field in self.numbers:  # several rows of one kind: each its own number
            count += 1
            field = f"{path} ({count})"
        return self.text(field, text)


def fill_texts(obj: Any, root: str, add: Callable[[str, str], str]) -> Any:
    """Like core.text_walk.masked, but empty texts are given `add(path, "")` too; a path
    names the fields down to the text and the place in each list ("paragraf/jav/0/note")."""
    if isinstance(obj, str):
        return add(root, obj)
    if isinstance(obj, list):
        return [fill_texts(e, f"{root}/{i}", add) for i, e in enumerate(obj)]
    if isinstance(obj, tuple):
        return tuple(fill_texts(e, f"{root}/{i}", add) for i, e in enumerate(obj))
    if isinstance(obj, dict):
        return {
            fill_texts(k, f"{root}/key", add): fill_texts(v, f"{root}/value", add)
            for k, v in obj.items()
        }
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        name = type(obj).__name__
        return dataclasses.replace(
            obj,
            **{
                f.name: fill_texts(getattr(obj, f.name), f"{root}/{f.name}", add)
                for f in dataclasses.fields(obj)
                if f.init and text_walk.is_text_field(name, f.name)
            },
        )
    return obj
