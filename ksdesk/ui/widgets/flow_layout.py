"""A row of buttons that wraps onto a second line when the window is narrow. A button row laid
out by a QHBoxLayout is as wide as all its buttons side by side, and the window can never be
narrower than its widest row: on a 1366 × 768 laptop at 150 % (910 logical pixels) the
Kallelse toolbar alone would push the window off the screen. Where the row fits, it looks as
the QHBoxLayout did (a stretch still pushes the buttons after it to the right); where it does
not, the buttons that do not fit go on the next line.

Designer has no such layout, so the forms keep their QHBoxLayout and `wrap_row` swaps it for a
FlowLayout holding the same widgets when the page is built."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        # The stretch factors the row this replaces gave its items (addStretch: 1).
        self._stretch: dict[int, int] = {}
        # The height its lines took at the width it was last given (see minimumSize).
        self._laid_out_height = 0

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add_with_stretch(self, item: QLayoutItem, stretch: int) -> None:
        self._stretch[id(item)] = stretch
        self.addItem(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.pop(id(item), None)
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def heightForWidth(self, width: int) -> int:
        """The height of its lines at `width`. (hasHeightForWidth stays False: a scroll area
        or a box layout would then size the whole page at its preferred height, and a page
        that fits would scroll.)"""
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._arrange(rect, place=True)
        if height != self._laid_out_height:
            # One line more or less at this width: the layouts holding this one work out
            # their minimum height again.
            self._laid_out_height = height
            layout: QObject | None = self
            while isinstance(layout, QLayout):
                layout.invalidate()
                layout = layout.parent()

    def sizeHint(self) -> QSize:
        """All on one line, as the row it replaces asked, as tall as its lines now are."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap() * max(len(shown) - 1, 0)
        height = self._laid_out_height or max(
            (item.sizeHint().height() for item in shown), default=0
        )
        # Never below the minimum: a box layout with room to spare gives an item its hint.
        return self._with_margins(QSize(width, height)).expandedTo(self.minimumSize())

    def minimumSize(self) -> QSize:
        """As narrow as its widest item (the others go on lines of their own), and as tall as
        its lines were at the width it was given last."""
        size = QSize(0, 0)
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        size = self._with_margins(size)
        return size.expandedTo(QSize(0, self._laid_out_height))

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _gap(self) -> int:
        spacing = self.spacing()
        return spacing if spacing >= 0 else 6

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty() or _is_spacer(item)]

    def _stretch_of(self, item: QLayoutItem) -> int:
        """Its stretch factor, as QBoxLayout reads it: the row's, else its size policy's."""
        widget = item.widget()
        own = widget.sizePolicy().horizontalStretch() if widget is not None else 0
        return self._stretch.get(id(item)) or own

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Lay the items out in lines within `rect` (when `place`); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = min(item.sizeHint().width(), area.width())
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            # Once the row has wrapped, its stretches would only push a few buttons apart.
            if len(lines) > 1:
                line = [item for item in line if not _is_spacer(item)]
            widths = self._widths(line, area.width())
            heights = [_height_at(item, width) for item, width in zip(line, widths, strict=True)]
            height = max(heights, default=0)
            x = area.x()
            for item, width, item_height in zip(line, widths, heights, strict=True):
                if place:
                    top = y + (height - item_height) // 2
                    item.setGeometry(QRect(x, top, width, item_height))
                x += width + gap
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom()

    def _widths(self, line: list[QLayoutItem], room: int) -> list[int]:
        """Each item's width on its line: what it asks, and the room left over shared as
        QBoxLayout shares it: among the items with a stretch factor, by that factor, then
        among the items that expand, toward equal widths, none beyond its maximum."""
        widths = [min(item.sizeHint().width(), room) for item in line]
        spare = room - sum(widths) - self._gap() * max(len(line) - 1, 0)
        stretched = {i: self._stretch_of(item) for i, item in enumerate(line)}
        stretched = {i: factor for i, factor in stretched.items() if factor > 0}
        growing = {i: 1 for i, item in enumerate(line) if _grows(item)}
        for weights in (stretched, growing):
            if spare > 0 and weights:
                spare = _share(widths, weights, [i.maximumSize().width() for i in line], spare)
        return widths


def _share(widths: list[int], weights: dict[int, int], maxima: list[int], spare: int) -> int:
    """Add `spare` to the widths of the items in `weights` so that they end as near as their
    maxima allow to their weight times one common level; what none of them can take."""

    def grown(level: float) -> dict[int, int]:
        return {
            i: min(max(widths[i], int(weight * level)), maxima[i]) for i, weight in weights.items()
        }

    wanted = sum(widths[i] for i in weights) + spare
    low, high = 0.0, float(max(widths) + spare + 1)
    for _ in range(40):  # bisection on the level: ample for pixels
        middle = (low + high) / 2
        low, high = (middle, high) if sum(grown(middle).values()) < wanted else (low, middle)
    result = grown(low)
    left = wanted - sum(result.values())
    for i in sorted(weights):  # the pixels rounding left over, one each
        if left > 0 and result[i] < maxima[i]:
            result[i] += 1
            left -= 1
    for i, width in result.items():
        widths[i] = width
    return max(left, 0)


def _is_spacer(item: QLayoutItem) -> bool:
    return item.spacerItem() is not None


def _grows(item: QLayoutItem) -> bool:
    """A spacer, a stretch or a field whose size policy expands."""
    return bool(item.expandingDirections() & Qt.Orientation.Horizontal)


def _height_at(item: QLayoutItem, width: int) -> int:
    """How tall `item` is at `width`: a label that wraps needs fewer lines when wider."""
    if item.hasHeightForWidth():
        return max(item.heightForWidth(width), item.minimumSize().height())
    return item.sizeHint().height()


def wrap_row(row: QBoxLayout) -> FlowLayout:
    """Put a FlowLayout with `row`'s widgets, stretches and spacing where `row` is in the box
    layout that holds it; `row` is left empty and deleted."""
    flow = FlowLayout()
    flow.setObjectName(row.objectName())
    flow.setSpacing(row.spacing())
    flow.setContentsMargins(row.contentsMargins())
    taken = [(row.itemAt(i), row.stretch(i)) for i in range(row.count())]
    while row.count():
        row.takeAt(0)
    for item, stretch in taken:
        flow.add_with_stretch(item, stretch)
    holder = row.parent()
    if not isinstance(holder, QBoxLayout):
        raise TypeError(f"{row.objectName()} is not a row inside a box layout")
    index = next(i for i in range(holder.count()) if holder.itemAt(i).layout() is row)
    holder.takeAt(index)
    holder.insertLayout(index, flow)
    row.deleteLater()
    return flow
