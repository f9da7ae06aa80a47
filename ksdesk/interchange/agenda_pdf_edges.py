"""The running header and footer of a kallelse's PDF (agenda_pdf): a line at the top or foot
of two pages or more, digits aside ("Kallelse Kommunstyrelsen Sida 2 (3)", the footer with
the address), standing at one height on every page. It is the page's: reported for each
page it stands on, never read into the title it interrupts.

A page that pypdf read (its font unreadable to ksdesk's reader) gives its lines placed
nowhere, a header's parts on lines of their own ("KALLELSE Socialnämnden" over "2011-11-24
Sida 2 (2)"), the footer right under the header: there the parts of the other pages' header
lines are looked for, among its first lines too. Unrecognised, page 1's header was read as
the list's rubrikrad and the import refused."""

from __future__ import annotations

from collections import Counter

from ksdesk.core.import_report import ImportReport
from ksdesk.core.page_key import page_key
from ksdesk.interchange.agenda_pdf_lines import SeenLine
from ksdesk.interchange.agenda_pdf_pages import Page
from ksdesk.interchange.agenda_pdf_plain import row_value

_EDGE = 3  # lines at the top and at the foot of a page where a running header or footer stands
_SAME_HEIGHT = 3.0  # points: a running header stands at this height on every page, or near


def without_running(
    pages: list[Page], beside: list[Page], header: SeenLine | None, report: ImportReport
) -> None:
    """`pages` without their running header and footer lines, each reported; told on the
    pages `beside` them too (a list on one page has its header on the pages around it).
    The rubrikrad a table repeats at each page's head is the list's, said once there."""
    parts = any(not line.size for page in beside for line in page.lines)
    running = _running(beside, parts)
    running -= _keys(header, parts) if header is not None else set()
    for page in pages:
        kept = []
        for line in page.lines:
            cells = _keys(line, parts) - {page_key(line.text)}
            if page_key(line.text) in running or (cells and cells <= running):
                where = f"Sida {page.number}, rad {line.row}"
                report.drop(where, line.text, "sidhuvud eller sidfot")
            else:
                kept.append(line)
        page.lines = kept


def _keys(line: SeenLine, parts: bool) -> set[str]:
    """The line's shape, digits aside; and its cells' (`parts`: where pypdf read a page)."""
    keys = {page_key(line.text)}
    if parts and len(line.cells) > 1:
        keys |= {page_key(cell.text) for cell in line.cells}
    return keys


def _running(pages: list[Page], parts: bool) -> set[str]:
    """The shapes at the top or foot of two pages or more, at one height where placed (a Dnr
    alone at the foot of one page and the head of the next, "2018/212" and "2018/213", is
    the same shape but no footer)."""
    seen: Counter[str] = Counter()
    for page in pages:
        filled = [line for line in page.lines if line.text.strip()]
        placed = any(line.size for line in filled)
        # pypdf gives the footer under the header: its first lines are the edges' both.
        edges = filled[: _EDGE if placed else 2 * _EDGE] + filled[-_EDGE:]
        # Nor a height to tell a row's Dnr or time, last on the page ("Dnr 106-156/2013",
        # "09.20–09.40"), from a footer: alone there it is the row's.
        edges = [line for line in edges if placed or not row_value(line.text)]
        seen.update(set().union(*(_keys(line, parts) for line in edges)) if edges else set())
    shapes = {shape for shape, pages_with_it in seen.items() if pages_with_it >= 2}
    heights: dict[str, set[float]] = {}
    for page in pages:
        for line in page.lines:
            for key in _keys(line, parts) & shapes if line.size else ():
                heights.setdefault(key, set()).add(round(line.y / _SAME_HEIGHT))
    return {key for key in shapes if len(heights.get(key, ())) <= 1}
