"""The window reading the text of bilagor the search index has not read (ui/bilaga_texts.py),
as after opening a ten-year file from before search existed: every file's text forgotten,
then the window opened and left alone until the queue is empty. Prints how many files were
read, how long it took, and the longest pause of the GUI thread meanwhile (GuiGaps: a 10 ms
timer on the GUI thread).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bilaga_texts.py
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from history import ensure
from timing import GuiGaps


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from ksdesk.services import search
    from ksdesk.services.store import open_database
    from ksdesk.ui.app import create_application
    from ksdesk.ui.main_window import MainWindow

    create_application()
    app = QApplication.instance()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tio-ar.sqlite"
        shutil.copy(ensure(10), path)
        store = open_database(path)
        with store.atomic():  # as in a file from before step m1303
            store.db.execute("DELETE FROM file_text")
        unread = len(search.unread_files(store, 1_000_000))
        gaps = GuiGaps()
        gaps.start_clock()
        window = MainWindow(store)
        window.resize(1366, 768)
        window.show()
        app.processEvents()  # the first paint, which the reading waits for
        gaps.start_ticks()
        while search.unread_files(store, 1) and gaps.elapsed() < 600:
            app.processEvents()
        took = gaps.elapsed()
        gaps.stop()
        window.close()
        store.close()
    print(
        f"{unread} files read in {took:.1f} s ({took / max(unread, 1) * 1000:.0f} ms each); "
        f"longest GUI pause {gaps.longest() * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
