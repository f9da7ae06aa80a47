"""Run on its own (QT_SCALE_FACTOR must be set before Qt starts): open the window on a
database at a given size, visit every tab and every page inside a tab, and print as JSON the
window's minimum size and its size after each visit. tests/ui/test_fits_the_screen.py runs
it at 150 %.

    QT_SCALE_FACTOR=1.5 python tests/ui/fit_probe.py DB WIDTH HEIGHT"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


SCREEN = Path(__file__).with_name("screen-1920x1080.json")
ROOT = Path(__file__).resolve().parents[2]


def run_probe(
    script: Path, db: Path, data: Path, width: int, height: int, scale: str, *more: str
) -> dict:
    """For the tests: run `script` in a process of its own on the offscreen screen of
    screen-1920x1080.json at `scale`, with its own data folder (and `more` arguments); what
    it printed last, read."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={SCREEN}",
        "QT_SCALE_FACTOR": scale,
        "KSDESK_DATA_DIR": str(data),
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, str(script), str(db), str(width), str(height), *more],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.splitlines()[-1])


def open_window(db: str, width: int, height: int):
    """The application, the database and the main window on it, shown at `width` × `height`."""
    from PySide6.QtWidgets import QApplication

    from ksdesk.services.store import open_database
    from ksdesk.ui.app import create_application
    from ksdesk.ui.main_window import MainWindow

    app = create_application()
    store = open_database(db)
    window = MainWindow(store)
    window.resize(width, height)
    window.show()
    QApplication.processEvents()
    return app, store, window


def main(db: str, width: int, height: int) -> dict:
    from PySide6.QtWidgets import QApplication, QTabWidget

    from ksdesk.ui.tab_registry import TABS

    app, store, window = open_window(db, width, height)
    visits = []
    for index, (title, _factory, _topic) in enumerate(TABS):
        window.ui.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        pages = [(None, -1)]
        for inner in window.tabs[title].findChildren(QTabWidget):
            pages += [(inner, i) for i in range(inner.count())]
        for inner, page in pages:
            name = title if inner is None else f"{title} › {inner.tabText(page)}"
            if inner is not None:
                inner.setCurrentIndex(page)
            QApplication.processEvents()
            QApplication.processEvents()  # a row that wrapped asks for its new height
            minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
            visits.append(
                {
                    "where": name,
                    "minimum": [minimum.width(), minimum.height()],
                    "size": [window.width(), window.height()],
                    "cut_rows": cut_rows(window.tabs[title]),
                    "cut_labels": cut_labels(window.tabs[title]),
                }
            )
    window.close()
    store.close()
    app.quit()
    return {"scale": os.environ.get("QT_SCALE_FACTOR", "1"), "visits": visits}


def cut_rows(tab) -> list[str]:
    """The rows of buttons shown that got less height than their wrapped lines need: the
    buttons of the last line would be drawn over what is below."""
    from ksdesk.ui.widgets.flow_layout import FlowLayout

    return [
        row.objectName()
        for row in tab.findChildren(FlowLayout)
        if row.parentWidget().isVisible()
        and row.geometry().height() < row.heightForWidth(row.geometry().width())
    ]


def cut_labels(tab) -> list[str]:
    """The labels shown lower than one line of their text: squeezed by a page shorter than
    it needs, they are drawn over each other."""
    from PySide6.QtWidgets import QLabel

    return [
        label.text()
        for label in tab.findChildren(QLabel)
        if label.isVisible() and label.text() and label.height() < label.fontMetrics().height()
    ]


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])), ensure_ascii=False))
