"""A diarium's list of delegationsbeslut printed to PDF as a table (W3D3, Public 360, Ciceron,
Lex print their reports so): the export's title and period over a rubrikrad ("Beslutsdatum
Dnr Ärendemening Delegat Lagrum"), the rubrikrad again on each new page, a running header
and footer, a delegat's sub-heading between the rows, and an Ärendemening too long for its
cell wrapped onto the next line.

Each page's lines are read as they are seen (agenda_pdf_lines: ksdesk's reading of the
content streams); a string belongs to the rubrikrad's column it starts under, however close
to the next column its cell's text runs. A line with nothing under the first two columns,
after a decision's row, is that row's text wrapped onto the next line, and is joined to it
with a line in the report. The rows so made are read by beslut_list like a sheet's; each
named as the page shows it ("Sida 2, rad 5"). A PDF without such a rubrikrad at the top of
its first page, or with a page ksdesk's reader cannot read, is no table: beslut_pdf reads
it as text."""

from __future__ import annotations

from collections.abc import Callable

from ksdesk.core.import_report import ImportReport
from ksdesk.core.page_key import page_key
from ksdesk.interchange.agenda_pdf_lines import SeenLine, seen_lines
from ksdesk.interchange.beslut_pdf import running_lines
from ksdesk.interchange.beslut_rows import line_where
from ksdesk.interchange.pdf_drawn import DrawnPiece
from ksdesk.interchange.pdf_page_reading import read_pages

_NUDGE = 3.0  # points a cell may start left of its heading (a border's padding, kerning)
_TOP = 10  # the lines of page 1 the rubrikrad is looked for in (beslut_list's _HEADER_SEARCH)

Records = list[tuple[int, list[str]]]


def table_records(
    data: bytes, filename: str, report: ImportReport, is_header: Callable[[list[str]], bool]
) -> tuple[Records, list[tuple[int, int]]] | None:
    """The table's rows as a sheet's records, numbered from 1, and where each stands (page,
    line); None when the PDF holds no rubrikrad `is_header` knows on a readable page."""
    drawn: list[list[DrawnPiece]] = []
    header: SeenLine | None = None
    for page in read_pages(data, filename, report, "besluten"):
        if page.pieces is None:
            return None
        drawn.append(page.pieces)
        if header is None:
            # An export's rubrikrad stands at the top of its first page; a table further on
            # is a kallelse's (its ärendelista), whose list of decisions is text.
            top = seen_lines(page.pieces)[:_TOP]
            header = next((line for line in top if is_header(_texts(line))), None)
            if header is None:
                return None
    if header is None:
        return None
    starts = [cell.x for cell in header.cells]
    pages = [_page_rows(pieces, starts) for pieces in drawn]
    running = running_lines([[line.text for line, _ in page] for page in pages])
    records: Records = []
    places: list[tuple[int, int]] = []
    seen_header = False
    for number, page in enumerate(pages, start=1):
        for line, cells in page:
            where = line_where(line.row, number)
            heading = is_header(_texts(line))
            if not heading and page_key(line.text) in running:
                report.drop(where, line.text, "sidhuvud eller sidfot")
                continue
            if seen_header and not heading and _wrapped(cells, records):
                previous = records[-1][1]
                for at, text in enumerate(cells):
                    previous[at] = " ".join(part for part in (previous[at], text) if part)
                report.merge(where, line.text, "radens text fortsätter på nästa rad")
                continue
            seen_header = seen_header or heading
            records.append((len(records) + 1, cells))
            places.append((number, line.row))
    return records, places


def _texts(line: SeenLine) -> list[str]:
    return [cell.text for cell in line.cells]


def _page_rows(pieces: list[DrawnPiece], starts: list[float]) -> list[tuple[SeenLine, list[str]]]:
    """Each line of the page and its text under each of the rubrikrad's columns: a string
    belongs to the last column starting at or before it, so that a text running up to the
    next column (less than a word space from it) is not read into it."""
    columns = [
        seen_lines([p for p in pieces if _column(p.x, starts) == at]) for at in range(len(starts))
    ]
    rows = []
    for line in seen_lines(pieces):
        cells = [
            next((part.text for part in lines if abs(part.y - line.y) < line.size / 2), "")
            for lines in columns
        ]
        rows.append((line, cells))
    return rows


def _column(x: float, starts: list[float]) -> int:
    return max((at for at, start in enumerate(starts) if start <= x + _NUDGE), default=0)


def _wrapped(cells: list[str], records: Records) -> bool:
    """Whether the line is the row above's text wrapped: nothing under the first two columns
    (a date and a Dnr never wrap; a decision lacks one of them at most), and the row above a
    decision's (two cells or more filled)."""
    if any(cells[: 2 if len(cells) >= 4 else 1]) or not records:
        return False
    return sum(1 for cell in records[-1][1] if cell) >= 2
