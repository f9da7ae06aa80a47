"""Pages that sit in a scroll area (forms/*.ui: a QScrollArea with widgetResizable) so that
a short screen, a 1366 × 768 laptop at 150 %, scrolls them rather than squeezing their fields
and buttons into each other."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea, QWidget


class ScrollPage(QWidget):
    def heightForWidth(self, width: int) -> int:
        """The least height the page needs at `width`. A scroll area sizes a page with a
        word-wrapping label by this, and Qt's own answer is the page's preferred height:
        a page that fits the window would get a scroll bar all the same."""
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)


def see_through(scroll: QScrollArea) -> None:
    """The page shows the tab's own background, as it did outside a scroll area (a scroll
    area fills its page with the window colour, a shade darker than a tab's)."""
    scroll.viewport().setAutoFillBackground(False)
    page = scroll.widget()
    if page is not None:
        page.setAutoFillBackground(False)
