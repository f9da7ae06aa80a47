"""The two other first readings of every ärende's way (services.arende_follow) that the
Uppföljning tab's worker (ui/tabs/uppfoljning_first_read.py) did not cover: the Kallelse
tab's offer of open matters for a meeting (services.arenden.offered_for) and the uppdrag
PDF (services.uppdrag.uppfoljning_pdf), each as the GUI thread runs it in a window just
started on a file whose Uppföljning tab was never opened. Each run is a process of its own
(what a process has read once, it keeps); the window is started, settled, and left to its
event loop for `--idle` ms (what it does once it is painted and idle runs meanwhile), then
the call is timed on the GUI thread: wall and the thread's CPU (time.thread_time). The
window now makes the uppdrag PDF on a worker of its own (ui/pdf_builds; bench/print_pause.py
times the click): its figure here is what that worker spends, no longer a GUI pause.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/follow_first_reads.py [--years 1 10]
         [--runs N] [--idle MS]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from timing import child_figures  # noqa: E402

CALLS = ("offered_for", "uppfoljning_pdf")


def _child(path: Path, call: str, idle_ms: int) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer

    from ksdesk.db import meeting_repo
    from ksdesk.services import arenden, uppdrag
    from ksdesk.ui.app import create_application, settle_after_start

    create_application()
    from scale_gui import _window

    window, store = _window(path)
    settle_after_start()
    loop = QEventLoop()
    QTimer.singleShot(idle_ms, loop.quit)
    loop.exec()
    meeting_id = max(meeting_repo.list_headers(store), key=lambda m: m.date).id
    work = {
        "offered_for": lambda: arenden.offered_for(store, meeting_id),
        "uppfoljning_pdf": lambda: uppdrag.uppfoljning_pdf(store, meeting_id),
    }[call]
    figures = {}
    for label in ("first", "again"):
        wall, cpu = time.perf_counter(), time.thread_time()
        work()
        figures[label] = (time.perf_counter() - wall) * 1000
        figures[label + " CPU"] = (time.thread_time() - cpu) * 1000
    window._flush_tabs()
    window.close()
    store.close()
    return figures


def run(path: Path, call: str, idle_ms: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as data:
        return child_figures([__file__, "--child", str(path), call, str(idle_ms)], data)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle", type=int, default=1500, help="ms of idle event loop first")
    parser.add_argument("--db", type=Path, nargs="+", help="these files, not bench/history's")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        path, call, idle = args.child
        print(json.dumps(_child(Path(path), call, int(idle))))
        return
    from history import ensure

    package = HERE.parent / "ksdesk"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    files = args.db or [ensure(years) for years in args.years]
    for path in files:
        years = path.name.split("-")[1]
        for call in CALLS:
            runs = [run(path, call, args.idle) for _ in range(args.runs)]
            med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            print(
                f"{years:>3} {call:<16} first {med['first']:.0f} ms (CPU "
                f"{med['first CPU']:.0f}), again {med['again']:.0f} ms (CPU "
                f"{med['again CPU']:.0f}); medians of {args.runs}, idle {args.idle} ms, "
                f"load {os.getloadavg()[0]:.1f}"
            )


if __name__ == "__main__":
    main()
