"""Start-up benchmark: time from process start to the first painted main window on the demo
database, median of 5, beside a bare PySide6 QMainWindow in the same run (the floor).

Run: `make bench` (or QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5

CHILD_PRELUDE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
"""

BARE = (
    CHILD_PRELUDE
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
"""
)

KSDESK = (
    CHILD_PRELUDE
    + """
from pathlib import Path
from ksdesk.ui.app import create_application
from ksdesk.services.store import open_database
from ksdesk.ui.main_window import MainWindow
app = create_application()
window = MainWindow(open_database(Path(sys.argv[1])))
"""
)

SHOW = """
window.resize(1200, 780)
painter = FirstPaint()
window.installEventFilter(painter)
window.show()
app.exec()
"""


def time_child(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code + SHOW, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "painted":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("fönstret målades aldrig")
    process.wait()
    return elapsed


def main() -> None:
    # An installed ksdesk runs from byte-compiled modules (pip compiles them); this machine may
    # have PYTHONDONTWRITEBYTECODE set, so compile once here rather than time the compiler.
    package = Path(__file__).resolve().parent.parent / "ksdesk"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite"
        subprocess.run([sys.executable, "-m", "ksdesk", "demo", "--db", str(db)], check=True,
                       capture_output=True)  # fmt: skip
        time_child(BARE)  # warm the file cache once for both
        time_child(KSDESK, str(db))
        bare = [time_child(BARE) for _ in range(RUNS)]
        ksdesk = [time_child(KSDESK, str(db)) for _ in range(RUNS)]
    floor, ours = statistics.median(bare), statistics.median(ksdesk)
    print(f"bare QMainWindow (floor): median {floor * 1000:.0f} ms of {RUNS}")
    print(f"ksdesk on demo database:  median {ours * 1000:.0f} ms of {RUNS}")
    print(f"ratio: {ours / floor:.2f}x (aim: within 1.5x)")


if __name__ == "__main__":
    main()
