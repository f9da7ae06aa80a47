"""Cells of a CSV file that a spreadsheet must show as text, never run as a formula.

Excel and LibreOffice treat a cell that begins with "=", "+", "-" or "@" (and, in some
versions, a tab or carriage return) as a formula when they open a CSV: a point text such as
"=HYPERLINK(…)" typed into ksdesk would become a live link or worse (CSV injection). Such a
cell is written with a leading apostrophe, which spreadsheets read as "this is text"
(OWASP's advice), and `unescape_cell` takes it off again so that ksdesk reads back what it
wrote.

A minus followed by nothing but digits ("-0,5", "-1 373", "-12.5") is an amount, not a
formula: it cannot call anything, so it is left as it is and stays a number in the
spreadsheet. "−0,5" with the Unicode minus (core.format's) starts with no trigger at all.
A cell of dashes only ("-", the usual "nothing here" in a delegation table) is text to a
spreadsheet too, and an apostrophe would show in it.

The apostrophe is added to every cell that, after its own leading apostrophes, starts with a
trigger, and taken off only such cells: "'=x" is written "''=x" and read back as "'=x", so
the round trip is exact for any text.
"""

from __future__ import annotations

import re

_TRIGGERS = "=+-@\t\r"
_NEEDS_QUOTE = re.compile(r"'*[" + re.escape(_TRIGGERS) + "]")
_QUOTED = re.compile(r"'+[" + re.escape(_TRIGGERS) + "]")
# An amount as ksdesk or Excel writes it: digits in groups of three (space, no-break or narrow
# no-break space between), or plain digits, with an optional decimal comma or point.
_NEGATIVE_AMOUNT = re.compile(r"-(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?")
_DASHES = re.compile(r"-+")


def escape_cell(text: str) -> str:
    """The cell as written to a CSV file: "'" before a would-be formula."""
    harmless = _NEGATIVE_AMOUNT.fullmatch(text) or _DASHES.fullmatch(text)
    if harmless or not _NEEDS_QUOTE.match(text):
        return text
    return "'" + text


def unescape_cell(text: str) -> str:
    """The cell as typed in ksdesk, from a cell `escape_cell` wrote."""
    return text[1:] if _QUOTED.match(text) else text
