"""What the bench scripts share: the median time of a few runs of one piece of work, so one
slow run (a cold cache, a busy disk) does not decide the figure."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable


def median_seconds(
    work: Callable[[], object], runs: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    """`clock`: time.process_time for CPU time, on a machine others load too."""
    times = []
    for _ in range(runs):
        start = clock()
        work()
        times.append(clock() - start)
    return statistics.median(times)


def median_ms(work: Callable[[], object], runs: int) -> float:
    return median_seconds(work, runs) * 1000


class GuiGaps:
    """The longest pause of the GUI thread while work runs: a 10 ms timer ticks on the GUI
    thread and the time between ticks is kept. Qt is imported on use: the other benches in
    this folder time plain functions."""

    def __init__(self, interval_ms: int = 10) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.last = 0.0
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    def start_clock(self) -> None:
        self.clock.start()

    def elapsed(self) -> float:
        """Seconds since start_clock()."""
        return self.clock.nsecsElapsed() / 1e9

    def start_ticks(self) -> None:
        self.last = self.elapsed()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def longest(self) -> float:
        return max(self.gaps, default=0.0)

    def _tick(self) -> None:
        now = self.elapsed()
        self.gaps.append(now - self.last)
        self.last = now


def child_figures(argv: list[str], data: str) -> dict[str, float]:
    """`python ARGV` in a process of its own (what a process has imported and read once, it
    keeps), with `data` as its data folder (KSDESK_DATA_DIR: its window state, its log) and
    its modules compiled as an installed ksdesk has them: the figures it printed as JSON on
    its last line."""
    env = dict(os.environ, KSDESK_DATA_DIR=data)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    child = subprocess.run([sys.executable, *argv], check=True, capture_output=True, env=env)
    return json.loads(child.stdout.decode().splitlines()[-1])
