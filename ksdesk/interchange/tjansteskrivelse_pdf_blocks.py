"""A text PDF's lines (tjansteskrivelse_pdf_lines) as the blocks the tjänsteskrivelse reader
knows from Word (tjansteskrivelse_blocks): the page header, the body's paragraphs and tables,
the page footer.

What Word printed on every page is read once: the lines at the top or bottom of a page, set
off from the text by a wide gap or standing there, at one height, on more than one page, are
the page header and footer (on a later page the header ends at its last line that repeats or
is a page number: a paragraph below it, set off by a gap but standing on no other page, is
text; on the first page the header ends above where the text runs on the later pages when
the line it was taken to end at, set off by a gap, stands there and repeats on no other page:
a short paragraph or the title high on page 1 is text); a later page's copy of the first
page's (its page number aside) is left out, and a line that is only a page number ("Sida 2
av 3", "2 (3)") is counted in one report line.
A footer that is a table is read whole, however tall (tjansteskrivelse_pdf_tables), also
when no gap sets it off but its smaller letters (Kungsbacka's, under a full first page).
A paragraph the PDF broke over lines and pages is joined again (where it ends:
tjansteskrivelse_pdf_paragraphs), a word hyphenated
at the line's end whole again with a line in the report (tjansteskrivelse_pdf_hyphens); a
line whose strings stand apart in columns is a table row (one cell's lines kept together),
and a bold or larger line is a heading, as a bold or heading-styled paragraph is in Word."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ksdesk.core.import_report import ImportReport
from ksdesk.core.page_key import page_key
from ksdesk.interchange.tjansteskrivelse_blocks import Block, Line
from ksdesk.interchange.tjansteskrivelse_pdf_hyphens import Joined, join_broken, said
from ksdesk.interchange.tjansteskrivelse_pdf_lines import PdfLine
from ksdesk.interchange.tjansteskrivelse_pdf_paragraphs import continues, is_justified
from ksdesk.interchange.tjansteskrivelse_pdf_tables import grid_or_line, table, table_top

# Header and footer stand in these shares of the page's height, at the top and the bottom:
# Word's footer sits 1.25 cm up under a margin of 2.5 cm; a header may hold a logo's table.
_HEADER_ZONE = 0.2
_FOOTER_ZONE = 0.13
_FOOTER_TABLE_ZONE = 0.3  # a footer that is a table may reach this high (Katrineholm's: 23 %)
_PART_GAP = 2.5  # a gap of this many sizes sets header or footer off from the text
_SAME_HEIGHT = 1.0  # points: a running header's line stands this near its copy on each page
_ABOVE_TEXT = 0.5  # sizes: a first page's line this far above the later pages' text top is over it
_HEADING_MAX = 100  # as in Word: a longer bold line is a bold sentence
# "2", "Sida 1 av 2", "1 (2)", "- 3 -"; a bare number of four digits is a year ("2025", the
# last word of a title that wraps), never a tjänsteskrivelse's page.
_PAGE_NUMBER = re.compile(
    r"^(sida\s+)?(\d{1,3}|\d+\s*(\(\s*\d+\s*\)|av\s+\d+|/\s*\d+))$|^[-–]\s*\d+\s*[-–]$", re.I
)
_ENDS_PAGED = re.compile(r"(\b(sida|sid\.?)\s+\d+\s*(/|av)\s*\d+|\b\d+\s*\(\s*\d+\s*\))$", re.I)
Split = tuple[list[PdfLine], list[PdfLine], list[PdfLine]]  # a page's header, text, footer


@dataclass
class PdfParts:
    headers: list[Block] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    footers: list[Block] = field(default_factory=list)


def pdf_blocks(pages: list[list[PdfLine]], report: ImportReport) -> PdfParts:
    parts = PdfParts()
    body: list[PdfLine] = []
    seen: set[str] = set()
    numbers: list[int] = []
    repeated: list[int] = []
    broken: list[tuple[int, Joined]] = []  # the words whose line-end hyphen went, by page
    running = _running_texts(pages)
    split = [_split_page(lines, running) for lines in pages]
    if split and pages[0] and pages[0][0].page == 1:
        split[0] = _first_page(pages[0], split[0], _body_top(split[1:]), running)
    for lines, (top, middle, bottom) in zip(pages, split, strict=True):
        for zone, into, name in (
            (top, parts.headers, "Sidhuvud"),
            (bottom, parts.footers, "Sidfot"),
        ):
            kept = [line for line in zone if not _PAGE_NUMBER.match(line.text)]
            numbers += [line.page for line in zone if line not in kept]
            shape = "\n".join(page_key(line.text) for line in kept)
            if not kept:
                continue
            if shape in seen:  # a later page's copy, page number aside: read once
                repeated.append(lines[0].page)
                continue
            seen.add(shape)
            where = name if lines[0].page == 1 else f"{name}, sida {lines[0].page}"
            into += _to_blocks(kept, where, _body_size(kept), broken)
        body += middle
    parts.blocks = _to_blocks(body, "", _body_size(body), broken)
    _say(report, numbers, repeated)
    _say_broken(report, broken)
    return parts


def _say(report: ImportReport, numbers: list[int], repeated: list[int]) -> None:
    if numbers:
        on = len(set(numbers))
        report.drop(
            "Sidnummer", f"på {on} sidor" if on > 1 else "på sidan", "ksdesk numrerar sidorna själv"
        )
    if repeated:
        pages = sorted(set(repeated))
        report.drop(
            "Sidhuvud och sidfot",
            f"på sida {pages[0]}" + (f"–{pages[-1]}" if len(pages) > 1 else ""),
            "samma sidhuvud eller sidfot som på en sida före: läst en gång",
        )


def _say_broken(report: ImportReport, broken: list[tuple[int, Joined]]) -> None:
    """A line for each word whose hyphen went: the PDF cannot tell a typed hyphen."""
    for page, joined in broken:
        report.change(f"Sida {page}", joined.broken, said(joined))


def _running_texts(pages: list[list[PdfLine]]) -> set[str]:
    """The texts standing at a page's top or bottom on more than one page, at the same
    height (`_placed`): where Word prints its header and footer on every page. A heading at
    the top of one page and its line in the contents at the top of another are not one."""
    places: dict[str, list[tuple[int, float]]] = {}
    for lines in pages:
        for line in lines:
            if _in_margin(line):
                places.setdefault(page_key(line.text), []).append((line.page, line.y))
    return {
        f"{text}@{round(y)}"
        for text, seen in places.items()
        for page, y in seen
        if any(other != page and abs(y - at) <= _SAME_HEIGHT for other, at in seen)
    }


def _placed(line: PdfLine) -> list[str]:
    return [f"{page_key(line.text)}@{round(line.y) + step}" for step in (-1, 0, 1)]


def _in_margin(line: PdfLine) -> bool:
    height = line.page_height
    return not _FOOTER_ZONE * height < line.y < (1 - _HEADER_ZONE) * height


def _split_page(lines: list[PdfLine], running: set[str]) -> Split:
    """The page's header lines, text lines and footer lines. A page whose text is short
    (the last page) has no header but what repeats: its lines above a wide gap are text."""
    end = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not _in_zone(line, running) or line.y > line.page_height / 2:
            break
        previous = lines[index - 1] if index > 0 else None
        if _page_part(line, previous, running):
            end = index
    end = _smaller_footer(lines, table_top(lines, end, _FOOTER_TABLE_ZONE))
    start = 0
    for index, line in enumerate(lines[:end]):  # down to the last wide gap in its zone
        if not _in_zone(line, running) or line.y < line.page_height / 2:
            break
        following = lines[index + 1] if index + 1 < end else None
        repeats = _repeats(line, running)
        if repeats or (following is not None and _page_part(line, following, running)):
            start = index + 1
    if lines and lines[0].page > 1:  # a later page's header is what repeats; below it, text
        start = max(
            (at + 1 for at in range(start) if _repeats(lines[at], running) or _paged(lines[at])),
            default=0,
        )
    return lines[:start], lines[start:end], lines[end:]


def _smaller_footer(lines: list[PdfLine], end: int) -> int:
    """Where a footer table set smaller than the text begins when no gap sets it off (a
    tall first-page footer, the handläggare over the kommun's address in cells, right under
    a full page's last line): the lines in the footer's zone above `end`, each smaller than
    the page's text and one of them in columns."""
    size = _body_size(lines)
    start = end
    while start > 0:
        line = lines[start - 1]
        if line.y > _FOOTER_TABLE_ZONE * line.page_height or line.size >= size - 0.5:
            break
        start -= 1
    in_columns = any(len(line.cells) > 1 for line in lines[start:end])
    return start if start < end and in_columns and _in_margin(lines[start]) else end


def _body_top(later: list[Split]) -> float | None:
    """How high the text runs on the pages after the first: its highest first line (the top
    margin, below any running header); None for a document of one page."""
    tops = [middle[0].y for _top, middle, _bottom in later if middle]
    return max(tops) if tops else None


def _first_page(
    lines: list[PdfLine], split: Split, body_top: float | None, running: set[str]
) -> Split:
    """The first page's parts, its header ending above where the text runs on the later pages
    when the line the header was taken to end at stands there and repeats on no other page:
    a short paragraph (or the title) high on the page, set off by a wide gap below, is text.
    Word's first-page header is printed in the top margin; the text begins under it."""
    top, middle, bottom = split
    if body_top is None or not top or _repeats(last := top[-1], running):
        return split
    if last.y > body_top + _ABOVE_TEXT * last.size:
        return split  # above the text's top on the later pages: in the margin, the header's
    start = max(
        (at + 1 for at, line in enumerate(top) if _repeats(line, running)
         or line.y > body_top + _ABOVE_TEXT * line.size),
        default=0,
    )  # fmt: skip
    return top[:start], top[start:] + middle, bottom


def _paged(line: PdfLine) -> bool:
    """A line in the margin that ends with the page's number ("FÖRVALTNING DNR BUN SID 2/2",
    "Datum Vår beteckning 2 (2)"): the header's, though its number makes it no copy."""
    return _in_margin(line) and bool(_ENDS_PAGED.search(" ".join(line.text.split())))


def _repeats(line: PdfLine, running: set[str]) -> bool:
    return any(key in running for key in _placed(line)) or bool(_PAGE_NUMBER.match(line.text))


def _in_zone(line: PdfLine, running: set[str]) -> bool:
    """Whether `line` may be header or footer: in the page's margin, or repeated or a page
    number below a header taller than the zone ("Sida 2 (2)" under Katrineholm's table)."""
    return _in_margin(line) or _repeats(line, running)


def _page_part(line: PdfLine, beside: PdfLine | None, running: set[str]) -> bool:
    """Whether `line` is header or footer: repeated, a page number, or set off from the text
    `beside` it by a wide gap."""
    if _repeats(line, running) or beside is None:
        return True
    return abs(line.y - beside.y) > _PART_GAP * max(line.size, beside.size)


def _body_size(lines: list[PdfLine]) -> float:
    """The running text's size: the commonest of the plain prose lines' letters (a table's
    rows, often set smaller, outweigh a short document's few paragraphs, which were then
    read as larger than the text and so as headings); of every line where there is none."""
    prose = [line for line in lines if len(line.cells) == 1 and not line.bold]
    sizes = [line.size for line in prose or lines for _ in line.text]
    return max(set(sizes), key=sizes.count) if sizes else 0.0


def _to_blocks(
    lines: list[PdfLine], where: str, size: float, broken: list[tuple[int, Joined]]
) -> list[Block]:
    blocks: list[Block] = []
    right = max((line.end for line in lines if len(line.cells) == 1), default=0.0)
    justified = is_justified(lines, right)
    index = 0
    while index < len(lines):
        line = lines[index]
        place = where or f"Sida {line.page}"
        if len(line.cells) > 1:
            rows, index = table(lines, index, broken)
            blocks.append(grid_or_line(rows, place))
            continue
        paragraph = [line]
        while index + 1 < len(lines) and continues(paragraph, lines[index + 1], right, justified):
            index += 1
            paragraph.append(lines[index])
        blocks.append(_as_line(paragraph, place, size, broken))
        index += 1
    return blocks


def _as_line(
    paragraph: list[PdfLine], where: str, size: float, broken: list[tuple[int, Joined]]
) -> Line:
    text = ""
    for line in paragraph:
        joined = join_broken(text, line.text)
        text = joined.text
        broken += [(line.page, joined)] if joined.broken else []
    first = paragraph[0]
    larger = size > 0 and first.size >= size + 1
    bold = first.bold and len(text) <= _HEADING_MAX and not text.endswith(".")
    return Line(
        text=text,
        where=where,
        heading=(bold or (larger and len(text) <= _HEADING_MAX)) and len(paragraph) <= 2,
        title_style=size > 0 and first.size >= size * 1.25,
        lead=first.lead,
    )
