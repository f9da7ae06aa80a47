"""The pages of a kallelse's PDF that hold its ärendelista, each page's lines as seen
(agenda_pdf_lines), for agenda_pdf. The pages are read one by one (pdf_page_reading: a page
whose font ksdesk's reader cannot read is read by pypdf, its lines placed nowhere, with a
warning naming the page).

The list stands where it stands: on page 1 of most kallelser, after an inledning of many
pages in some, before the handlingar in a kallelse sent with them (a hundred pages). It
starts on the first page with its rubrikrad or a run of numbered lines (1, 2 …) and goes on
while the next page's first number follows the last one's: the pages before and after it
are not read into the list, and the report says which pages were. A list without numbers
is read to the twelfth page from its start; a file without a list, to its twelfth page, for
the reading's refusal to name where it looked. Reading stops after BUDGET seconds (a page
takes a few milliseconds), the pages not reached said in the report."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from itertools import pairwise

from ksdesk.core.import_report import ImportReport, clean_controls, count_controls
from ksdesk.core.written_dates import find_written_date
from ksdesk.interchange.agenda_cells import counts_or_lasts
from ksdesk.interchange.agenda_header import names_meeting_time
from ksdesk.interchange.agenda_pdf_lines import Cell, SeenLine, seen_lines
from ksdesk.interchange.pdf_page_reading import ReadPage, read_pages

MAX_PAGES = 12  # a list without numbers to follow: read this far from where it starts
BUDGET = 1.5  # seconds of reading, some 400 pages; the rest is said not read
ASK = (
    "Be nämndens sekreterare om kallelsen i Word eller som en PDF med text, eller skriv in "
    "ärendena ett och ett."
)
# A list's number first on a line: "3", "3.", "12)", "§ 12" alone in its cell or before a title.
_NUMBER = re.compile(r"(?:§\s*)?(\d{1,3})[.)]?(?:\s+\S.*)?")
_FOLLOWS = 20  # a page's first number follows the last by at most this (lists skip numbers)


@dataclass
class Page:
    number: int
    lines: list[SeenLine]


@dataclass
class ListPages:
    """The pages that hold the list, and the pages read beside them (the one before and the
    one after), which show the running header and footer on a one-page list."""

    pages: list[Page]
    around: list[Page] = field(default_factory=list)
    # The line of the pages before the list (an inledning's) that dates the meeting, read
    # with the list for its date ("Tid: Onsdag 17 juni 2020 kl. 09:00" on page 1).
    dated: tuple[Page, SeenLine] | None = None


def list_pages(
    data: bytes, filename: str, report: ImportReport, is_header: Callable[[list[str]], bool]
) -> ListPages:
    """The pages of the list (module docstring); InvalidInput (Swedish) for a file that
    cannot be read."""
    started = time.perf_counter()
    read: list[Page] = []
    start: int | None = None  # where the list starts in `read`
    last: int | None = None  # the list's last number so far
    end: int | None = None  # where it ends in `read` (past its last page), once known
    count = 0
    with closing(read_pages(data, filename, report, "ärendena", locked=ASK)) as pages:
        for got in pages:
            count = got.of
            page = Page(got.number, _without_controls(_lines(got), got.number, report))
            read.append(page)
            numbers = _numbers(page)
            if start is None:
                if _opens(page, numbers, is_header):
                    start, last = len(read) - 1, (numbers[-1] if numbers else None)
            elif last is None:  # no numbers to follow: as far as a list runs
                if len(read) - start >= MAX_PAGES:
                    end = len(read)
            elif numbers and 0 < numbers[0] - last <= _FOLLOWS:
                last = numbers[-1]
            else:
                end = len(read) - 1  # this page is the one after the list
            if end is not None or time.perf_counter() - started > BUDGET:
                break
    if start is None:  # no list: the first pages, for the refusal to name where it looked
        start, end = 0, min(len(read), MAX_PAGES)
    end = len(read) if end is None else end
    # A list from page 2 goes on from page 1's heading (the meeting, "Ärenden"); one after
    # an inledning of pages is read from its own page (page 1's prose no list's heading).
    start = 0 if start == 1 else start
    found = ListPages(read[start:end], read[max(start - 1, 0) : end + 1], _dated(read[:start]))
    after = read[end] if end < len(read) else None
    _said(found.pages, count, read[-1].number if read else 0, report, after)
    return found


_CLOSING_LINES = 8  # a last page of so few lines after the list: the kallelse's closing
_HEAD_ROWS = 10  # the first page's lines of its letterhead and the meeting's heading


def _dated(before: list[Page]) -> tuple[Page, SeenLine] | None:
    """The first line of the pages before the list that dates the meeting: one that gives
    its time ("Tid: 2020-01-01 kl. 13.00"), else a date at the head of the first page (the
    letterhead's "Datum"), not one in the inledning's prose ("beslutade den 12 maj 2019")."""
    dated = [(page, line) for page in before for line in page.lines if find_written_date(line.text)]
    timed = [(page, line) for page, line in dated if names_meeting_time(line.text)]
    head = [(page, line) for page, line in dated if page is before[0] and line.row <= _HEAD_ROWS]
    return (timed or head or [None])[0]


def _opens(page: Page, numbers: list[int], is_header: Callable[[list[str]], bool]) -> bool:
    """Whether the list starts on the page: its rubrikrad, or two numbers that follow."""
    if any(len(line.cells) > 1 and is_header([c.text for c in line.cells]) for line in page.lines):
        return True
    return any(b == a + 1 for a, b in pairwise(numbers))


def _numbers(page: Page) -> list[int]:
    """The list numbers the page's lines start with, top to bottom."""
    found = []
    for line in page.lines:
        first = line.cells[0].text if len(line.cells) > 1 else line.text
        match = _NUMBER.fullmatch(first.strip())
        # "10 min" and "2 st dokument" under a title (Kungsbacka) are no numbers of the list:
        # taken for them, page 2's "4." did not follow "10" and the list ended on page 1.
        if match and not line.bold and not counts_or_lasts(first):
            found.append(int(match[1]))
    return found


def _lines(got: ReadPage) -> list[SeenLine]:
    if got.pieces is None:
        return _plain(got.text)
    lines = seen_lines(got.pieces)
    _mark_ruled(got.page, lines)
    return lines


def _without_controls(lines: list[SeenLine], page: int, report: ImportReport) -> list[SeenLine]:
    """The lines without control characters, each line that had one said in the report: a
    font's box or symbol drawn with code 0 (a form's tick box) is no text, and a text with
    it is refused as no text file."""
    kept = []
    for line in lines:
        found = count_controls(line.text)
        if found:
            for cell in line.cells:
                cell.text = " ".join(clean_controls(cell.text).split())
            line.cells = [cell for cell in line.cells if cell.text]
            if not line.cells:
                continue
            line.text = " ".join(cell.text for cell in line.cells)
            why = "tecken utan text (en ruta eller symbol) som inte kan skrivas ut"
            report.change(f"Sida {page}, rad {line.row}", f"{found} styrtecken togs bort", why)
        kept.append(line)
    return kept


def _plain(text: str) -> list[SeenLine]:
    """pypdf's text of a page as lines of one cell each, placed nowhere."""
    lines = [t.strip() for t in text.splitlines() if t.strip()]
    return [
        SeenLine([Cell(t, 0.0, 0.0)], y=-float(n), size=0.0, bold=False, row=n)
        for n, t in enumerate(lines, start=1)
    ]


def _mark_ruled(page, lines: list[SeenLine]) -> None:
    """Which lines a drawn rule (a table's border) sets apart from the line above."""
    from ksdesk.interchange.tjansteskrivelse_pdf_rules import horizontal_rules, mark_ruled

    if len(lines) > 1:
        mark_ruled(lines, horizontal_rules(page))  # type: ignore[arg-type]


def _said(
    pages: list[Page], count: int, reached: int, report: ImportReport, after: Page | None
) -> None:
    """The pages read into the list, in the report, and those that were not (`after`: the
    page after the list, when read)."""
    if not pages:
        return
    first, last = pages[0].number, pages[-1].number
    if first == last:
        report.read.append(f"sidan {first} av {count} i PDF-filen")
    elif first == 1:
        report.read.append(f"{last} av {count} sidor i PDF-filen")
    else:
        report.read.append(f"sidorna {first}–{last} av {count} i PDF-filen")
    if first > 1:
        report.warn(_pages(1, first - 1), "lästes inte in", "står före ärendelistan")
    if last < reached:
        why = "står efter ärendelistan: kallelsens handlingar"
        if after is not None and after.number == count and len(after.lines) <= _CLOSING_LINES:
            # The file's last page, a few lines (the signatures): no handlingar.
            why = "står efter ärendelistan: kallelsens sista sida, utan ärenden"
        report.warn(_pages(last + 1, count), "lästes inte in", why)
    elif last < count:
        why = f"läsningen slutade efter {BUDGET:.1f} sekunder".replace(".", ",")
        report.warn(_pages(last + 1, count), "lästes inte in", why)


def _pages(first: int, last: int) -> str:
    return f"Sida {first}" if first == last else f"Sidorna {first}–{last}"
