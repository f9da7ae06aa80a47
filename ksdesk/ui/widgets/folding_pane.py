"""A pane at the foot of a vertical splitter that folds to its heading line. The Delegation
tab's list of findings took a quarter of the height under the points: on a 1366 × 768 laptop
at 150 % some 100 pixels, as much as the points table had. Folded, the pane keeps its heading
("Kontroller – 9 fel, 7 övriga", its buttons) and an arrow that opens it again; the rows of
the list then go to the part above.

Where the splitter is, is what the pane is: a pane given less than its heading and two rows
of its list (at the first show on a short window, a drag of the handle, a splitter position
the window remembered from the last session) folds, so window_state's saved splitter says
whether it was folded; the arrow opens it to the height it had, or a third of the splitter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLayout, QSplitter, QToolButton, QWidget

# QWIDGETSIZE_MAX: no maximum height.
UNLIMITED = (1 << 24) - 1


class FoldingPane(QObject):
    """Folds `pane`, the last part of `splitter`, to `heading` (a row of its layout), hiding
    `body` (a list); `toggle` folds and opens it."""

    def __init__(
        self,
        splitter: QSplitter,
        pane: QWidget,
        heading: QLayout,
        body: QAbstractItemView,
        toggle: QToolButton,
    ) -> None:
        super().__init__(pane)
        self.splitter, self.pane, self.heading, self.body = splitter, pane, heading, body
        self.toggle = toggle
        self.is_open = True
        self.opened_height = 0  # the pane's height when last open, to open it to again
        self._watching = False  # from the first show on: before it, the heights are not yet
        splitter.setCollapsible(splitter.indexOf(pane), False)  # the heading stays in sight
        # Any height: a pane dragged below two rows folds (else the list's minimum held it).
        body.setMinimumHeight(1)
        # Not checkable: a checked tool button is drawn pressed in, a box around the arrow.
        toggle.clicked.connect(lambda: self._set_open(not self.is_open))
        self._show_arrow()
        splitter.splitterMoved.connect(lambda *_: self._check())
        pane.installEventFilter(self)

    def heading_height(self) -> int:
        margins = self.pane.layout().contentsMargins()
        return self.heading.sizeHint().height() + margins.top() + margins.bottom()

    def least_open_height(self) -> int:
        """Its heading, the list's header and two of its rows."""
        rows = 2 * self.body.verticalHeader().defaultSectionSize()
        header = getattr(self.body, "horizontalHeader", lambda: None)()
        spacing = max(self.pane.layout().spacing(), 0)
        head = header.sizeHint().height() if header is not None else 0
        return self.heading_height() + spacing + head + rows

    def fold(self) -> None:
        self._set_open(False)

    def open(self) -> None:
        self._set_open(True)

    def _set_open(self, opened: bool) -> None:
        if opened == self.is_open:
            return
        self.is_open = opened
        self._show_arrow()
        sizes = self.splitter.sizes()
        total, index = sum(sizes), self.splitter.indexOf(self.pane)
        if opened:
            self.body.show()
            self.pane.setMaximumHeight(UNLIMITED)
            wanted = max(self.opened_height, total // 3, self.least_open_height())
        else:
            if self.pane.height() >= self.least_open_height():
                self.opened_height = self.pane.height()
            self.body.hide()
            wanted = self.heading_height()
            self.pane.setMaximumHeight(wanted)
        if total > 0:
            sizes[index] = wanted
            rest = [i for i in range(len(sizes)) if i != index]
            sizes[rest[-1]] = total - sum(sizes[i] for i in rest[:-1]) - wanted
            self.splitter.setSizes(sizes)

    def _show_arrow(self) -> None:
        opened = self.is_open
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)
        tip = "Dölj listan (raden med antalet står kvar)" if opened else "Visa listan"
        self.toggle.setToolTip(tip)

    def _check(self) -> None:
        """Folded when given too little height to show its list."""
        if self.is_open and 0 < self.pane.height() < self.least_open_height():
            self.fold()

    def _first_check(self) -> None:
        self._watching = True
        self._check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.pane:
            if event.type() == QEvent.Type.Show and not self._watching:
                # Once the window is laid out: the first layout passes give passing heights.
                QTimer.singleShot(0, self._first_check)
            elif event.type() == QEvent.Type.Resize and self._watching:
                self._check()
        return False
