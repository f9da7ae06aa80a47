"""Filling a combo box with people: the name is the data, the display text is shown."""

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
