"""Run on its own (QT_SCALE_FACTOR must be set before Qt starts): open the window on a
database at a given size, on the Kallelse tab, and print as JSON the meeting list's columns
(heading, width, the width of their contents, hidden or not), the width of its viewport and
the Datum's tooltip of the first row. tests/ui/test_meeting_list_columns.py runs it.

    QT_SCALE_FACTOR=1.5 python tests/ui/column_probe.py DB WIDTH HEIGHT"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db: str, width: int, height: int) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.ui.fit_probe import open_window

    app, store, window = open_window(db, width, height)
    window.ui.tabs.setCurrentIndex(0)
    for _ in range(3):
        QApplication.processEvents()
    view = window.tabs["Kallelse"].meetings.ui.meeting_table
    model = view.model()
    columns = [
        {
            "heading": model.headerData(column, Qt.Orientation.Horizontal),
            "width": view.columnWidth(column),
            "contents": view.sizeHintForColumn(column),
            "hidden": view.isColumnHidden(column),
        }
        for column in range(model.columnCount())
    ]
    found = {
        "columns": columns,
        "viewport": view.viewport().width(),
        "sideways_scroll": view.horizontalScrollBar().isVisible(),
        "date_tooltip": model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole),
    }
    window.close()
    store.close()
    app.quit()
    return found


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])), ensure_ascii=False))
