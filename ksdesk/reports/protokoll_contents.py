"""The protokoll's list of §§ after its first page ("Innehåll": §, ärende, Dnr and the page
each § begins on), as kommuner print a long protokoll.

The page a § begins on is known only once the layout has reached it, after the list is drawn.
So each § notes the page it lands on (`PageMark`), and each row's page number (`PageNumber`)
is drawn in its place when the document is saved (base.numbered_canvas's `later`), as "Sida X
av Y" is: one layout, not two. In the page's text (its drawing order) the numbers therefore
come after the rows; the printed page shows each beside its row."""

from __future__ import annotations

from collections.abc import Hashable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ksdesk.core.protokoll_contents import CONTENTS_HEADER, CONTENTS_HEADING, ContentsRow
from ksdesk.reports.base import RULE_GREY, available_width
from ksdesk.reports.fonts import SANS, SANS_BOLD
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


class PageNumber(Flowable):
    """The page `pages` will hold for `key`, right-aligned, drawn once the document is done."""

    def __init__(self, key: int, pages: dict[int, int], font: str, size: float) -> None:
        super().__init__()
        self.key, self.pages, self.font, self.size = key, pages, font, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.size * 1.2

    def draw(self) -> None:
        # Its baseline on the Cell paragraphs' baseline beside it (leading 11.5 at 9 pt).
        x, y = self.canv.absolutePosition(self.width, self.size * 0.2)

        def number(canvas) -> None:
            canvas.setFont(self.font, self.size)
            canvas.setFillColor(colors.black)
            canvas.drawRightString(x, y, str(self.pages.get(self.key, "")))

        self.canv.later(number)


def contents_story(rows: list[ContentsRow], pages: dict[int, int], styles) -> list[Flowable]:
    """The list, on a page of its own: one row per § (`rows` from core.protokoll_text), with
    the page each begins on, which its `PageMark` puts in `pages`."""
    label, title, dnr = CONTENTS_HEADER
    cells: list[list] = [[label, title, dnr, PAGE_LABEL]]
    for row in rows:
        cells.append(
            [
                Paragraph(escape(row.label), styles["Cell"]),
                Paragraph(escape(row.title), styles["Cell"]),
                Paragraph(escape(row.dnr), styles["Cell"]),
                PageNumber(row.nr, pages, SANS, 9),
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
    return [Paragraph(escape(CONTENTS_HEADING), styles["H2"]), table]
