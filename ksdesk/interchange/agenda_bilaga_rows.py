"""A row of an ärendelista that names bilagor, not an ärende: "Bilaga 1: Karta" on a row of its
own under an ärende, or "Bilagor: a) PM, b) Årsredovisning 2014" (the ärende above's)."""

from __future__ import annotations

import re

from ksdesk.core.meeting import Arende, Bilaga
from ksdesk.interchange.agenda_item import RowPlace
from ksdesk.interchange.agenda_rows import bilaga_line

# Where a line of bilagor names the next: ", b) Årsredovisning 2014".
_NEXT_BILAGA = re.compile(r"(?:^|,\s*)(?P<nr>[a-z])\)\s*")


def bilagor_line(text: str) -> list[tuple[str, str]]:
    """Each bilaga a line names: "Bilagor: a) PM, b) Årsredovisning 2014" → [("a", "PM"),
    ("b", "Årsredovisning 2014")]; "Bilaga 1: Karta" → [("1", "Karta")]; [] for other text."""
    found = bilaga_line(text)
    if found is None:
        return []
    parts = list(_NEXT_BILAGA.finditer(found[1]))
    if not parts or parts[0].start():
        return [found]
    ends = [part.start() for part in parts[1:]] + [len(found[1])]
    return [(p["nr"], found[1][p.end() : end].strip()) for p, end in zip(parts, ends, strict=True)]


def bilaga_row(values: dict[str, str], items: list[Arende], place: RowPlace) -> bool:
    """ "Bilaga 1: Karta" on a row of its own, under an ärende: that ärende's bilaga."""
    if values.get("nr") or values.get("dnr") or not items or items[-1].is_section:
        return False
    found = bilagor_line(values.get("title", ""))
    if not found:
        return False
    items[-1].bilagor.extend(Bilaga(title=title, nr=nr) for nr, title in found)
    why = "lästes som bilaga till ärendet ovan (utan fil)"
    place.report.change(place.where, values["title"], why)
    return True
