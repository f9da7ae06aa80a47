"""Start-up benchmark: from process start to the end of the first full paint of the main
window (the window and every child widget painted), against a bare PySide6 QMainWindow.
ksdesk is started as the secretary starts it, through the `ksdesk --db F` command.

Bare and ksdesk starts are alternated (bare, ksdesk, bare, ksdesk, ...) so that a busy
moment of the machine falls on both alike; the ratio is the median of the pairs' ratios.
A third start in each round, a bare window with two tables (TABLE_WINDOW), shows what part of
the ratio any window that shows a table pays.
Measured on the demo database and on the ten-year file of bench/history.py.

The clock stops when the event loop is next idle after the window's first Paint event: Qt
paints the window and all its children in that one pass (QWidgetRepaintManager), so the
zero timer set during it fires only when all of them are painted.

Run: `make bench` (or QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--pairs N]
[--skip-history] [--tabs]); --tabs adds a start on each tab, as when the secretary last
closed ksdesk there.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

CHILD_PRELUDE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
class FirstPaint(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self.painted)
        return False
    def painted(self):
        print("painted", time.process_time(), flush=True)
        app.quit()
"""

BARE = (
    CHILD_PRELUDE
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
"""
)

# What any window that shows a table from a file pays: the Qt namespace's enums (created at
# its first use, by a model's roles or a header's orientation), a tab widget, a splitter, two
# table views with a Python model, a search field and a menu. ksdesk's first screen has all of
# these; the figure shows how much of ksdesk's ratio a window of that kind pays anyway.
TABLE_WINDOW = (
    CHILD_PRELUDE
    + """
import sqlite3
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QMainWindow, QPushButton,
    QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)
