"""ksdesk opens on the tab it was closed on, and a tab is built when first shown: so the tab
last left decides what start-up loads. The printing and file-format modules (ReportLab, Qt's
PDF view, the Word and Excel readers and writers) load when the secretary prints, previews,
imports or exports, and the public copy's rules when something is printed, never before the
first paint, whichever tab it shows. Before, starting on Uppföljning loaded ReportLab (70
ms), on Delegation the Word reader (36 ms) and on Sammanträde the public copy (11 ms)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ksdesk.ui.main_window import TABS

# Loaded only by the work they serve; each is tens of milliseconds of a start.
LOADED_WHEN_USED = (
    "reportlab",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "ksdesk.reports.base",
    "ksdesk.core.public_copy",  # the public copy's rules: 11 ms of a start on Sammanträde
    # The readers of citizens' names and personnummer, for the public registers only: 10 ms
    # of the Uppföljning tab's first opening.
    "ksdesk.core.citizen_mentions",
    "ksdesk.interchange.delegation_docx",
    "ksdesk.interchange.xlsx_open",
    "docx",
    "openpyxl",
    "pypdf",
    "ksdesk.ui.dialogs.help_window",  # the handbook's window and its text browser: at F1
)

FIRST_PAINT = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from ksdesk.ui.app import create_application
from ksdesk.services.store import open_database
from ksdesk.ui.main_window import MainWindow
app = create_application()
window = MainWindow(open_database(Path(sys.argv[1])))
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(window.ui.tabs.tabText(window.ui.tabs.currentIndex()))
            print(sorted(m for m in sys.argv[2:] if m in sys.modules))
            os._exit(0)
        return False
painted = FirstPaint()
window.installEventFilter(painted)
window.show()
app.exec()
"""


@pytest.mark.parametrize("index", range(len(TABS)), ids=[title for title, *_ in TABS])
def test_no_printing_or_file_format_module_before_the_first_paint(
    index: int, demo_path: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    # What the window wrote when the secretary closed it on this tab (ui/window_state.py).
    (data / "fonster.ini").write_text(f"[fonster]\nflik={index}\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KSDESK_DATA_DIR=str(data))
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(demo_path), *LOADED_WHEN_USED],
        capture_output=True,
        text=True,
        env=env,
    )
    shown, loaded = result.stdout.strip().splitlines()[-2:]
    assert shown == TABS[index][0], result.stdout + result.stderr
    assert loaded == "[]", f"{shown}: {loaded}"
