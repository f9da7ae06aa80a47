"""Run on its own (QT_SCALE_FACTOR must be set before Qt starts): open the window on a
database at a given size, show the Sammanträde tab and print as JSON what its meeting list
shows: each choice, whether it fits the box's text field and the list that opens, and the
window's minimum width. tests/ui/test_meeting_picker_fits.py runs it.

    QT_SCALE_FACTOR=1.5 python tests/ui/picker_probe.py DB WIDTH HEIGHT"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db: str, width: int, height: int) -> dict:
    from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

    from tests.ui.fit_probe import open_window

    app, store, window = open_window(db, width, height)
    window.ui.tabs.setCurrentIndex(3)
    for _ in range(3):
        QApplication.processEvents()
    combo = window.tabs["Sammanträde"].ui.meeting_combo
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    metrics = combo.fontMetrics()
    texts = [combo.itemText(i) for i in range(combo.count())]
    found = {
        "choices": texts,
        "cut": [t for t in texts if metrics.horizontalAdvance(t) > field.width()],
        "list_cut": [
            t for t in texts if metrics.horizontalAdvance(t) > combo.view().minimumWidth()
        ],
        "box": combo.width(),
        "window_minimum": window.minimumSizeHint().expandedTo(window.minimumSize()).width(),
        "window": window.width(),
    }
    window.close()
    store.close()
    app.quit()
    return found


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])), ensure_ascii=False))