class Rows(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows
    def rowCount(self, parent=None):
        return len(self.rows)
    def columnCount(self, parent=None):
        return 3
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return ("Datum", "Organ", "Rubrik")[section]
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.menuBar().addMenu("&Arkiv").addAction("&Öppna")
tabs = QTabWidget()
window.setCentralWidget(tabs)
for title in ("Kallelse", "Budget", "Delegation", "Sammanträde", "Uppföljning"):
    tabs.addTab(QWidget(), title)
layout = QVBoxLayout(tabs.widget(0))
layout.addWidget(QLineEdit())
splitter = QSplitter()
layout.addWidget(splitter)
rows = [(f"2020-12-{n:02d}", "KS", f"Ärende {n}") for n in range(1, 31)]
for _ in range(2):
    view = QTableView()
    view.setModel(Rows(rows))
    view.resizeColumnsToContents()
    splitter.addWidget(view)
layout.addWidget(QLabel("Databas"))
layout.addWidget(QPushButton("Nytt ärende"))
"""
)

# ksdesk as the secretary starts it: the `ksdesk --db F` command (ksdesk.cli.run, then
# ui.app.run: the log, the error hook, F1, the file's checks, the window). The probe sits on
# the main window as it is shown, at the bare window's size.
KSDESK = (
    CHILD_PRELUDE
    + """
from PySide6.QtWidgets import QApplication
import ksdesk.ui.main_window as main_window
shown = main_window.MainWindow.show
def show(self):
    global app
    app = QApplication.instance()
    self.resize(1200, 780)
    self.painter = FirstPaint()
    self.installEventFilter(self.painter)
    shown(self)
main_window.MainWindow.show = show
sys.argv = ["ksdesk", "--db", sys.argv[1]]
from ksdesk.cli import run
run()
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
    """Wall time from start to the end of the first full paint (the child's CPU time to the
    same moment is added to CPU_TIMES: a figure that a busy machine disturbs less; what the
    window does after its first paint is in neither)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    whole = code if code is KSDESK else code + SHOW  # ksdesk shows its window itself
    process = subprocess.Popen(
        [sys.executable, "-c", whole, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("painted"):
            elapsed = time.perf_counter() - start
            CPU_TIMES.append(float(line.split()[1]))
            break
    else:
        raise RuntimeError("fönstret målades aldrig")
    process.wait()
    return elapsed


CPU_TIMES: list[float] = []


def pairs(db: Path, count: int) -> tuple[float, float, float, float]:
    """(median bare, median ksdesk, median of the pairs' ratios, median ratio of the table
    window to the bare one), in seconds. Each round runs bare, table window, ksdesk."""
    time_child(BARE)  # warm the file cache once for all
    time_child(TABLE_WINDOW)
    time_child(KSDESK, str(db))
    bare, table, ours, cpu_ratios = [], [], [], []
    for _ in range(count):
        CPU_TIMES.clear()
        bare.append(time_child(BARE))
        table.append(time_child(TABLE_WINDOW))
        ours.append(time_child(KSDESK, str(db)))
        cpu_ratios.append(CPU_TIMES[2] / CPU_TIMES[0])
    ratios = [o / b for o, b in zip(ours, bare, strict=True)]
    table_ratios = [t / b for t, b in zip(table, bare, strict=True)]
    CPU_RATIOS.append(statistics.median(cpu_ratios))
    return (
        statistics.median(bare),
        statistics.median(ours),
        statistics.median(ratios),
        statistics.median(table_ratios),
    )


CPU_RATIOS: list[float] = []

# The tabs in the window's order: ksdesk opens on the tab it was closed on (fonster.ini).
TABS = ("Kallelse", "Budget", "Delegation", "Sammanträde", "Uppföljning")


def tab_ratios(db: Path, folder: Path, count: int) -> dict[str, float]:
    """Per tab, the median ratio of alternated pairs when ksdesk starts on that tab, as it
    does for a secretary who closed it there: each tab builds only when first shown, so the
    tab last left decides what start-up pays."""
    ratios: dict[str, float] = {}
    for index, title in enumerate(TABS):
        data = folder / f"data-tab{index}"
        data.mkdir(exist_ok=True)
        (data / "fonster.ini").write_text(f"[fonster]\nflik={index}\n", encoding="utf-8")
        os.environ["KSDESK_DATA_DIR"] = str(data)
        time_child(KSDESK, str(db))  # this tab's modules into the file cache
        pairs_of_tab = [time_child(KSDESK, str(db)) / time_child(BARE) for _ in range(count)]
        ratios[title] = statistics.median(pairs_of_tab)
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=9)
    parser.add_argument("--skip-history", action="store_true", help="only the demo database")
    parser.add_argument(
        "--tabs", action="store_true", help="also start on each tab in turn (demo database)"
    )
    args = parser.parse_args()
    # An installed ksdesk runs from byte-compiled modules (pip compiles them); this machine may
    # have PYTHONDONTWRITEBYTECODE set, so compile once here rather than time the compiler.
    package = Path(__file__).resolve().parent.parent / "ksdesk"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    with tempfile.TemporaryDirectory() as folder:
        # Settings of their own for every child: the window opens at the tab and size a fresh
        # install shows, not at whatever tab the last ksdesk on this machine was closed on.
        os.environ["KSDESK_DATA_DIR"] = str(Path(folder) / "data")
        demo = Path(folder) / "demo.sqlite"
        subprocess.run([sys.executable, "-m", "ksdesk", "demo", "--db", str(demo)], check=True,
                       capture_output=True)  # fmt: skip
        files = [("demo", demo)]
        if not args.skip_history:
            from history import ensure

            files.append(("ten years", ensure(10)))
        for label, db in files:
            floor, ours, ratio, table_ratio = pairs(db, args.pairs)
            print(
                f"{label:>9}: bare QMainWindow {floor * 1000:.0f} ms, ksdesk {ours * 1000:.0f} ms,"
                f" ratio {ratio:.2f}x (median of {args.pairs} alternated pairs; CPU time ratio "
                f"{CPU_RATIOS[-1]:.2f}x); a bare window with two tables {table_ratio:.2f}x"
            )
        if args.tabs:
            found = tab_ratios(demo, Path(folder), args.pairs)
            print(
                "     demo, started on the tab last left: "
                + ", ".join(f"{title} {ratio:.2f}x" for title, ratio in found.items())
            )
    print("aim: within 1.5x on the demo, 1.6x on ten years")


if __name__ == "__main__":
    main()
