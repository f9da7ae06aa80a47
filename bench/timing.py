"""What the bench scripts share: the median time of a few runs of one piece of work, so one
slow run (a cold cache, a busy disk) does not decide the figure."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_ms(work: Callable[[], object], runs: int) -> float:
    return median_seconds(work, runs) * 1000
