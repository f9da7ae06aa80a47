"""Combo boxes: filled with people (the name is the data, the display text is shown), and
as wide as their longest item."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


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


def fit_to_longest(combo: QComboBox) -> None:
    """`combo` grows with the window up to its longest item and gives way down to its
    minimum length when the row is full. The Sammanträde tab's meeting list (day, time and
    place) uses it: at 150 % with the protokoll started, the row left the Låskod field 43 px."""
    metrics = combo.fontMetrics()
    chrome = combo.minimumSizeHint().width() - combo.minimumContentsLength() * (
        metrics.horizontalAdvance("x")
    )
    longest = max(
        (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0
    )
    combo.setMaximumWidth(max(combo.minimumSizeHint().width(), longest + chrome))
