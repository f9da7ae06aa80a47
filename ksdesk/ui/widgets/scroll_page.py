"""A page that sits in a scroll area (forms/*.ui: a QScrollArea with widgetResizable) so that
a short screen, a 1366 × 768 laptop at 150 %, scrolls it rather than squeezing its fields
and buttons into each other."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class ScrollPage(QWidget):
    def heightForWidth(self, width: int) -> int:
        """The least height the page needs at `width`. A scroll area sizes a page with a
        word-wrapping label by this, and Qt's own answer is the page's preferred height:
        a page that fits the window would get a scroll bar all the same."""
        layout = self.layout()
        if layout is None:
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)
