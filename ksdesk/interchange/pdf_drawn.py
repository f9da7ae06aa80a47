"""What ksdesk's own reading of a PDF page (interchange.pdf_content_text) gives: the page's
text in its readings (PageText), and each piece of it as drawn, with its place on the page
and the instruction that draws it (DrawnPiece), so that a number found in the text can be
taken out of the content stream (interchange.pdf_public.remove_numbers)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pikepdf

from ksdesk.interchange.pdf_fonts import Font


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

    def drop(self, instructions: list, keep: list[bool]) -> None:
        """Rewrite the string without the codes of the characters not kept."""
        assert self.font is not None
        codes = self.font.codes(self.data)
        chars = [index for index, (_code, text) in enumerate(codes) for _ in text]
        dropped = {chars[i] for i, kept in enumerate(keep) if not kept}
        data = b"".join(code for i, (code, _text) in enumerate(codes) if i not in dropped)
        assert self.instruction is not None
        old = instructions[self.instruction]
        operands = list(old.operands)
        if self.element is None:
            operands[-1] = pikepdf.String(data)
        else:
            array = [element for element in operands[0]]
            array[self.element] = pikepdf.String(data)
            operands[0] = pikepdf.Array(array)
        instructions[self.instruction] = pikepdf.ContentStreamInstruction(operands, old.operator)
