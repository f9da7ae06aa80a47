"""Taking the digits of personnummer out of the strings a PDF's pages draw (never a box drawn
over them alone: the digits would still be in the file; the box drawn on the gap they leave
only shows that something was taken out, interchange.pdf_removal_marks), wherever a number
is read: in drawing order, as the page is seen (its parts drawn apart, interchange.pdf_layout),
and across a page break, the first part at the foot of one page and the rest at the head of
the next (interchange.pdf_page_seams). What a Form XObject draws cannot be rewritten here; the
caller reads the pages again and reports a page where a number is still found."""

from __future__ import annotations

from collections.abc import Callable

import pikepdf

from ksdesk.core.personnummer import find_personnummer
from ksdesk.interchange import pdf_layout, pdf_page_seams, pdf_removal_marks
from ksdesk.interchange.pdf_content_text import drawn_strings
from ksdesk.interchange.pdf_drawn import DrawnPiece
from ksdesk.interchange.pdf_layout import Where

# The two readings of a page, and the line break of each: drawing order, then as seen.
_LINE_BREAKS = ("\n", pdf_layout.LINE_BREAK)


class _Page:
    """A page's drawn strings, its readings with where each character is drawn, and the
    characters of each string to take out."""

    def __init__(self, page: pikepdf.Page) -> None:
        self.page = page
        self.instructions = list(pikepdf.parse_content_stream(page))
        self.drawn: list[DrawnPiece] = drawn_strings(self.instructions, page.obj.get("/Resources"))
        in_order: list[Where] = [
            (index, k) for index, piece in enumerate(self.drawn) for k in range(len(piece.text))
        ]
        self.readings: list[tuple[str, list[Where]]] = [
            ("".join(piece.text for piece in self.drawn), in_order),
            pdf_layout.reading_order(self.drawn, mapped=True),
        ]
        self.doomed: dict[int, set[int]] = {}

    def doom(self, reading: int, position: int) -> None:
        where = self.readings[reading][1][position]
        if where is not None:
            self.doomed.setdefault(where[0], set()).add(where[1])

    def rewrite(self, pdf: pikepdf.Pdf) -> None:
        """The page's content without the doomed characters, a marked gap where they stood
        (interchange.pdf_removal_marks)."""
        if not self.doomed:
            return
        cuts: dict[int, pdf_removal_marks.Cuts] = {}
        for index, chars in self.doomed.items():
            piece = self.drawn[index]
            if piece.instruction is not None:
                keep = [k not in chars for k in range(len(piece.text))]
                cuts.setdefault(piece.instruction, {})[piece.element] = (piece, keep)
        tagged = "/StructTreeRoot" in pdf.Root
        contents = pdf_removal_marks.rewritten(self.instructions, cuts, tagged)
        self.page.obj.Contents = pdf.make_stream(contents)


def remove(pdf: pikepdf.Pdf, numbers: frozenset[str]) -> None:
    """Take the digits of each personnummer in `numbers` (twelve digits) out of the strings
    that draw them on every page of `pdf`."""
    pages = [_Page(page) for page in pdf.pages]
    for reading, line_break in enumerate(_LINE_BREAKS):
        for page in pages:
            text = page.readings[reading][0]
            for hit in find_personnummer(text):
                if hit.normalized in numbers:
                    for i in range(hit.start, hit.end):
                        # A digit in any form, a letter typed or misread for one ("8ll2l8")
                        # and the hyphen: one mark over the whole number.
                        if not text[i].isspace():
                            page.doom(reading, i)
        texts = [page.readings[reading][0] for page in pages]
        for n, position in pdf_page_seams.digits_across(texts, line_break, numbers):
            pages[n].doom(reading, position)
    for page in pages:
        page.rewrite(pdf)


def remove_spans(pdf: pikepdf.Pdf, find: Callable[[str], list[tuple[int, int]]]) -> None:
    """Take what each span `find` gives in a page's text (either reading) draws, but its
    spaces, out of the strings that draw it: a private person's contact data decided
    "maskera" (core.contact_data), marks and all (a lone "-" or ".@." only puzzles)."""
    pages = [_Page(page) for page in pdf.pages]
    for reading in range(len(_LINE_BREAKS)):
        for page in pages:
            text = page.readings[reading][0]
            for start, end in find(text):
                for i in range(start, end):
                    if not text[i].isspace():
                        page.doom(reading, i)
    for page in pages:
        page.rewrite(pdf)
