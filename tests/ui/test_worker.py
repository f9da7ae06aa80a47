"""ui/worker.py: one job at a time off the GUI thread; a new request cancels the running one
and only the last one's result is reported; errors come back as signals."""

from __future__ import annotations

import threading

from ksdesk.core.errors import InvalidInput
from ksdesk.ui.worker import BackgroundRunner


def test_a_new_request_cancels_the_running_one(qtbot) -> None:
    runner = BackgroundRunner()
    started = threading.Event()
    results: list[object] = []
    runner.finished.connect(results.append)
    runner.cancelled.connect(lambda: results.append("avbruten"))

    def slow(progress):
        for step in range(200):
            started.set()
            progress(step, 200, "steg")
            threading.Event().wait(0.01)
        return "långsam"

    runner.start(slow)
    started.wait(5)
    runner.start(lambda progress: "snabb")
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == ["snabb"]  # the first stopped at its next step, never reported
    assert not runner.busy


def test_errors_and_cancel_come_back_as_signals(qtbot) -> None:
    runner = BackgroundRunner()
    failures: list[BaseException] = []
    runner.failed.connect(failures.append)

    def refuse(progress):
        raise InvalidInput("Nej.")

    runner.start(refuse)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert str(failures[0]) == "Nej."

    cancelled: list[bool] = []
    runner.cancelled.connect(lambda: cancelled.append(True))
    gate = threading.Event()

    def waits(progress):
        gate.wait(5)
        progress(1, 2, "steg")
        return "klar"

    runner.start(waits)
    runner.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
