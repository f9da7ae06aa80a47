"""Run on its own (QT_SCALE_FACTOR must be set before Qt starts): open the window on a
database at a given size and print as JSON the columns of a list (heading, width, the width
of their contents, hidden or not, the words of each cut by its width), the width of its
viewport and the tooltip of its first cell. The list: the Kallelse tab's meetings, or with
"paragrafer" the Sammanträde tab's §§ (and whether the § editor beside it scrolls
sideways). tests/ui/test_meeting_list_columns.py and test_paragraf_page_fits.py run it.

    QT_SCALE_FACTOR=1.5 python tests/ui/column_probe.py DB WIDTH HEIGHT [paragrafer]"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(db: str, width: int, height: int, what: str = "meetings") -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.ui.fit_probe import open_window

    app, store, window = open_window(db, width, height)
    window.ui.tabs.setCurrentIndex(3 if what == "paragrafer" else 0)
    for _ in range(3):
        QApplication.processEvents()
    found = {}
    if what == "paragrafer":
        tab = window.tabs["Sammanträde"]
        tab.ui.pages.setCurrentWidget(tab.paragrafer)
        for _ in range(3):
            QApplication.processEvents()
        view = tab.paragrafer.ui.paragraf_list
        editor = tab.paragrafer.ui.editor_scroll
        found["editor_needs"] = editor.widget().minimumSizeHint().width()
        found["editor_has"] = editor.viewport().width()
        found["editor_sideways_scroll"] = editor.horizontalScrollBar().isVisible()
    else:
        view = window.tabs["Kallelse"].meetings.ui.meeting_table
    model, metrics = view.model(), view.fontMetrics()

    def cut_words(column: int) -> list[str]:
        words = {
            word
            for row in range(model.rowCount())
            for word in str(model.index(row, column).data() or "").split()
        }
        return sorted(w for w in words if metrics.horizontalAdvance(w) > view.columnWidth(column))

    found |= {
        "columns": [
            {
                "heading": model.headerData(column, Qt.Orientation.Horizontal),
                "width": view.columnWidth(column),
                "contents": view.sizeHintForColumn(column),
                "hidden": view.isColumnHidden(column),
                "cut_words": cut_words(column),
            }
            for column in range(model.columnCount())
        ],
        "rows": model.rowCount(),
        "viewport": view.viewport().width(),
        "sideways_scroll": view.horizontalScrollBar().isVisible(),
        "date_tooltip": model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole),
    }
    window.close()
    store.close()
    app.quit()
    return found


if __name__ == "__main__":
    found = main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), *sys.argv[4:])
    print(json.dumps(found, ensure_ascii=False))
