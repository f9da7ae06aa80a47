"""Where a paragraph of a text PDF ends (tjansteskrivelse_pdf_blocks joins its lines): a
line goes on with the one above when it has the same font, stands close below it (or at the
top of the next page), is no list item, and its first word would not have fitted on the line
above. In justified text every line of a paragraph but its last reaches the right margin, so
a line that stops short ends its paragraph, also at the foot of a page."""

from __future__ import annotations

import re

from ksdesk.interchange.tjansteskrivelse_pdf_lines import PdfLine

_PARAGRAPH_GAP = 1.45  # lines further apart than this many sizes are two paragraphs
_AT_MARGIN = 0.15  # sizes: a line ending this near the right margin reaches it
_FIT_SLACK = 0.25  # sizes: how near the margin a guessed word's end counts as not fitting
_JUSTIFIED_SHARE = 0.4  # text is justified when this share of its lines reach the margin
_MARKER = re.compile(r"^([-–•\u2022\uf0b7*]|\d+[.)]|[a-z][.)])\s")


def is_justified(lines: list[PdfLine], right: float) -> bool:
    """Whether the text is justified: most of its lines reach the right margin."""
    of_text = [line for line in lines if len(line.cells) == 1 and len(line.text) > 20]
    full = [line for line in of_text if _reaches(line, right)]
    return len(full) >= 3 and len(full) >= _JUSTIFIED_SHARE * len(of_text)


def _reaches(line: PdfLine, right: float) -> bool:
    return line.end >= right - _AT_MARGIN * line.size


def _ends_justified(paragraph: list[PdfLine], right: float) -> bool:
    """Whether the paragraph's lines reach the right margin but for its last."""
    *above, line = paragraph
    return bool(above) and not _reaches(line, right) and all(_reaches(a, right) for a in above)


def continues(paragraph: list[PdfLine], following: PdfLine, right: float, justified: bool) -> bool:
    """Whether `following` goes on with the `paragraph` whose last line is `line`: the same
    font, close below (or at the top of the next page), and its first word would not have
    fitted on `line`. In justified text every line of a paragraph but its last reaches the
    right margin: where the lines above did, one that stops short (not at a hyphen) ends
    the paragraph, also at the foot of a page."""
    line = paragraph[-1]
    if _ends_justified(paragraph, right) and justified and not line.text.endswith("-"):
        return False
    if len(following.cells) > 1 or following.bold != line.bold or following.size != line.size:
        return False
    if _MARKER.match(following.text):
        return False
    if following.page == line.page and line.y - following.y > _PARAGRAPH_GAP * line.size:
        return False
    if _wrapped_heading(line, following):
        return True
    first_word = following.text.split()[0]
    per_char = (following.end - following.x) / max(len(following.text), 1)
    # The word's width is guessed from the line's mean letter: "som" came out 0.6 pt short
    # of the margin where the print had not fitted it, so between lines flush at one left
    # edge a word that only just fits by the guess is taken as one that did not (centred
    # lines, "SKARPÖBORGS …" over "UTAN …", start at edges of their own: no such leeway).
    flush = abs(following.x - line.x) < 0.5 * line.size
    slack = _FIT_SLACK * line.size if flush else 0.0
    return line.end + (len(first_word) + 1) * per_char > right - slack


def _wrapped_heading(line: PdfLine, following: PdfLine) -> bool:
    """ "1.1 Hälsofrämjande: … förutsättningar för god" over "hälsa", both bold: a heading
    goes on where the next line in its font starts in lower case (a heading of its own
    never does), whatever the guess of its first word's width says."""
    return (
        line.bold
        and following.text[:1].islower()
        and not line.text.rstrip().endswith((".", ":", "?", "!"))
    )
