"""The widths of the budget sheet's columns: each as wide as its cells (a figure is never cut),
long headers wrapped to fit, and the columns of text (the labels, the demo's "Verksamhets-
förändring volymbaserat") giving way where the table is narrower than its columns. On a
1366 × 768 laptop at 150 % a resultaträkning's labels ("Årets resultat efter
balanskravsjusteringar") took half the sheet and pushed its last years behind a sideways
scroll bar; now the texts wrap, down to their widest word, and the figures show."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QTableView

from ksdesk.core.budget import Sheet
from ksdesk.ui.widgets.column_fit import widest_word

MOST = 320  # no column wider than this, a long header or label wraps
MEASURED_ROWS = 100  # the widest word looked for in the first rows only


class SheetColumns(QObject):
    """Fits the columns of `table` (a sheet's view) to the sheet shown, and its columns of
    text to the table's width (`give_way`, which the page calls at each resize: an event
    filter on the view's viewport was called while the view was being destroyed)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        # The columns of text that may wrap: their (natural, least) widths.
        self.texts: dict[int, tuple[int, int]] = {}
        # Again once laid out: the view's width when the page is resized is not yet its
        # viewport's (a sheet fitted while the window was built kept its texts squeezed).
        self.again = QTimer(self)
        self.again.setSingleShot(True)
        self.again.timeout.connect(self.give_way)

    def fit(self, sheet: Sheet | None) -> None:
        """Columns as wide as their cells, long headers wrapped to fit."""
        table = self.table
        header = table.horizontalHeader()
        metrics = header.fontMetrics()
        tallest = 0
        self.texts = {}
        for c, column in enumerate(sheet.columns if sheet else []):
            words = [metrics.horizontalAdvance(w) + 16 for w in column.header.split()]
            # An amount column as wide as a figure of seven digits at least; a Not column or
            # a code as its own ("3A"), not an amount's width beside a narrow window.
            least = 70 if column.is_numeric else 36
            width = min(max([table.sizeHintForColumn(c), least, *words]), MOST)
            table.setColumnWidth(c, width)
            if not column.is_numeric:
                # Bold sums are a tenth wider than the words measured in the view's font.
                word = widest_word(table, c, MEASURED_ROWS) * 11 // 10
                self.texts[c] = (width, min(width, max(word, least, *words)))
            flags = int(Qt.TextFlag.TextWordWrap)
            tallest = max(
                tallest, metrics.boundingRect(0, 0, width - 8, 1000, flags, column.header).height()
            )
        header.setFixedHeight(max(metrics.height() + 8, tallest + 10))
        self.resized()

    def resized(self) -> None:
        self.give_way()
        self.again.start(0)

    def give_way(self) -> None:
        """The columns of text as wide as the table leaves them, each between its widest
        word and its natural width: what is short is taken from each in proportion to what
        it can give."""
        table = self.table
        room = table.viewport().width()
        if not self.texts or room <= 0:
            return
        others = sum(
            table.columnWidth(c) for c in range(table.model().columnCount()) if c not in self.texts
        )
        short = others + sum(natural for natural, _ in self.texts.values()) - room
        can_give = sum(natural - least for natural, least in self.texts.values())
        share = min(1.0, max(0, short) / can_give) if can_give else 0.0
        for c, (natural, least) in self.texts.items():
            width = natural - int((natural - least) * share)
            if width != table.columnWidth(c):
                table.setColumnWidth(c, width)

    def needed_width(self, *, wrapped: bool = False) -> int:
        """The width the table needs to show every column without a sideways scroll bar, the
        labels on a line each (`wrapped`: wrapped down to their widest word)."""
        table = self.table
        columns = range(table.model().columnCount())
        widths = sum(table.columnWidth(c) for c in columns)
        for c, widths_of in self.texts.items():
            widths += widths_of[1 if wrapped else 0] - table.columnWidth(c)
        scroll_bar = table.verticalScrollBar().sizeHint().width()
        return widths + table.verticalHeader().width() + scroll_bar + 2 * table.frameWidth()
