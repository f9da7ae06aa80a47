"""Combo boxes: filled with people (the name is the data, the display text is shown), and
one as wide as its longest item."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget


def fill_names(combo: QComboBox, names: list[tuple[str, str]], blank: str | None = None) -> None:
    """(name, shown text) pairs; the current choice is kept when still offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for name, shown in names:
        combo.addItem(shown, name)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class LongestItemCombo(QComboBox):
    """A combo box that asks for the width of its longest item and gives way down to its
    minimum length when its row is full. The Sammanträde tab's meeting list (day, time and
    place) is one: with Qt's hint of 18 characters, the wrapping row of buttons beside it
    gave it that and no more, and at 1366 × 768 and 150 % it showed "Festsalen F" of
    "Festsalen Folkets hus (presidiet)". Its buttons now go onto the next line first. Call
    `fit_to_items` after filling it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._longest = 0  # the widest item with the box's frame and arrow, measured once

    def fit_to_items(self) -> None:
        """Measure the items: the box asks for the widest, grows no wider, and its list
        opens as wide (else the list cuts what the box shows whole)."""
        metrics = self.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0
        )
        # The frame and arrow around the text, as Qt adds them to its own hint.
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        contents = QSize(widest, metrics.height())
        kind = QStyle.ContentsType.CT_ComboBox
        self._longest = self.style().sizeFromContents(kind, option, contents, self).width()
        self.setMaximumWidth(max(self.minimumSizeHint().width(), self._longest))
        self.view().setMinimumWidth(self._longest)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._longest), hint.height())
