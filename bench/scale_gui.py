"""The GUI half of bench/scale.py: timings in a real main window, offscreen, with the event
loop running as in the app (each figure ends when the loop has nothing left to do)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from timing import GuiGaps, child_figures


def _settle(app) -> None:
    """Run the event loop until nothing is pending (the refreshes an edit set off)."""
    for _ in range(3):
        app.processEvents()


def _window(path: Path):
    from PySide6.QtWidgets import QApplication

    from ksdesk.services.store import open_database
    from ksdesk.ui.main_window import MainWindow

    store = open_database(path)
    window = MainWindow(store)
    window.resize(1366, 768)
    window.show()
    _settle(QApplication.instance())
    return window, store


def _row_of(tab, day: date) -> int:
    model = tab.meeting_model
    return next(r for r in range(model.rowCount()) if model.row_object(r).date == day)


def kallelse_edit(path: Path, day: date, runs: int, *, every_tab: bool = False) -> dict:
    """One edit of an ärende's title through the tab's commit (as the item dialog's OK does):
    the save, the data_changed refresh of every tab that shows the agenda, the repaint.
    every_tab: each tab has been opened once before (as in a working day), so the tabs
    behind the Kallelse tab are built and hear of the edit too."""
    from PySide6.QtWidgets import QApplication

    from ksdesk.core.meeting_agenda import replaced_item
    from ksdesk.ui.main_window import TABS

    app = QApplication.instance()
    window, store = _window(path)
    try:
        for title, _factory, _topic in TABS if every_tab else ():
            window.tab(title)
            _settle(app)
        tab = window.tab("Kallelse")
        tab.meetings.ui.meeting_table.selectRow(_row_of(tab, day))
        _settle(app)
        row = 5
        tab.agenda.select_row(row)
        times, cpu = [], []
        for n in range(runs):
            item = tab.meeting.items[row]
            changed = type(item)(**{**vars(item), "title": f"Ärende ändrat {n}"})
            start, start_cpu = time.perf_counter(), time.process_time()
            tab.agenda.commit("Ändra ärende", replaced_item(tab.meeting, row, changed))
            _settle(app)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        if every_tab:
            return {"Kallelse edit, every tab built": statistics.median(times) * 1000}
        return {
            "Kallelse edit (save+refresh)": statistics.median(times) * 1000,
            "Kallelse edit, CPU": statistics.median(cpu) * 1000,
        }
    finally:
        window.close()
        store.close()


def select_meeting(path: Path, day: date, runs: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    window, store = _window(path)
    try:
        tab = window.tab("Kallelse")
        rows = [_row_of(tab, day), _row_of(tab, date(day.year, 11, 20))]
        times, cpu = [], []
        for n in range(runs + 1):
            start, start_cpu = time.perf_counter(), time.process_time()
            tab.meetings.ui.meeting_table.selectRow(rows[n % 2])
            _settle(app)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        return {
            "select meeting": statistics.median(times[1:]) * 1000,
            "select meeting, CPU": statistics.median(cpu[1:]) * 1000,
        }
    finally:
        window.close()
        store.close()


def uppfoljning_first_open(path: Path, runs: int) -> dict[str, float]:
    """The Uppföljning tab opened the first time, in a window that has just started on the
    Kallelse tab: the tab's modules imported, everything it shows read from the file, the
    tab built and painted. Each run in a process of its own (what a process has imported and
    read once, it keeps), the median of `runs`."""
    script = [sys.executable, str(Path(__file__).resolve()), "first-open", str(path)]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # Compiled modules, as an installed ksdesk has them: a first run (not counted) writes
    # them where this bench alone reads them, even where the shell forbids writing them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times, cpu = [], []
    with tempfile.TemporaryDirectory() as compiled:
        env["PYTHONPYCACHEPREFIX"] = compiled
        for run in range(runs + 1):
            # A window state of its own: each run starts on the Kallelse tab.
            with tempfile.TemporaryDirectory() as data:
                env["KSDESK_DATA_DIR"] = data
                done = subprocess.run(script, check=True, capture_output=True, text=True, env=env)
            wall, used = done.stdout.split()[-2:]
            if run:
                times.append(float(wall))
                cpu.append(float(used))
    return {
        "Uppföljning tab, first open": statistics.median(times),
        "Uppföljning tab, first open, CPU": statistics.median(cpu),
    }


def _first_open(path: Path) -> None:
    """One first opening of the Uppföljning tab, printed as "wall CPU" in ms: the window up
    and settled as ui.app.run leaves it after its first paint, then the tab chosen, until
    its open matters are shown (CPU: the process's, the worker's reading included)."""
    from ksdesk.ui.app import create_application, settle_after_start

    app = create_application()
    window, store = _window(path)
    settle_after_start()
    try:
        start, start_cpu = time.perf_counter(), time.process_time()
        _filled(window.tab("Uppföljning"))
        _settle(app)
        wall, used = time.perf_counter() - start, time.process_time() - start_cpu
        print(f"{wall * 1000:.1f} {used * 1000:.1f}")
    finally:
        window.close()
        store.close()


def _filled(tab):
    """The Uppföljning tab once its open matters are shown: a file of many meetings is read
    on a worker when the tab is first shown (ui/tabs/uppfoljning_first_read.py)."""
    from PySide6.QtCore import QEventLoop

    if tab.first_read.pending():
        loop = QEventLoop()
        tab.first_read.ready.connect(loop.quit)
        loop.exec()
    return tab


def uppfoljning(path: Path, runs: int) -> dict[str, float]:
    """The Uppföljning tab, opened once (uppfoljning_first_open times that), reloaded as by
    the Uppdatera button or an edit of an uppdrag or a motion (no meeting changed), and
    reloaded after an edit of a meeting (the first open matter's utfall set by hand to what
    its beslut says, untimed), which makes it read that meeting's §§ and agenda rows again
    and follow every ärende anew."""
    from PySide6.QtWidgets import QApplication

    from ksdesk.services import arenden

    app = QApplication.instance()
    window, store = _window(path)
    try:
        tab = _filled(window.tab("Uppföljning"))
        _settle(app)
        times, cpu = [], []
        for _ in range(runs):
            start, start_cpu = time.perf_counter(), time.process_time()
            tab.refresh()
            _settle(app)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
        step = tab.matters.model.row_object(0).steg
        edited = []
        for n in range(runs):
            arenden.set_utfall(store, step.paragraf_id, str(step.utfall) if n % 2 == 0 else "")
            start_cpu = time.process_time()
            tab.refresh()
            _settle(app)
            edited.append(time.process_time() - start_cpu)
        return {
            "Uppföljning tab, reload": statistics.median(times) * 1000,
            "Uppföljning tab, reload, CPU": statistics.median(cpu) * 1000,
            "Uppföljning, meeting edited, CPU": statistics.median(edited) * 1000,
        }
    finally:
        window.close()
        store.close()


def backup_pauses(path: Path) -> dict[str, float]:
    """The longest GUI pause once the window is up: what ui.app.run does after the first
    paint (the start backup, copying and checking the whole file on its worker, and the
    collector settled), then a periodic backup after one edit."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from ksdesk.services import meetings as meeting_service
    from ksdesk.ui.app import START_BACKUP_DELAY_MS, settle_after_start

    app = QApplication.instance()
    window, store = _window(path)  # shown and painted
    window.safety.prepare_backups()  # as ui.app.run does after the first paint
    probe = GuiGaps()
    probe.start_clock()
    probe.start_ticks()
    loop = QEventLoop()
    figures = {}
    try:
        QTimer.singleShot(START_BACKUP_DELAY_MS, window.safety.backup_at_start)
        QTimer.singleShot(START_BACKUP_DELAY_MS, settle_after_start)
        QTimer.singleShot(START_BACKUP_DELAY_MS + 50, loop.quit)
        loop.exec()
        _wait_for(window, loop)
        figures["GUI pause, start backup"] = probe.longest() * 1000
        probe.gaps.clear()
        meeting = meeting_service.get_meeting(store, window.tab("Kallelse").meeting.id)
        meeting.place += " "
        meeting_service.save_meeting(store, meeting)
        _settle(app)
        probe.gaps.clear()
        window.safety.auto_backup()
        _wait_for(window, loop)
        figures["GUI pause, periodic backup"] = probe.longest() * 1000
    finally:
        probe.stop()
        window.close()
        store.close()
    return figures


def _wait_for(window, loop) -> None:
    """Run the event loop until the backup on the worker has finished."""
    runner = window.safety.runner
    if runner is not None and runner.busy:
        runner.finished.connect(lambda _result: loop.quit())
        runner.failed.connect(lambda _error: loop.quit())
        loop.exec()


def backup_pauses_apart(path: Path, runs: int) -> dict[str, float]:
    """backup_pauses in a process of its own for each run, the median of `runs`. Run after
    the other measurements in scale.py's process, the start backup read 78-94 ms where a
    window just started pauses 16-30 ms (most likely the start-up collection,
    settle_after_start, walking what they left behind: a full collection in a window just
    started takes 10-26 ms)."""
    script = [str(Path(__file__).resolve()), "backup-pauses", str(path)]
    found: list[dict[str, float]] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as data:
            found.append(child_figures(script, data))
    return {key: statistics.median(run[key] for run in found) for key in found[0]}


if __name__ == "__main__":
    # bench/scale.py runs this file as `scale_gui.py first-open PATH` (uppfoljning_first_open)
    # and `scale_gui.py backup-pauses PATH` (backup_pauses_apart).
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    if sys.argv[1:2] == ["first-open"]:
        _first_open(Path(sys.argv[2]))
    elif sys.argv[1:2] == ["backup-pauses"]:
        from ksdesk.ui.app import create_application

        create_application()
        print(json.dumps(backup_pauses(Path(sys.argv[2]))))
