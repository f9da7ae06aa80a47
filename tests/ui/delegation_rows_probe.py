"""Run on its own (QT_SCALE_FACTOR must be set before Qt starts): open the window on a
database at a given size with the Delegation tab in front, and print as JSON the height the
points table shows rows in (in lines of its font, and the rows it shows from the top), the
bar's buttons in sight (and those squeezed) and the entries of its "Mer" menu, the lines of the
version's status, and the findings pane: its height,
whether it is open and its heading's height. Then the findings are opened by their arrow and
measured again. tests/ui/test_delegation_rows.py runs it.

    QT_SCALE_FACTOR=1.5 python tests/ui/delegation_rows_probe.py DB WIDTH HEIGHT"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _settle() -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(4):  # the first check of the findings pane waits for the window's layout
        QApplication.processEvents()


def _points(tab) -> dict:
    table = tab.points.ui.point_table
    table.scrollToTop()
    _settle()
    height = table.viewport().height()
    rows = [r for r in range(table.model().rowCount()) if table.rowViewportPosition(r) < height]
    pane = tab.findings_pane
    return {
        "lines": height / table.fontMetrics().lineSpacing(),
        "rows_begun": len(rows),
        "findings_open": pane.is_open,
        "findings_height": tab.ui.findings_panel.height(),
        "findings_heading": pane.heading_height(),
        "finding_table_shown": tab.ui.finding_table.isVisible(),
    }


def main(db: str, width: int, height: int) -> dict:
    from PySide6.QtWidgets import QPushButton

    from tests.ui.fit_probe import open_window

    app, store, window = open_window(db, width, height)
    window.ui.tabs.setCurrentIndex(2)
    _settle()
    tab = window.tabs["Delegation"]
    bar = tab.versions
    found = {
        "points": _points(tab),
        "bar_height": bar.height(),
        "buttons": [b.text() for b in bar.findChildren(QPushButton) if b.isVisible()],
        "compare_shown": bar.ui.compare_combo.isVisible(),
        # The version's status in lines of its font, and the bar's buttons given less width
        # than they ask (their text cut).
        "status_lines": round(
            bar.ui.version_status.height() / bar.ui.version_status.fontMetrics().lineSpacing(), 1
        ),
        "squeezed": [
            b.text()
            for b in bar.findChildren(QPushButton)
            if b.isVisible() and b.width() < b.sizeHint().width()
        ],
    }
    menu = bar.overflow.menu
    menu.aboutToShow.emit()
    found["menu"] = [a.text() for a in menu.actions() if not a.isSeparator()]
    tab.ui.findings_toggle.click()
    _settle()
    found["opened"] = _points(tab)
    window.close()
    store.close()
    app.quit()
    return found


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])), ensure_ascii=False))
