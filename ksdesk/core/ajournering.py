"""Breaks in a meeting (ajourneringar): read as the secretary types them on the Justering page
("15.00–15.15, 17.00–17.30"), written back the same way, and printed under Plats och tid as
kommuner do ("Ajournering kl. 15.00–15.15")."""

from __future__ import annotations

import re
from datetime import time
from itertools import pairwise

from ksdesk.core.errors import InvalidInput, KsdeskError
from ksdesk.core.format import format_time_span, parse_time_span
from ksdesk.core.protokoll import Ajournering

# Breaks are separated by a comma, a semicolon, a line break or "och"; never by a dash,
# which belongs to the span itself.
_SEPARATOR = re.compile(r"\s*(?:[,;\n]|\boch\b)\s*")


def parse_ajourneringar(text: str) -> list[Ajournering]:
    """ "15.00–15.15, 17.00–17.30" (also with ":" and "-", "kl." or "och"), in time order.
    An empty text means none. A span that cannot be read, or breaks that overlap, are
    refused with a Swedish message naming the span."""
    breaks = []
    for part in (p.strip() for p in _SEPARATOR.split(text or "")):
        if not part:
            continue
        try:
            start, end = parse_time_span(part)
        except KsdeskError as error:
            raise InvalidInput(f"Ajourneringen ”{part}”: {error}") from None
        breaks.append(Ajournering(start, end))
    breaks.sort(key=lambda b: b.start)
    for before, after in pairwise(breaks):
        if after.start < before.end:
            raise InvalidInput(
                f"Ajourneringarna {format_time_span(before.start, before.end)} och "
                f"{format_time_span(after.start, after.end)} överlappar varandra."
            )
    return breaks


def written(breaks: list[Ajournering]) -> str:
    """ "15.00–15.15, 17.00–17.30": what the Justering page shows and reads back."""
    return ", ".join(format_time_span(b.start, b.end) for b in breaks)


def printed(breaks: list[Ajournering]) -> str:
    """ "Ajournering kl. 15.00–15.15", "Ajourneringar kl. 15.00–15.15 och 17.00–17.30";
    "" for none. "kl." is kept with its time by a no-break space."""
    if not breaks:
        return ""
    spans = [format_time_span(b.start, b.end) for b in breaks]
    joined = spans[0] if len(spans) == 1 else ", ".join(spans[:-1]) + " och " + spans[-1]
    word = "Ajournering" if len(spans) == 1 else "Ajourneringar"
    return f"{word} kl.\u00a0{joined}"


def outside_meeting(breaks: list[Ajournering], opened: time | None, closed: time | None) -> str:
    """The first break that does not lie between the meeting's opening and closing, written
    "15.00–15.15"; "" when all do (or the times are not yet known)."""
    for b in breaks:
        if (opened is not None and b.start < opened) or (closed is not None and b.end > closed):
            return format_time_span(b.start, b.end)
    return ""
