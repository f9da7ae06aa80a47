"""The search field of the main window (Ctrl+F or Ctrl+K): search every year as you type,
the hits in a list under the field, Enter or a double click opens the one chosen.

Arrow down moves from the field into the list, Escape closes it. The search itself runs on
the GUI thread: a query takes a few milliseconds even on ten years (bench/search.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from ksdesk.core.errors import InvalidInput

if TYPE_CHECKING:
    from ksdesk.core.search import Hit
    from ksdesk.ui.widgets.search_results import Results

TYPING_PAUSE_MS = 250
LIMIT = 30


def in_corner(box: QLineEdit, parent: QWidget) -> QWidget:
    """The field with a margin, for the right corner of the menu bar (none above and below:
    a taller corner makes the menu bar, and the window's least height, taller)."""
    holder = QWidget(parent)
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 10, 0)
    layout.addWidget(box)
    return holder


class SearchBox(QLineEdit):
    """`search(text)` returns the hits (or raises InvalidInput); `open_hit(hit)` opens one."""

    def __init__(
        self,
        window: QWidget,
        search: Callable[[str], list[Hit]],
        open_hit: Callable[[Hit], None],
    ) -> None:
        super().__init__(window)
        self.setObjectName("global_search_edit")
        self.setPlaceholderText("Sök i alla år (Ctrl+K)")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(260)
        self.setToolTip(
            "Sök i ärenden, paragrafer, delegationsbeslut, delegationspunkter och bilagor. "
            "Varje ord räcker som början på ett ord; ”citattecken” ger en fras."
        )
        self.search, self.open_hit, self.window_ = search, open_hit, window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TYPING_PAUSE_MS)
        self.timer.timeout.connect(self.run)
        self.textEdited.connect(lambda _t: self.timer.start())
        self.returnPressed.connect(self._enter)
        self._results: Results | None = None  # made by the first search
        for keys in ("Ctrl+K", "Ctrl+F"):
            shortcut = QShortcut(QKeySequence(keys), window, self.take_focus)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)

    @property
    def results(self) -> Results:
        if self._results is None:
            from ksdesk.ui.widgets.search_results import Results

            self._results = Results(self.window_, self)
        return self._results

    def _has_hits(self) -> bool:
        return self._results is not None and self._results.model.rowCount() > 0

    def take_focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self._has_hits():
            self.results.show_below(self)

    def run(self) -> None:
        self.timer.stop()
        try:
            hits = self.search(self.text())
        except InvalidInput as error:
            if not self.text().strip():
                if self._results is not None:
                    self._results.hide()
                return
            hits, message = [], str(error)
        else:
            message = f"{len(hits)} träffar" if len(hits) < LIMIT else f"De {LIMIT} bästa träffarna"
        self.results.show_hits(hits, message or "Inga träffar.")
        self.results.show_below(self)

    def _enter(self) -> None:
        if self.timer.isActive() or self._results is None or not self._results.isVisible():
            self.run()
        if self._has_hits():
            self.results.open_row(max(0, self.results.table.currentIndex().row()))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and self._has_hits():
            self.results.show_below(self)
            self.results.table.setFocus()
            self.results.table.selectRow(0)
            return
        if event.key() == Qt.Key.Key_Escape:
            if self._results is not None:
                self._results.hide()
            return
        super().keyPressEvent(event)
