"""Which ärende and handling a page of a public packet belongs to, as the page itself says in
its running header: "Ärende 4 · Dnr 2020/437 · Bilaga 1".

The last check of a public copy refuses a file it will not let out, so the secretary cannot
open it to look at "sida 143": the refusal quotes the header of that page. ksdesk's own
pages carry the header at the top, and every page of a stored bilaga merged into the packet
gets the same words as a label above it (reports.packet_labels), so the words are the
topmost line of the page as it is seen."""

from __future__ import annotations

import io
import re

import pikepdf

from ksdesk.interchange.pdf_content_text import page_text
from ksdesk.interchange.pdf_layout import LINE_BREAK

_TOP_LINES = 3  # the header, or a label above a letterhead, is among the first lines
# The right-hand part of a running header: where in the packet the page is, in parts joined
# by " · " ("Ärende 4 · Dnr 2020/437 · Bilaga 1", "Kallelse 2020-12-07 · Offentlig
# version"). A page's own first line ("Bilaga till ärendet") is no header.
_HEADING = re.compile(r"(?:Ärende \d+|Kallelse|Protokoll)\b[^\n|·]*(?: · [^\n|·]*[^\n|·\s])+")


def page_headings(data: bytes, pages: set[int]) -> dict[int, str]:
    """The running header's words of each of `pages` (1-based) that has one; {} when the
    file cannot be read (the message then names the page alone)."""
    found: dict[int, str] = {}
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for number in sorted(pages):
                if 1 <= number <= len(pdf.pages):
                    heading = _heading(page_text(pdf.pages[number - 1]).layout)
                    if heading:
                        found[number] = heading
    except Exception:  # pikepdf's and qpdf's errors, a page that cannot be read
        return found
    return found


def _heading(layout: str) -> str:
    for line in layout.split(LINE_BREAK)[:_TOP_LINES]:
        match = _HEADING.search(line)
        if match:
            return " ".join(match.group().split())
    return ""


def paragraf_starts(data: bytes, headings: list[tuple[int, str]]) -> dict[int, int]:
    """The page (1-based) on which each § begins, as the page itself says: the § number
    alone on a line at the top ("§ 219") and, on the next line, what its heading prints
    under the number. `headings`: each § in the protokoll's order, as (its number, those
    words: "Dnr KS 2020/434", or its title when it has no Dnr). A § is taken as begun only
    after the one before it, and only with both lines: a line of a §'s own text that reads
    "§ 221" at the top of a page it runs on to begins nothing. {} when the file cannot be
    read (the caller then knows no page's §)."""
    begins: dict[int, int] = {}
    position = 0  # the first § of `headings` not yet begun
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                lines = page_text(page).layout.split(LINE_BREAK)[: _TOP_LINES + 1]
                lines = [" ".join(line.split()) for line in lines]
                for index in range(position, len(headings)):
                    if _begins(lines, *headings[index]):
                        begins[headings[index][0]] = number
                        position = index + 1
                        break
    except Exception:  # pikepdf's and qpdf's errors, a page that cannot be read
        return {}
    return begins


def _begins(lines: list[str], number: int, under: str) -> bool:
    """Whether the top `lines` of a page open § `number`, `under` on the line after it (a
    long title may wrap: that line is where the words begin)."""
    under = " ".join(under.split())
    return any(
        line == f"§ {number}" and (below := lines[index + 1]) and under.startswith(below)
        for index, line in enumerate(lines[:-1])
    )
