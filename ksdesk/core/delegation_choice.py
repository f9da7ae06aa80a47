"""How a delegation point is named in a one-line list (the point a delegationsbeslut rests
on): its number, its Ärende on one line and shortened at a word, its chapter.

A point's Ärende is often several lines, a Word bullet list in the cell (Härjedalen: "Beslut
om" over "- rivning av kommunägd byggnad"); a combo box row shows one line, and showed the
second cut in half under the first."""

from __future__ import annotations

import re

_BULLET = re.compile(r"^\s*[-–•·*]\s+")


def one_line(text: str) -> str:
    """The lines of a cell on one line, a bullet at a line's start read as a dash between."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    parts = [("– " + _BULLET.sub("", line)) if _BULLET.match(line) else line for line in lines]
    return " ".join(" ".join(parts).split())


def shortened(text: str, limit: int) -> str:
    """`text` cut at the last whole word that fits in `limit` characters, with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + "…"


def point_choice(nr: str, arende: str, chapter_title: str, limit: int = 70) -> str:
    """ "1.1  Beslut om – rivning av kommunägd byggnad – försäljning …  (1 Allmänna ärenden)"."""
    return f"{nr}  {shortened(one_line(arende), limit)}  ({one_line(chapter_title)})"
