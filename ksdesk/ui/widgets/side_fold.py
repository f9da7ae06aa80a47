"""A pane at the side of a horizontal splitter that folds to a narrow strip. The Budget tab's
list of sheets and its check of the sums took 500 of the 880 logical pixels a 1366 × 768
laptop at 150 % leaves the tab, and the sheet between them showed three of a resultaträkning's
six columns. Folded, a pane keeps only its arrow (and what `kept` names: the check's mark
and count), and the width goes to the sheet; the arrow opens it again.

Open, a pane is never narrower than it is read at (the splitter takes a narrower window's
width from the sheet); dragged narrower, it snaps shut, and folds. Where the splitter was
left is what the pane is: a splitter the window remembered from the last session with the
pane narrower than that is a folded pane (`settle`, once the window is laid out), so
window_state's saved splitter says whether it was folded; the arrow opens it to the width it
had, or to the least it is read at."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QSplitter, QToolButton, QWidget

# QWIDGETSIZE_MAX: no maximum width.
UNLIMITED = (1 << 24) - 1


class SideFold(QObject):
    """Folds `pane`, the first or last part of `splitter`, to `toggle` and `kept` (children
    of it); `least` is the least width it is readable at when open."""

    def __init__(
        self,
        splitter: QSplitter,
        pane: QWidget,
        toggle: QToolButton,
        least: int,
        what: str,
        kept: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(pane)
        self.splitter, self.pane, self.toggle = splitter, pane, toggle
        self.kept, self.least, self.what = tuple(kept), least, what
        self.is_open = True
        self.opened_width = 0  # the pane's width when last open, to open it to again
        self._hidden: list[QWidget] = []  # what folding hid, shown again on opening
        self.first = splitter.indexOf(pane) == 0  # the left pane, else the right one
        # Until settled any width, so that a remembered folded splitter is restored as it was.
        pane.setMinimumWidth(self.strip_width())
        for widget in self.kept:
            widget.hide()
        toggle.setAutoRaise(True)
        toggle.clicked.connect(lambda: self._set_open(not self.is_open))
        self._show_arrow()
        splitter.splitterMoved.connect(lambda *_: self._check())

    def settle(self, *, remembered: bool) -> None:
        """Once the window is laid out: a pane the `remembered` splitter left narrower than
        it is read at is folded; else it is open and never narrower than that."""
        if self.is_open and remembered and self._width() < self.least:
            self.fold()
        else:
            self._hold(self.is_open)

    def widen(self, width: int) -> None:
        """At least `width` wide, when open, the sheet giving what it can (a tab first laid
        out in a small window had its check squeezed to the least it is read at)."""
        if self.is_open and self._width() < width:
            self._give(width)

    def _hold(self, opened: bool) -> None:
        """Open: at least readable, and snapping shut when dragged narrower; folded: the
        strip, which no drag takes away."""
        index = self.splitter.indexOf(self.pane)
        self.splitter.setCollapsible(index, opened)
        self.pane.setMinimumWidth(self.least if opened else self.strip_width())

    def strip_width(self) -> int:
        margins = self.pane.layout().contentsMargins()
        widths = [w.sizeHint().width() for w in (self.toggle, *self.kept)]
        return max(widths) + margins.left() + margins.right()

    def fold(self) -> None:
        self._set_open(False)

    def open(self) -> None:
        self._set_open(True)

    def _set_open(self, opened: bool) -> None:
        if opened == self.is_open:
            return
        self.is_open = opened
        if opened:
            for widget in self._hidden:
                widget.show()
            for widget in self.kept:
                widget.hide()
            self._hidden = []
            self.pane.setMaximumWidth(UNLIMITED)
            self.pane.layout().setAlignment(Qt.AlignmentFlag(0))
            wanted = max(self.opened_width, self.least)
        else:
            if self._width() >= self.least:
                self.opened_width = self._width()
            self._hidden = [
                w
                for w in self.pane.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                )
                if w.isVisibleTo(self.pane) and w is not self.toggle and w not in self.kept
            ]
            for widget in self._hidden:
                widget.hide()
            for widget in self.kept:
                widget.show()
            wanted = self.strip_width()
            self.pane.setMaximumWidth(wanted)
            self.pane.layout().setAlignment(Qt.AlignmentFlag.AlignTop)  # the arrow on top
        self._show_arrow()
        self._hold(opened)
        self._give(wanted)

    def _give(self, wanted: int) -> None:
        """The pane `wanted` wide; the part that stretches (the sheet) gives or takes the rest."""
        sizes = self.splitter.sizes()
        total, index = sum(sizes), self.splitter.indexOf(self.pane)
        if total <= 0:
            return
        stretch = next(
            (i for i in range(len(sizes)) if i != index and self._stretches(i)),
            1 if index != 1 else 0,
        )
        sizes[stretch] += sizes[index] - wanted
        sizes[index] = wanted
        if sizes[stretch] < 0:  # the window is too narrow: the others give too
            sizes[stretch] = 0
        self.splitter.setSizes(sizes)

    def _stretches(self, index: int) -> bool:
        policy = self.splitter.widget(index).sizePolicy()
        return policy.horizontalStretch() > 0

    def _show_arrow(self) -> None:
        # The arrow points where the pane goes: to its side when open, back out when folded.
        towards_side = self.is_open == self.first
        self.toggle.setArrowType(
            Qt.ArrowType.LeftArrow if towards_side else Qt.ArrowType.RightArrow
        )
        tip = f"Dölj {self.what}" if self.is_open else f"Visa {self.what}"
        self.toggle.setToolTip(tip)
        self.toggle.setAccessibleName(tip)

    def _check(self) -> None:
        """Folded when dragged shut (or narrower than it is read at)."""
        if self.is_open and self._width() < self.least:
            self.fold()

    def _width(self) -> int:
        """The pane's width as the splitter has it (a pane dragged shut keeps its old
        geometry, hidden)."""
        return self.splitter.sizes()[self.splitter.indexOf(self.pane)]
