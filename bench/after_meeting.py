"""The secretary's work after the meeting, at ten years: how long the window stands still at
each click. On a copy of the ten-year file (bench/history.py), in one real main window
offscreen, the latest meeting of the file: choosing it in the Sammanträde tab, selecting a §,
saving a § (its beslut edited), justera (the justerat date written), the anslag text, the
Uppföljning tab's filters (the day, the nämnd, the meeting, the Expediering page brought
forward) and Expediera (the utdrag of every recipient written and logged).

Each action's figure is the longest pause of the GUI thread (bench.timing.GuiGaps, a 10 ms
tick) from the click until the window is idle again and whatever it set off on a worker is
shown, with the CPU time the GUI thread spent meanwhile (time.thread_time; what the pause is
made of when the machine is not loaded by others): the median of RUNS, the action done again
on the same meeting (Expediera sends again). The bar: no pause over 50 ms.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/after_meeting.py [--runs N] [--years Y]
(AFTER_MEETING_PROFILE="Save a §" prints where that action's time goes, by cProfile.)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from timing import GuiGaps  # noqa: E402


def _idle(app, busy: Callable[[], bool], limit_s: float = 120.0) -> None:
    """Run the event loop until `busy()` says nothing is under way and the loop has run
    100 ms more (what a worker's result set off is shown in that time)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    waited = [0.0]

    def poll() -> None:
        waited[0] += 0.02
        if (not busy() and waited[0] >= 0.1) or waited[0] > limit_s:
            loop.quit()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    loop.exec()


def _pause(app, action: Callable[[], object], busy: Callable[[], bool]) -> tuple[float, float]:
    """The longest pause (ms) of the GUI thread from `action` until idle again, and the CPU
    time (ms) the GUI thread spent meanwhile: on a machine others load, the pause grows
    with the load, the CPU time much less (the waiting loop's own ticks are in it)."""
    gaps = GuiGaps()
    gaps.start_clock()
    gaps.start_ticks()
    cpu = time.thread_time()
    action()
    _idle(app, busy)
    cpu = time.thread_time() - cpu
    gaps.stop()
    first = gaps.gaps[0] if gaps.gaps else gaps.elapsed()
    return max(gaps.longest(), first) * 1000, cpu * 1000


def measure(path: Path, runs: int) -> dict[str, tuple[float, float]]:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from ksdesk.ui.app import create_application, settle_after_start

    app = create_application()
    from scale_gui import _window

    window, store = _window(path)
    out = Path(tempfile.mkdtemp(prefix="expediera-"))
    # The dialogs a click opens answer at once: the folder, "send again?", "sent".
    QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: str(out))  # type: ignore[method-assign]
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)  # type: ignore[method-assign]
    QMessageBox.information = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)  # type: ignore[method-assign]
    QMessageBox.warning = staticmethod(_refused)  # type: ignore[method-assign]
    sam = window.tab("Sammanträde")
    upp = window.tab("Uppföljning")
    settle_after_start()
    _idle(app, lambda: False, 2.0)
    window.tab("Sammanträde")
    combo = sam.ui.meeting_combo
    latest = combo.findData(_latest_sent_out(store))
    other = combo.findData(_latest_sent_out(store, before=combo.itemData(latest)))

    from PySide6.QtCore import Qt

    from ksdesk.ui.pdf_builds import PdfBuild

    DIRECT = Qt.FindChildOption.FindDirectChildrenOnly

    shown: list[str] = []
    sam.deadline_panel._show_text = shown.append  # the dialog's exec() would wait

    def idle_sam() -> bool:
        # Asked often while the pause is timed: the panel's own build, not a search of
        # every widget of the window (3 ms each).
        build = sam.deadline_panel.findChild(PdfBuild, options=DIRECT)
        return sam.editor.typing.isActive() or (build is not None and build.busy)

    def busy_upp() -> bool:
        return _busy(upp)

    figures: dict[str, list[tuple[float, float]]] = {}

    def time_it(name: str, action: Callable[[], object], busy: Callable[[], bool]) -> None:
        if name != os.environ.get("AFTER_MEETING_PROFILE"):
            figures.setdefault(name, []).append(_pause(app, action, busy))
            return
        import cProfile
        import pstats

        profile = cProfile.Profile()
        figures.setdefault(name, []).append(profile.runcall(_pause, app, action, busy))
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)

    page = sam.paragrafer
    view = page.ui.paragraf_list
    for n in range(runs):
        time_it("Sammanträde: choose the meeting", lambda: combo.setCurrentIndex(other), idle_sam)
        time_it("Sammanträde: choose the meeting", lambda: combo.setCurrentIndex(latest), idle_sam)
        time_it("Select a §", lambda n=n: view.selectRow(5 + n % 3), idle_sam)
        time_it("Select a §", lambda n=n: view.selectRow(9 + n % 3), idle_sam)

        def save_paragraf(n: int = n) -> None:
            sam.editor.ui.beslut_edit.setPlainText(f"Kommunstyrelsen beslutar {n}.")
            sam.editor.save_text()

        time_it("Save a §", save_paragraf, idle_sam)

        def justera(n: int = n) -> None:
            sam.justering.ui.justerat_edit.setText(
                (sam.meeting.date + timedelta(days=3 + n % 2)).isoformat()
            )
            sam.justering.save_fields()

        time_it("Justera (justerat date)", justera, idle_sam)
        time_it("Anslag text", sam.deadline_panel.show_anslag_text, idle_sam)
    window.tab("Uppföljning")
    _idle(app, busy_upp, 60)
    upp.pages.setCurrentWidget(upp.uppdrag_page)
    meeting_id = sam.meeting.id
    for _n in range(runs):
        day = upp.day_edit.date()
        time_it("Uppföljning: the day", lambda d=day: upp.day_edit.setDate(d.addDays(1)), busy_upp)
        time_it("Uppföljning: the nämnd", lambda: upp.organ_combo.setCurrentIndex(1), busy_upp)
        time_it("Uppföljning: all nämnder", lambda: upp.organ_combo.setCurrentIndex(0), busy_upp)
        time_it(
            "Uppföljning: Expediering page",
            lambda: upp.pages.setCurrentWidget(upp.expediering_page),
            busy_upp,
        )
        index = upp.meeting_combo.findData(meeting_id)
        time_it(
            "Uppföljning: the meeting",
            lambda i=index: upp.meeting_combo.setCurrentIndex(i),
            busy_upp,
        )
        upp.day_edit.setDate(sam.meeting.date + timedelta(days=10))
        _idle(app, busy_upp)
        time_it("Expediera", lambda: upp._expediera(None), busy_upp)
        upp.pages.setCurrentWidget(upp.uppdrag_page)
        _idle(app, busy_upp)
    sent = len(list(out.iterdir()))
    window._flush_tabs()
    window.close()
    store.close()
    shutil.rmtree(out, ignore_errors=True)
    result = {
        k: (statistics.median(p for p, _c in v), statistics.median(c for _p, c in v))
        for k, v in figures.items()
    }
    print(f"  Expediera wrote {sent} files in {runs} runs")
    return result


