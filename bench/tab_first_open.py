"""A tab's first opening in a window just started on a file, as the secretary clicks it: the
longest pause of the GUI thread from the click until the tab shows what it reads (the
Uppföljning tab's open matters, read on a worker since issue 13; the Delegation tab's
findings, when its first search runs on a worker), each run in a process of its own (what a
process has imported and read once, it keeps).

  GUI pause         the longest the GUI thread did not run its event loop: the gaps of a
                    10 ms timer ticking on it from before the click until 150 ms after the
                    tab is filled (its painting included)
  GUI pause CPU     the same pause as the GUI thread's CPU time (time.thread_time at each
                    tick): what the pause is on a machine nobody else loads
  pause after       the longest pause after the one the click itself caused (the tab built
                    and painted): showing what the worker read, when it is done
  filled after      wall time from the click until the tab is filled
  GUI thread CPU    time.thread_time of the GUI thread from the click until filled

`--on-gui-thread` reads the Uppföljning tab's history on the GUI thread, as before the
worker; the two are alternated (the machine is shared: medians, and the load average).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/tab_first_open.py [--years 1 10]
         [--tabs Uppföljning Budget ...] [--runs N]
"""

from __future__ import annotations

import argparse
import itertools
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

from timing import GuiGaps  # noqa: E402

AFTER_FILLED_MS = 150  # the probe goes on ticking while the filled tab is painted


def _pending(tab) -> object | None:
    """The tab's work on a worker that it shows when done (its signal), or None."""
    first_read = getattr(tab, "first_read", None)
    if first_read is not None and first_read.pending():
        return first_read.ready
    first_search = getattr(tab, "first_search", None)
    if first_search is not None and first_search.pending():
        return first_search.ready
    return None


def _child(path: Path, title: str, on_gui_thread: bool) -> dict[str, float]:
    """In this process: the window up and settled, then the tab clicked."""
    from PySide6.QtCore import QEventLoop, QTimer

    from ksdesk.ui.app import create_application, settle_after_start

    create_application()
    if on_gui_thread:
        with_first_read = _reading_on_gui_thread()
        if not with_first_read:
            on_gui_thread = False
    from scale_gui import _window

    window, store = _window(path)
    settle_after_start()
    probe = GuiGaps()
    ticks = [(0.0, time.thread_time())]  # (wall, GUI thread's CPU) at each tick
    probe.timer.timeout.connect(lambda: ticks.append((probe.elapsed(), time.thread_time())))
    loop = QEventLoop()
    marks: dict[str, float] = {}

    def filled() -> None:
        marks["filled"], marks["filled_cpu"] = probe.elapsed(), time.thread_time()
        QTimer.singleShot(AFTER_FILLED_MS, loop.quit)

    def click() -> None:
        marks["click"], marks["click_cpu"] = probe.elapsed(), time.thread_time()
        tab = window.tab(title)
        signal = _pending(tab)
        if signal is None:
            filled()
        else:
            signal.connect(filled)

    probe.start_clock()
    probe.start_ticks()
    QTimer.singleShot(50, click)
    loop.exec()
    probe.stop()
    later = [
        (b[0] - a[0], b[1] - a[1]) for a, b in itertools.pairwise(ticks) if a[0] > marks["click"]
    ]
    figures = {
        "GUI pause": probe.longest() * 1000,
        "GUI pause CPU": max(b[1] - a[1] for a, b in itertools.pairwise(ticks)) * 1000,
        "pause after": max((wall for wall, _cpu in later), default=0.0) * 1000,
        "pause after CPU": max((cpu for _wall, cpu in later), default=0.0) * 1000,
        "filled after": (marks["filled"] - marks["click"]) * 1000,
        "GUI thread CPU": (marks["filled_cpu"] - marks["click_cpu"]) * 1000,
    }
    for tab in window.tabs.values():
        tab.stop_work()
    window.close()
    store.close()
    return figures


def _reading_on_gui_thread() -> bool:
    """As before the worker: the Uppföljning tab reads the history inside its refresh."""
    try:
        from ksdesk.ui.tabs.uppfoljning_first_read import FirstRead
    except ImportError:  # a ksdesk from before the worker: it reads there anyway
        return False
    FirstRead.pending = lambda _self: False  # type: ignore[method-assign]
    return True


def first_open(path: Path, title: str, on_gui_thread: bool) -> dict[str, float]:
    """One run in a process just started, with a window state of its own (each run starts
    on the Kallelse tab), its modules compiled as an installed ksdesk has them (see main)."""
    mode = ["--on-gui-thread"] if on_gui_thread else []
    with tempfile.TemporaryDirectory() as data:
        env = dict(os.environ, KSDESK_DATA_DIR=data)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        child = subprocess.run(
            [sys.executable, __file__, "--child", str(path), "--tabs", title, *mode],
            check=True,
            capture_output=True,
            env=env,
        )
    return json.loads(child.stdout.decode().splitlines()[-1])


def compared(path: Path, title: str, runs: int, both: bool) -> dict[str, dict[str, float]]:
    """Median of each figure; with `both`, the read on the GUI thread and on the worker
    alternated."""
    modes = (
        {"read on the GUI thread": True, "read on the worker": False}
        if both
        else {"as it is": False}
    )
    results: dict[str, list[dict[str, float]]] = {how: [] for how in modes}
    first_open(path, title, False)  # not counted: writes the compiled modules
    for _ in range(runs):
        for how, on_gui_thread in modes.items():
            results[how].append(first_open(path, title, on_gui_thread))
    return {
        how: {name: statistics.median(r[name] for r in rows) for name in rows[0]}
        for how, rows in results.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, nargs="*", default=[1, 10])
    parser.add_argument("--tabs", nargs="*", default=["Uppföljning"])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", type=Path)
    parser.add_argument("--on-gui-thread", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.tabs[0], args.on_gui_thread)))
        return
    from history import ensure

    # Compiled modules, as an installed ksdesk has them: each tab's first run (not counted)
    # writes them where this bench alone reads them, even where the shell forbids writing.
    compiled = tempfile.TemporaryDirectory()
    os.environ["PYTHONPYCACHEPREFIX"] = compiled.name
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for years, title in itertools.product(args.years, args.tabs):
        path = ensure(years)
        both = title == "Uppföljning"
        for how, figures in compared(path, title, args.runs, both).items():
            shown = ", ".join(f"{name} {value:.0f}" for name, value in figures.items())
            print(f"{years:>2} y {title}, {how}: {shown} (ms, medians of {args.runs})")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
