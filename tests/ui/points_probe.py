"""Run on its own (QT_SCALE_FACTOR must be set before Qt starts): open the window on a
database at a given size, show the Delegation tab and print as JSON its points table: each
column's heading, width and whether it is hidden, the words each shown column cuts (a word
wider than the column less the cell's margins is elided: "Kommundir…"), whether the table
scrolls sideways, the Ärende cell of the first point as shown, and each row's height in
lines of the table's font.
tests/ui/test_delegation_points_fit.py runs it.

    QT_SCALE_FACTOR=1.5 python tests/ui/points_probe.py DB WIDTH HEIGHT"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db: str, width: int, height: int) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QStyle

    from tests.ui.fit_probe import open_window

    app, store, window = open_window(db, width, height)
    window.ui.tabs.setCurrentIndex(2)
    for _ in range(3):
        QApplication.processEvents()
    view = window.tabs["Delegation"].points.ui.point_table
    model, metrics = view.model(), view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1

    def cut_words(column: int) -> list[str]:
        words = {
            word
            for row in range(model.rowCount())
            for word in str(model.index(row, column).data() or "").split()
        }
        room = view.columnWidth(column) - 2 * margin
        return sorted(w for w in words if metrics.horizontalAdvance(w) > room)

    columns = range(1, model.columnCount())
    found = {
        "columns": [
            {
                "heading": model.headerData(c, Qt.Orientation.Horizontal),
                "width": view.columnWidth(c),
                "hidden": view.isColumnHidden(c),
                "cut_words": [] if view.isColumnHidden(c) else cut_words(c),
            }
            for c in columns
        ],
        "marker": view.columnWidth(0),
        "viewport": view.viewport().width(),
        "sideways_scroll": view.horizontalScrollBar().isVisible(),
        "first_arende": model.index(0, 2).data(),
        # Each row as tall as its text at these widths, in lines of the table's font.
        "row_lines": [
            round(view.sizeHintForRow(row) / metrics.lineSpacing(), 1)
            for row in range(model.rowCount())
        ],
    }
    window.close()
    store.close()
    app.quit()
    return found


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])), ensure_ascii=False))
