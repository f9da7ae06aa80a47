"""A kallelse's table copied out of its PDF with its layout kept (pdftotext -layout, a viewer
that copies in columns): the rubrikrad on one line, its headings apart by spaces ("Ärende
Beteckning   Förslag   Tid"), each row's number at the line's start and its cells under the
headings, a cell's next lines on the lines under it with the other cells' ("KFT-2024-" over
"00347" beside the förslag's lines). Each line was read as one ärende with the columns run
together.

Each line is cut where the columns start (a run of text starts under the heading it stands
at, the Nr column left of the first heading), a line with a number alone in the Nr column
opens a row, and the lines under it add a line to each cell they reach. A line of one short
word right over a number ("Information") is a heading of its own; a line before the first
number opens a row without number ("Val av justerare", "Studiebesök …"). The rubrikrad
repeated and the page's head ("KUNGSBACKA KOMMUN   2(2)") are reported; the signatures after
the last row are reported after the list (agenda_pasted_cells)."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_header import field_of
from ksdesk.interchange.agenda_pasted_cells import PAGE_HEAD, heading_over_number, is_signature
from ksdesk.interchange.agenda_pdf_plain import nr_alone
from ksdesk.interchange.agenda_rows import AFTER_LIST, is_procedural_item

Rows = list[tuple[int, list[str]]]

_RUN = re.compile(r"\S+(?: \S+)*")  # text apart from the next by two spaces or more
_PAGE_LINES = 60
_SLACK = 2  # a cell's text may start this many characters off its heading


def with_layout_columns(rows: Rows, report: ImportReport) -> Rows:
    """The rows cut into the rubrikrad's columns when the text is such a copy (module
    docstring); the rows as they are otherwise."""
    if any(len(cells) > 1 for _, cells in rows):
        return rows
    lines = [cells[0].rstrip() if cells else "" for _, cells in rows]
    found = _header(lines)
    if found is None:
        return rows
    at, headings, starts = found
    title = next(n for n, h in enumerate(headings) if field_of(h)[0] == "title")
    out: Rows = list(rows[:at])
    out.append((rows[at][0], headings))
    texts = [" ".join(line.split()) for line in lines]
    end = len(lines)
    while end > at and all(map(is_signature, [r[0] for r in _RUN.finditer(lines[end - 1])])):
        end -= 1
    while end < len(lines) and rows[end][0] == rows[end - 1][0] + 1:
        end += 1  # the signatures stand apart under a blank line; "Simon Nissen" in a cell
    cells: list[str] | None = None
    for n in range(at + 1, end):
        number, line, text = rows[n][0], lines[n], texts[n]
        if not text:
            continue
        if text == texts[at] or PAGE_HEAD.fullmatch(text) or _page_head(line):
            reason = "rubrikraden, upprepad på ny sida" if text == texts[at] else "sidhuvud"
            report.drop(f"Rad {number}", text, reason)
            continue
        parts = _cut(line, starts)
        following = next((t for t in texts[n + 1 : end] if t), "")
        following_nr = _cut(lines[texts.index(following, n + 1)], starts)[0] if following else ""
        lone = [p for p in parts if p]
        if parts[0] and nr_alone(parts[0]):
            cells = parts
            out.append((number, cells))
        elif (
            cells is None
            or (not cells[0] and not parts[0] and is_procedural_item(parts[title]))
            or (
                lone == [parts[title]]
                and nr_alone(following_nr)
                and heading_over_number(text, cells[title])
            )
        ):
            cells = parts  # a row without number, or a heading of its own
            out.append((number, cells))
        else:
            for column, part in enumerate(parts):
                if part:
                    cells[column] = f"{cells[column]}\n{part}".strip("\n")
    for number, cells_after in rows[end:]:
        if cells_after and cells_after[0].strip():
            report.drop(f"Rad {number}", " ".join(cells_after[0].split()), AFTER_LIST)
    return out


def _header(lines: list[str]) -> tuple[int, list[str], list[int]] | None:
    """(where, headings with "" for the Nr column when it has none, where each column starts)
    of a rubrikrad on one line: three headings or more of different fields, a title and a Dnr
    among them, a numbered line under it."""
    for at, line in enumerate(lines[:_PAGE_LINES]):
        runs = list(_RUN.finditer(line))
        fields = [field_of(run[0])[0] for run in runs]
        if len(runs) < 3 or None in fields or len(set(fields)) < len(fields):
            continue
        if not {"title", "dnr"} <= set(fields):
            continue
        under = [_RUN.match(later.lstrip()) for later in lines[at + 1 : at + 12]]
        if not any(m and nr_alone(m[0]) for m in under):
            continue
        headings = [run[0] for run in runs]
        starts = [run.start() for run in runs]
        if fields[0] != "nr":
            headings, starts = ["", *headings], [0, *starts]
        return at, headings, starts
    return None


def _cut(line: str, starts: list[int]) -> list[str]:
    """The line's text in each column: each run of text goes to the column whose start is
    the last at or before it (give or take _SLACK)."""
    parts = [""] * len(starts)
    for run in _RUN.finditer(line):
        column = max(c for c, x in enumerate(starts) if c == 0 or x <= run.start() + _SLACK)
        parts[column] = f"{parts[column]} {run[0]}".strip()
    return parts


def _page_head(line: str) -> bool:
    """ "KUNGSBACKA KOMMUN      2(2)": the kommun's name and the page, apart by spaces."""
    runs = [run[0] for run in _RUN.finditer(line)]
    return len(runs) == 2 and all(PAGE_HEAD.fullmatch(run) for run in runs)
