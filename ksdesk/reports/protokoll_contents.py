"""The protokoll's list of §§ after its first page ("Innehåll": §, ärende, Dnr and the page
each § begins on), as kommuner print a long protokoll.

The page numbers are known only once the document is laid out, so a protokoll with a list is
laid out twice: the first time the list is drawn without numbers and each § notes the page it
begins on (`PageMark`); the second time the list has them. Both layouts are the same page for
page, since a page number is one line in a column of its own and never makes a row taller."""

from __future__ import annotations

from collections.abc import Hashable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from ksdesk.core.protokoll_text import CONTENTS_HEADER, CONTENTS_HEADING
from ksdesk.reports.base import RULE_GREY, SANS, SANS_BOLD, available_width
from ksdesk.reports.printable import escape

PAGE_LABEL = "Sida"
_WIDTHS = (16 * mm, 34 * mm, 14 * mm)  # §, Dnr, Sida; Ärende takes the rest


class PageMark(Flowable):
    """Draws nothing; notes in `pages` the page it lands on, under `key`."""

    def __init__(self, key: Hashable, pages: dict) -> None:
        super().__init__()
        self.key, self.pages = key, pages

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages[self.key] = self.canv.getPageNumber()


def contents_story(
    rows: list[tuple[str, str, str]], numbers: list[int], pages: dict[int, int], styles
) -> list[Flowable]:
    """A page break and the list: one row per § (`rows` from core.protokoll_text, `numbers`
    their § numbers), with the page `pages` gives each (none yet in the first layout)."""
    label, title, dnr = CONTENTS_HEADER
    cells = [[label, title, dnr, PAGE_LABEL]]
    for (nr_label, text, dnr_text), number in zip(rows, numbers, strict=True):
        page = pages.get(number)
        cells.append(
            [
                Paragraph(escape(nr_label), styles["Cell"]),
                Paragraph(escape(text), styles["Cell"]),
                Paragraph(escape(dnr_text), styles["Cell"]),
                str(page) if page else "",
            ]
        )
    widths = [_WIDTHS[0], available_width() - sum(_WIDTHS), _WIDTHS[1], _WIDTHS[2]]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 9),
                ("FONT", (0, 0), (-1, 0), SANS_BOLD, 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE_GREY),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE_GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return [PageBreak(), Paragraph(escape(CONTENTS_HEADING), styles["H2"]), table]
