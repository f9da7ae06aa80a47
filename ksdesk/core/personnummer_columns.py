"""Personnummer in a table's column headed "Personnummer", "Pnr" or "Personnr": the heading
is the label of every cell under it, as "Pnr:" before one number is
(core.personnummer_labelled). A cell there whose date exists is a number even with a wrong
check digit: a typo in the last four still leaves the birth date and the rest of a person's
number, and a reader of the table knows what the column holds.

A table reaches the scanner as text: a Word table, a sheet or a pasted list a line per row,
its cells apart by tabs, " | ", ";" or "," (CSV) or a run of spaces (core.personnummer's
callers); a PDF's table as the page is seen, its cells apart by one space. Where the cells
are set apart, the heading's column is known and only its cells are read; where they are not
(one space), each row under the heading is read for the shapes a number is written in (one
group of ten or twelve digits, six or eight and four, the date in pairs), so that a column of
amounts beside it ("1 200 300") is not read as one. The rows go on to the first empty line,
or past three lines that hold no such number (a row's name wrapped onto a line of its own
may hold none)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from ksdesk.core.personnummer_chain import check
from ksdesk.core.personnummer_marks import DASHES, ascii_digits
from ksdesk.core.spans import Spans

# A cell that is the label alone: "Personnummer", "Pnr", "P-nr", "Pers.nr", "Personnr",
# "Samordningsnummer", "Person-/samordningsnummer", with a colon or not.
_LABEL = (
    r"(?:p[-.]?\s?nr|pers\.?\s?nr|person-?nr|personnummer|samordningsn(?:umme)?r"
    r"|person(?:nummer)?[-\s]*(?:/|eller|och)\s*samordningsnummer)\s*:?"
)
_LABEL_CELL = re.compile(rf"(?i)\A\s*{_LABEL}\s*\Z")
_LABEL_WORD = re.compile(rf"(?i)(?<!\w){_LABEL}(?!\w)")
# How the cells of a row are set apart, tried in this order: a tab, " | ", ";" and "," of a
# CSV (quotes read), and a run of two spaces or more.
_SEPARATORS = (r"\t", r"\s*\|\s*", ";", ",", r" {2,}")
# The digits of one cell: a number with its spaces, dashes or "+" (and its quotes in a CSV).
_NUMBER_CELL = re.compile(rf'\A\s*"?\s*(\d(?:[\s{re.escape(DASHES)}+]{{0,3}}\d){{9,11}})\s*"?\s*\Z')
# In a row whose cells are apart by one space: the groups a number is written in.
_MARK = f"[{re.escape(DASHES)}+]"
_SHAPES = re.compile(
    rf"(?<![\d{re.escape(DASHES)}+,.])(?:\d{{10}}|\d{{12}}|\d{{6}}(?:\d\d)?(?: |{_MARK})\d{{4}}"
    rf"|\d\d \d\d \d\d(?: |{_MARK})\d{{4}}|\d\d \d\d \d\d \d\d \d\d)"
    rf"(?!\d|{_MARK}|[,.]\d)"
)
_MAX_EMPTY_ROWS = 3


def numbers(seen: str, today: date, taken: Spans) -> list[tuple[int, int, str, bool]]:
    """(start, end, normalized, samordning) of each cell under a personnummer heading whose
    date exists, its check digit not asked, where `taken` (the numbers found so far, to
    which each is added) holds none."""
    found = []
    for start, end, digits, plus in candidates(seen):
        checked = None if taken.overlaps(start, end) else check(digits, plus, today, luhn=False)
        if checked is not None:
            found.append((start, end, *checked))
            taken.add(start, end)
    return found


def candidates(seen: str) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, digits, written with +) of each cell under a personnummer heading."""
    lowered = seen.lower()  # every label ends in "nr" or "nummer": most texts hold neither
    if ("nr" not in lowered and "nummer" not in lowered) or not _LABEL_WORD.search(seen):
        return
    lines = _lines(seen)
    index = 0
    while index < len(lines):
        _start, line = lines[index]
        heading = _heading(line)
        if heading is None:
            index += 1
            continue
        separator, column = heading
        index += 1
        read = _column if separator is not None else _row
        empty = 0
        while index < len(lines) and lines[index][1].strip() and empty < _MAX_EMPTY_ROWS:
            row_start, row = lines[index]
            if separator is not None and _heading(row) is not None:
                break  # another table's heading
            found = list(read(row, separator, column))
            empty = 0 if found else empty + 1
            for first, last, digits, plus in found:
                yield row_start + first, row_start + last, digits, plus
            index += 1


def _lines(text: str) -> list[tuple[int, str]]:
    found, start = [], 0
    for line in text.split("\n"):
        found.append((start, line))
        start += len(line) + 1
    return found


def _heading(line: str) -> tuple[str | None, int] | None:
    """(separator, column) of a heading row with a personnummer label: the separator its
    cells are set apart by and the label's cell, or None and 0 where one space parts them
    (a row with no digit and the label among its words). None: no such heading."""
    if not _LABEL_WORD.search(line):
        return None
    for separator in _SEPARATORS:
        cells = _cells(line, separator)
        if len(cells) < 2:
            continue
        labelled = [n for n, (a, b) in enumerate(cells) if _LABEL_CELL.match(line[a:b])]
        return (separator, labelled[0]) if labelled else None
    # Apart by one space: a row of a few words, the label written as a heading is (capital
    # first), no digit and no full stop; not a sentence that names the number ("Ange
    # personnummer i blanketten."; "Pnr: 811218-…" is read after its label elsewhere).
    label = _LABEL_WORD.search(line)
    if label is None or not label.group()[0].isupper():
        return None
    if any(char.isdigit() for char in line) or len(line.split()) > 8:
        return None
    return (None, 0) if not line.rstrip().endswith((".", "!", "?")) else None


def _cells(line: str, separator: str) -> list[tuple[int, int]]:
    """(start, end) in `line` of each cell when `separator` parts them; [] where it does not."""
    if separator in (";", ","):
        cells, start, quoted = [], 0, False
        for at, char in enumerate(line):
            if char == '"':
                quoted = not quoted
            elif char == separator and not quoted:
                cells.append((start, at))
                start = at + 1
        cells.append((start, len(line)))
        return cells if len(cells) > 1 else []
    cells, at = [], 0
    for found in re.finditer(separator, line):
        cells.append((at, found.start()))
        at = found.end()
    cells.append((at, len(line)))
    return cells if len(cells) > 1 else []


def _column(row: str, separator: str, column: int) -> Iterator[tuple[int, int, str, bool]]:
    cells = _cells(row, separator)
    if column >= len(cells):
        return
    start, end = cells[column]
    number = _NUMBER_CELL.match(row[start:end])
    if number is not None:
        written = number.group(1)
        yield start + number.start(1), start + number.end(1), ascii_digits(written), "+" in written


def _row(row: str, _separator: str | None, _column: int) -> Iterator[tuple[int, int, str, bool]]:
    for number in _SHAPES.finditer(row):
        written = number.group()
        yield number.start(), number.end(), ascii_digits(written), "+" in written
