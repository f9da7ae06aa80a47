"""What ksdesk's own reading of a PDF page (interchange.pdf_content_text) gives: the page's
text in its readings (PageText), and each piece of it as drawn, with its place on the page
and the instruction that draws it (DrawnPiece), so that a number found in the text can be
taken out of the content stream (interchange.pdf_number_removal) and its place marked
(interchange.pdf_removal_marks)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from ksdesk.interchange.pdf_fonts import Font
from ksdesk.interchange.pdf_matrix import Matrix


class TextSetting(NamedTuple):
    """The text state a string is drawn in: the matrix from text space to the page's (the
    text matrix times the CTM, at the string's start), the font size, the character and word
    spacing, the horizontal scaling (1 = 100 %) and the rise."""

    matrix: Matrix
    size: float
    char_spacing: float
    word_spacing: float
    scale: float
    rise: float


@dataclass
class PageText:
    text: str = ""  # in drawing order
    unreadable_fonts: set[str] = field(default_factory=set)
    images: int = 0  # image XObjects and inline images drawn on the page
    # Inline images drawn (BI … EI): the public copy makes every one it can an image object
    # (interchange.pdf_scrub), so one left is a picture Tesseract does not read.
    inline_images: int = 0
    picture_area: float = 0.0  # the largest image as drawn, in square points
    # The codes of the strings read as Latin-1, when that differs from the text: most fonts
    # draw a digit with its ASCII code, so a number shows here if the ToUnicode map lies.
    codes: str = ""
    layout: str = ""  # as seen: line by line, left to right (interchange.pdf_layout)
    # The text drawn invisible (render mode 3 or 7), in drawing order: on a scanned page it is
    # the scanner's OCR layer over the picture, with OCR's faults (core.personnummer_ocr).
    hidden: str = ""


@dataclass(slots=True)
class DrawnPiece:
    """A piece of a page's text as drawn: a string operand (instruction and, in a TJ array,
    element index; instruction None when it is drawn by a Form XObject and cannot be
    rewritten here) or a line break or gap between drawing operations (no codes). A string
    has its place on the page: where it starts and ends on its baseline, in user space, and
    its size there; `upright` when it runs left to right."""

    text: str
    instruction: int | None = None
    element: int | None = None
    data: bytes = b""  # the string as drawn
    font: Font | None = None  # the font it is drawn in
    x: float = 0.0
    y: float = 0.0
    end: float = 0.0
    size: float = 0.0  # 0: not drawn (a separator, a text of marked content)
    upright: bool = True
    hidden: bool = False  # drawn in an invisible render mode (Tr 3 or 7)

    # How the string is drawn (None: not a string): a gap the public copy leaves where it
    # takes characters out is as wide as they were, and a mark stands on it
    # (interchange.pdf_removal_marks).
    setting: TextSetting | None = None

    def code_runs(self, keep: list[bool]) -> list[tuple[bytes, str, bool]]:
        """(code, text, kept) of each character code of the string: a code is dropped when
        a character it draws is not kept."""
        assert self.font is not None
        codes = self.font.codes(self.data)
        chars = [index for index, (_code, text) in enumerate(codes) for _ in text]
        dropped = {chars[i] for i, kept in enumerate(keep) if not kept}
        return [(code, text, i not in dropped) for i, (code, text) in enumerate(codes)]
