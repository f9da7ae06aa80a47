"""The first delegation check in a file, as the Delegation tab runs it when first shown: a
process of its own on a file whose citations are not kept yet (one from before step m1804,
or the first opening after installing a ksdesk whose rules find citations anew), the tab
built and shown, until its findings are listed.

  GUI thread CPU    time.thread_time of the GUI thread from building the tab until its
                    findings are listed (the search on the worker not counted)
  GUI pause         the longest the GUI thread did not run its event loop meanwhile:
                    building the tab, and the gaps of a 10 ms timer until the findings
  GUI pause CPU     the same pause as the GUI thread's CPU time (time.thread_time at each
                    tick): what the pause is on a machine nobody else loads
  findings after    wall time from building the tab until its findings are listed

Each run empties the file's citation_cache first. `--on-gui-thread` runs the search inside
the check, as before the worker: the two are alternated by bench/scale.py (the machine is
shared: medians of CPU time, and say so).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/delegation_first.py FILE [--runs N]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from timing import GuiGaps  # noqa: E402


def forget_citations(path: Path) -> None:
    """As a file the first check has never seen: no citations kept in it."""
    from ksdesk.services.store import open_database

    store = open_database(path)
    try:
        store.db.execute("DELETE FROM citation_cache")
    finally:
        store.close()


def _first_tab(path: Path, on_gui_thread: bool) -> dict[str, float]:
    """In this process: the tab built on the file, until its findings are listed."""
    from PySide6.QtCore import QEventLoop, QTimer

    from ksdesk.services import citing_texts
    from ksdesk.services.store import open_database
    from ksdesk.ui.app import create_application
    from ksdesk.ui.tabs.delegation_tab import DelegationTab

    create_application()
    if on_gui_thread:  # as before: every meeting searched inside the check
        citing_texts.SEARCHED_IN_CHECK = 10**9
    store = open_database(path)
    probe = GuiGaps()
    ticks = [time.thread_time()]  # the GUI thread's CPU time at each tick of the probe
    probe.timer.timeout.connect(lambda: ticks.append(time.thread_time()))
    probe.start_clock()
    tab = DelegationTab(store)
    tab.resize(1366, 768)
    tab.show()
    built = probe.elapsed()
    ticks.append(time.thread_time())
    loop = QEventLoop()
    if tab.first_search.pending():  # the search started on the worker
        tab.first_search.ready.connect(lambda: QTimer.singleShot(0, loop.quit))
        probe.start_ticks()
        loop.exec()
        probe.stop()
    shown = probe.elapsed()
    ticks.append(time.thread_time())
    figures = {
        "GUI thread CPU": (ticks[-1] - ticks[0]) * 1000,
        "GUI pause": max(built, probe.longest()) * 1000,
        "GUI pause CPU": max(b - a for a, b in itertools.pairwise(ticks)) * 1000,
        "findings after": shown * 1000,
        "findings": len(tab.findings),
    }
    tab.stop_work()
    store.close()
    return figures


def first_tab(path: Path, on_gui_thread: bool) -> dict[str, float]:
    """One run in a process just started, on `path` with its citations forgotten first."""
    forget_citations(path)
    mode = ["--on-gui-thread"] if on_gui_thread else []
    child = subprocess.run(
        [sys.executable, __file__, "--child", str(path), *mode],
        check=True,
        capture_output=True,
    )
    return json.loads(child.stdout.decode().splitlines()[-1])


def compared(path: Path, runs: int) -> dict[str, dict[str, float]]:
    """Median of each figure, the search on the GUI thread and on the worker alternated."""
    results: dict[str, list[dict[str, float]]] = {"GUI thread": [], "worker": []}
    for _ in range(runs):
        results["GUI thread"].append(first_tab(path, on_gui_thread=True))
        results["worker"].append(first_tab(path, on_gui_thread=False))
    return {
        how: {name: statistics.median(r[name] for r in rows) for name in rows[0]}
        for how, rows in results.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--on-gui-thread", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_first_tab(args.file, args.on_gui_thread)))
        return
    for how, figures in compared(args.file, args.runs).items():
        shown = ", ".join(f"{name} {value:.0f}" for name, value in figures.items())
        print(f"first check, search on the {how}: {shown} (ms, medians of {args.runs})")


if __name__ == "__main__":
    main()
