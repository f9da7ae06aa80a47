"""Granska offentlig kopia scans off the GUI thread: on a read-only connection of its own,
with a step per bilaga in the progress bar, cancellable (the copy then stays blocked), stopped
when the dialog closes; a decision is shown without scanning again."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QTimer

from ksdesk.core.meeting import Bilaga
from ksdesk.services import meeting_lookup, public_copy
from ksdesk.services import meetings as meeting_service
from ksdesk.ui.dialogs.public_check_dialog import PublicCheckDialog
from tests.pdf_helpers import make_pdf

PNR = "811218-9876"


def with_bilagor(store, count: int = 3) -> int:
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    for i in range(count):
        data = make_pdf(2, f"Avtal {i} med kund {PNR}")  # no name beside it: one hit
        meeting.items[2].bilagor.append(Bilaga(f"Avtal {i}", filename=f"a{i}.pdf", content=data))
    meeting_service.save_meeting(store, meeting)
    return meeting.id


def open_dialog(qtbot, store, meeting_id, **kwargs) -> PublicCheckDialog:
    dialog = PublicCheckDialog(store, meeting_id, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_the_scan_runs_in_a_worker_on_a_reader_with_progress(qtbot, demo_store, monkeypatch):
    meeting_id = with_bilagor(demo_store)
    seen: list[tuple[bool, bool]] = []
    real = public_copy.scan_public

    def spy(store, mid, progress=None):
        seen.append((threading.current_thread() is threading.main_thread(), store.read_only))
        return real(store, mid, progress)

    monkeypatch.setattr(public_copy, "scan_public", spy)
    steps: list[str] = []
    dialog = open_dialog(qtbot, demo_store, meeting_id)
    dialog.runner.progressed.connect(lambda d, t, what: steps.append(f"{d}/{t} {what}"))
    assert dialog.ui.scan_progress.isVisibleTo(dialog)
    assert not dialog.ui.mask_all_button.isEnabled()  # nothing to decide on yet
    assert dialog.wait_for_scan()
    assert seen == [(False, True)]  # not the GUI thread; a read-only connection
    meeting = meeting_service.get_meeting(demo_store, meeting_id)
    total = 1 + sum(len(item.bilagor) for item in meeting.items)  # a step per bilaga, + 1
    assert len(steps) == total and steps[-1] == f"{total - 1}/{total} Protokollet"
    assert any(step.endswith("Avtal 0") and "Ärende" in step for step in steps)
    assert not dialog.ui.scan_progress.isVisibleTo(dialog)
    assert dialog.model.rowCount() == 3 and dialog.open_count == 3
    assert dialog.ui.mask_all_button.isEnabled()


def test_a_decision_is_shown_without_scanning_again(qtbot, demo_store, monkeypatch):
    meeting_id = with_bilagor(demo_store, 2)
    dialog = open_dialog(qtbot, demo_store, meeting_id, for_print=True)
    assert dialog.wait_for_scan()
    scans: list[int] = []
    monkeypatch.setattr(public_copy, "scan_public", lambda *a, **k: scans.append(1) or [])
    dialog.ui.hit_table.selectRow(0)
    assert dialog.decide_selected("behåll")
    assert dialog.open_count == 1 and "1 av 2" in dialog.ui.status_label.text()
    assert dialog.ui.close_button.text() == "Avbryt utskriften"
    assert dialog.mask_all_open()
    assert dialog.ui.close_button.text() == "Fortsätt med den offentliga utskriften"
    assert scans == []
    monkeypatch.undo()
    assert all(h.resolved for h in public_copy.scan_public(demo_store, meeting_id))


def _stalled(monkeypatch) -> threading.Event:
    """Reading a bilaga waits until released: the scan stands still in the worker."""
    from ksdesk.services import public_pdf as module

    release = threading.Event()
    real = module.sources

    def slow(sha256, content, cache=None):
        release.wait(10)
        return real(sha256, content, cache)

    monkeypatch.setattr(module, "sources", slow)
    return release


def test_cancel_leaves_the_copy_blocked_and_gui_responsive(qtbot, demo_store, monkeypatch):
    meeting_id = with_bilagor(demo_store, 2)
    release = _stalled(monkeypatch)
    dialog = open_dialog(qtbot, demo_store, meeting_id, for_print=True)
    ticks: list[int] = []
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5_000)  # the GUI thread is free
    assert dialog.runner.busy
    dialog.ui.cancel_scan_button.click()
    release.set()
    assert dialog.wait_for_scan()
    assert dialog.open_count is None and dialog.model.rowCount() == 0
    assert "Granskningen avbröts" in dialog.ui.status_label.text()
    assert dialog.ui.rescan_button.isVisibleTo(dialog)
    assert not dialog.ui.mask_all_button.isEnabled()
    assert dialog.ui.close_button.text() == "Avbryt utskriften"
    dialog.ui.rescan_button.click()  # released now: the second scan runs through
    assert dialog.wait_for_scan()
    assert dialog.open_count == 2 and not dialog.ui.rescan_button.isVisibleTo(dialog)


def test_closing_the_dialog_stops_the_scan(qtbot, demo_store, monkeypatch):
    meeting_id = with_bilagor(demo_store, 1)
    release = _stalled(monkeypatch)
    dialog = open_dialog(qtbot, demo_store, meeting_id)
    assert dialog.runner.busy
    QTimer.singleShot(50, release.set)
    dialog.reject()  # waits for the worker to stop at its next step
    assert not dialog.runner._pool.activeThreadCount()
    assert dialog.open_count is None


def test_the_gil_is_handed_over_quickly_while_a_job_runs(qtbot) -> None:
    """The GUI thread waits for the GIL on each call into Python: a short switch interval
    while a job runs, the usual one again once none does."""
    import sys

    from ksdesk.ui.worker import BackgroundRunner

    before = sys.getswitchinterval()
    runner = BackgroundRunner()
    inside: list[float] = []
    with qtbot.waitSignal(runner.finished, timeout=5_000):
        runner.start(lambda progress: inside.append(sys.getswitchinterval()))
    assert inside == [min(before, 0.0005)]
    assert sys.getswitchinterval() == before


def test_the_pages_of_pictures_without_text_are_listed(qtbot, demo_store):
    from dataclasses import replace

    from tests.services.test_silent_pictures import situationsplan

    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    bilaga = meeting_service.pdf_bilaga(situationsplan(), "plan.pdf", "Situationsplan")
    meeting.items[2].bilagor.append(replace(bilaga, nr="9"))
    meeting_service.save_meeting(demo_store, meeting)
    dialog = open_dialog(qtbot, demo_store, meeting.id)
    assert dialog.wait_for_scan()
    shown = dialog.ui.status_label.text()
    assert "Bilder där ingen text hittades:</b> ärende 3, bilaga 9 Situationsplan: sidan 1" in shown


def test_a_narrow_dialog_keeps_the_context_in_sight(qtbot, demo_store) -> None:
    """A 1366 × 768 laptop at 150 % gives the dialog some 580 logical pixels: the Träff was
    fitted to its longest text and the Sammanhang, what the secretary reads to decide, was a
    sliver with Av and När scrolled out of sight. Now Träff, Var and Typ wrap, who decided and
    when give way first, and nothing scrolls sideways."""
    from PySide6.QtWidgets import QApplication

    long_hit = "Avtal med Anna Berg om arrende av mark för tillbyggnad av förrådet " * 2
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    data = make_pdf(2, f"{long_hit}{PNR} och mer text efter numret")
    meeting.items[2].bilagor.append(Bilaga("Avtal", filename="a.pdf", content=data))
    meeting_service.save_meeting(demo_store, meeting)
    dialog = open_dialog(qtbot, demo_store, meeting.id)
    assert dialog.wait_for_scan()
    dialog.resize(580, 480)
    dialog.show()
    QApplication.processEvents()
    table = dialog.ui.hit_table
    assert table.horizontalScrollBar().maximum() == 0
    context = table.columnWidth(3)
    assert context >= table.fontMetrics().horizontalAdvance("Avtal med Anna Berg om")
    assert context > table.columnWidth(2)  # the Sammanhang is widest of the texts
    dialog.resize(1300, 600)  # widened, who decided and when come back
    QApplication.processEvents()
    assert not table.isColumnHidden(5) and not table.isColumnHidden(6)
