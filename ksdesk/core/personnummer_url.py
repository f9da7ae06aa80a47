"""A personnummer in a web address, its dash or space written as a URL escape
("…?pnr=19811218%2D9876", "…/811218%209876"), as a link copied from an e-tjänst or a case
system into a text keeps it: anyone reads the number in the printed link, and the scanner
found none there, since "%2D" is no dash to it.

`escapes` gives each run of escapes that stands for whitespace or one mark a number is
written with, read as that mark at the run's end and blanks before it: as long as the run,
so that the places of the text hold (core.personnummer reads the text around them again,
core.personnummer_again)."""

from __future__ import annotations

import re
from urllib.parse import unquote

from ksdesk.core.personnummer_marks import DASHES

_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_MARKS = frozenset(DASHES + "+./:")


def escapes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, as read) of each run of URL escapes in `text` that decodes to blanks or
    to one mark between blanks ("%2D", "%20", "%E2%80%93"), in order."""
    if "%" not in text:
        return []
    found = []
    for run in _ESCAPES.finditer(text):
        shown = unquote(run.group()).strip()
        if shown == "" or shown in _MARKS:
            found.append((run.start(), run.end(), shown.rjust(len(run.group()))))
    return found