def _latest_sent_out(store, before: int | None = None) -> int:
    """The newest meeting (before `before`) whose §§ name recipients: one Expediera sends."""
    from ksdesk.services import meetings, protokoll

    for m in sorted(meetings.list_meetings(store), key=lambda m: m.date, reverse=True):
        if m.id == before or (before is not None and m.id > before):
            continue
        if any(p.beslut_skickas_till for p in protokoll.get_protokoll(store, m.id).paragrafer):
            return m.id
    raise SystemExit("no meeting with recipients in the file")


def _busy(tab) -> bool:
    """Work the Uppföljning tab has under way on a worker (none before it had any)."""
    work = getattr(tab, "expediera_work", None)
    filters = getattr(tab, "filter_read", None)  # the day and nämnd read on a worker
    return (
        bool(work is not None and work.busy)
        or bool(filters is not None and filters.busy)
        or tab.first_read.pending()
    )


def _refused(parent, title, text, *args, **kwargs):
    print(f"  refused: {title}: {text}")
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.StandardButton.Ok


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    from history import ensure

    source = ensure(args.years)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KSDESK_DATA_DIR"] = folder
        copy = Path(folder) / "file.sqlite"
        shutil.copy(source, copy)
        figures = measure(copy, args.runs)
    print(f"{args.years} years, medians of {args.runs}, load {os.getloadavg()[0]:.1f}:")
    print(f"  {'':<34} {'longest pause':>13} {'GUI thread CPU':>15}")
    for name, (pause, cpu) in figures.items():
        flag = "  > 50 ms" if pause > 50 else ""
        print(f"  {name:<34} {pause:10.0f} ms {cpu:12.0f} ms{flag}")


if __name__ == "__main__":
    main()
