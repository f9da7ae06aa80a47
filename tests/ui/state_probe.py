"""Run on its own, on a 1920 × 1080 offscreen screen (tests/ui/screen-1920x1080.json): leave
the window at a size, a tab and a splitter position, close it, open it again, and print as
JSON what came back. tests/ui/test_window_state.py runs it."""

from __future__ import annotations

import json
import os
import sys


def main(db: str) -> dict:
    from PySide6.QtWidgets import QApplication, QSplitter

    from ksdesk.services.store import open_database
    from ksdesk.ui.app import create_application
    from ksdesk.ui.main_window import MainWindow

    app = create_application()
    store = open_database(db)
    window = MainWindow(store)
    window.show()
    window.resize(1234, 777)
    window.move(40, 30)
    splitter = window.tab("Delegation").findChild(QSplitter, "splitter")
    QApplication.processEvents()  # shown and laid out: the splitter has its width to share
    splitter.setSizes([300, sum(splitter.sizes()) - 300])
    QApplication.processEvents()
    window.close()
    store.close()

    store = open_database(db)
    again = MainWindow(store)
    again.show()
    QApplication.processEvents()
    restored = again.tabs["Delegation"].findChild(QSplitter, "splitter") if again.tabs else None
    result = {
        "size": [again.width(), again.height()],
        "position": [again.x(), again.y()],
        "tab": again.ui.tabs.tabText(again.ui.tabs.currentIndex()),
        "built": list(again.tabs),
        "splitter": restored.sizes()[0] if restored else None,
    }
    again.close()
    store.close()
    app.quit()
    return result


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(main(sys.argv[1]), ensure_ascii=False))
