"""The rubrikrad of a kallelse's table that stands only on a page pypdf read (its font one
ksdesk's reader cannot read): there it is a heading a line ("Nr", "Ärenden", "Dnr"), without
where each heading stands, and a table whose rubrikrad is not repeated on the next page
(Hultsfred's list set with tab stops) had no parted rubrikrad at all. Its rows on the later
pages were read as text, the Dnr run onto the title ("Byggnation Målilla X 2018/151").

Where the columns stand is then read off the later pages' numbered rows that fill every
column ("15 | Byggnation Målilla X | 2018/151"): each column starts where those rows' cells
start, at one tab stop or cell edge. Without such rows, or with rows whose cells do not stand
at the same places, nothing tells the columns: the pages are read as before."""

from __future__ import annotations

from collections.abc import Callable

from ksdesk.interchange.agenda_header import field_of
from ksdesk.interchange.agenda_pdf_lines import Cell, SeenLine
from ksdesk.interchange.agenda_pdf_pages import Page
from ksdesk.interchange.agenda_pdf_plain import is_plain, nr_alone

_MOST_HEADINGS = 6  # Nr, Ärende, Dnr, Föredragande, Tid, Förslag
_ROWS = 2  # numbered rows filling every column that agree on where the columns stand


def plain_header(
    pages: list[Page], is_header: Callable[[list[str]], bool]
) -> tuple[SeenLine, list[SeenLine]] | None:
    """(the rubrikrad placed where the columns stand, the lines under it on the pages read
    as seen) for a rubrikrad a heading a line on a page pypdf read; None when there is none
    or the later pages do not tell the columns (module docstring)."""
    for at, page in enumerate(pages):
        if not is_plain(page.lines):
            continue
        run = _heading_run(page.lines, is_header)
        if run is None:
            continue
        start, headings = run
        under = [line for later in pages[at + 1 :] for line in later.lines if line.size]
        xs = _column_starts(under, len(headings))
        if xs is None:
            return None
        cells = [Cell(text, x, x) for text, x in zip(headings, xs, strict=True)]
        placed = SeenLine(cells, y=0.0, size=under[0].size, bold=False, row=page.lines[start].row)
        return placed, under
    return None


def _heading_run(
    lines: list[SeenLine], is_header: Callable[[list[str]], bool]
) -> tuple[int, list[str]] | None:
    """(where it starts, its headings) for the longest run of lines that are each a column's
    heading, no field twice, and together a rubrikrad."""
    best: tuple[int, list[str]] | None = None
    for start in range(len(lines)):
        texts: list[str] = []
        fields: set[str] = set()
        for line in lines[start : start + _MOST_HEADINGS]:
            text = " ".join(line.text.split())
            field = field_of(text)[0] if len(text) <= 40 else None
            if field is None or field in fields:
                break
            texts.append(text)
            fields.add(field)
        whole = len(texts) > 1 and is_header(texts)
        if whole and (best is None or len(texts) > len(best[1])):
            best = (start, texts)
    return best


def _column_starts(lines: list[SeenLine], count: int) -> list[float] | None:
    """Where each of `count` columns starts: the first cell of the numbered rows that fill
    every column, when at least _ROWS such rows agree to within a size."""
    full = [line for line in lines if len(line.cells) == count and nr_alone(line.cells[0].text)]
    if len(full) < _ROWS:
        return None
    starts = [min(line.cells[at].x for line in full) for at in range(count)]
    for line in full:
        if any(abs(cell.x - x) > line.size for cell, x in zip(line.cells, starts, strict=True)):
            return None
    return starts
