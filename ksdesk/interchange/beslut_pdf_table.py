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
    data: bytes,
    filename: str,
    report: ImportReport,
    is_header: Callable[[list[str]], bool],
    starts_row: Callable[[list[str], list[str]], bool] = lambda _header, _cells: True,
) -> tuple[Records, list[tuple[int, int]]] | None:
    """The table's rows as a sheet's records, numbered from 1, and where each stands (page,
    line); None when the PDF holds no rubrikrad `is_header` knows on a readable page.
    `starts_row(rubrikrad, cells)`: whether a line's cells open a row (a date, a Dnr, a
    point's number under its column), so that a line that does not, under a row's cells, is
    those cells' text going on (a protokoll's table: every cell of several lines)."""
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
            at = next(
                (i for i in range(len(top)) if _rubrik_at(_under(top, i), i, is_header)), None
            )
            if at is None:
                return None
            header = top[at]
    if header is None:
        return None
    starts = [cell.x for cell in header.cells]
    pages = [_page_rows(pieces, starts) for pieces in drawn]
    running = running_lines([[line.text for line, _ in page] for page in pages])
    records: Records = []
    places: list[tuple[int, int]] = []
    seen_header, rubrikrad, skip = False, [], 0
    for number, page in enumerate(pages, start=1):
        for index, (line, cells) in enumerate(page):
            where = line_where(line.row, number)
            if skip:  # the rubrikrad's words on its next lines ("Punkt i / delegeringsordning")
                skip -= 1
                report.merge(where, line.text, "rubrikraden fortsätter på nästa rad")
                continue
            depth = _rubrik_at(page, index, is_header)
            heading = depth > 0
            if heading:
                skip, cells = depth - 1, _merged(page[index : index + depth])
                rubrikrad = rubrikrad or cells
            if not heading and page_key(line.text) in running:
                report.drop(where, line.text, "sidhuvud eller sidfot")
                continue
            if (
                seen_header
                and not heading
                and _goes_on(page, index, records, rubrikrad, starts_row)
            ):
                previous = records[-1][1]
                for at, text in enumerate(cells):  # a line of its own: "personuppgifts-" over
                    previous[at] = "\n".join(part for part in (previous[at], text) if part)
                report.merge(where, line.text, "radens text fortsätter på nästa rad")
                continue
            seen_header = seen_header or heading
            records.append((len(records) + 1, cells))
            places.append((number, line.row))
    return records, places


def _texts(line: SeenLine) -> list[str]:
    return [cell.text for cell in line.cells]


Rows = list[tuple[SeenLine, list[str]]]


def _under(lines: list[SeenLine], at: int) -> Rows:
    """The lines with their cells under the columns of the line at `at`, as if it were the
    rubrikrad (before the rubrikrad is known)."""
    starts = [cell.x for cell in lines[at].cells]
    rows = []
    for line in lines:
        cells = [""] * len(starts)
        for cell in line.cells:
            column = _column(cell.x, starts)
            cells[column] = " ".join(part for part in (cells[column], cell.text) if part)
        rows.append((line, cells))
    return rows


def _rubrik_at(rows: Rows, at: int, is_header: Callable[[list[str]], bool]) -> int:
    """How many lines from `at` make a rubrikrad: the line and the lines under it that carry
    its headings on ("Punkt i" over "delegeringsordning"); 0 when they make none."""
    depth = 1
    while depth < 4 and at + depth < len(rows) and _heading_words(rows, at + depth):
        depth += 1
    return depth if is_header(_merged(rows[at : at + depth])) else 0


def _heading_words(rows: Rows, at: int) -> bool:
    """A line close under the one above, with words under two columns or more and no digit:
    a rubrikrad's headings going on (a decision's row has a date, a Dnr or a point)."""
    line, cells = rows[at]
    close = rows[at - 1][0].y - line.y <= 2 * line.size  # y grows up the page
    filled = sum(1 for cell in cells if cell)
    return close and filled >= 2 and not any(ch.isdigit() for ch in line.text)


def _merged(rows: Rows) -> list[str]:
    width = max(len(cells) for _, cells in rows)
    return [
        " ".join(cells[at] for _, cells in rows if at < len(cells) and cells[at])
        for at in range(width)
    ]


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


def _goes_on(
    page: Rows,
    at: int,
    records: Records,
    rubrikrad: list[str],
    starts_row: Callable[[list[str], list[str]], bool],
) -> bool:
    """Whether the line at `at` goes on with the row above: its text wrapped (`_wrapped`), or,
    close under it, no value that opens a row and more than a sub-heading alone in the first
    column (a protokoll's cells of several lines: "2.1.10" over "Dataskyddsförordningen")."""
    line, cells = page[at]
    if _wrapped(cells, records):
        return True
    if not records or at == 0 or sum(1 for cell in records[-1][1] if cell) < 2:
        return False
    close = page[at - 1][0].y - line.y <= 2 * line.size
    alone_first = bool(cells[0]) and not any(cells[1:])
    return close and not alone_first and not starts_row(rubrikrad, cells)


def _wrapped(cells: list[str], records: Records) -> bool:
    """Whether the line is the row above's text wrapped: nothing under the first two columns
    (a date and a Dnr never wrap; a decision lacks one of them at most), and the row above a
    decision's (two cells or more filled)."""
    if any(cells[: 2 if len(cells) >= 4 else 1]) or not records:
        return False
    return sum(1 for cell in records[-1][1] if cell) >= 2
