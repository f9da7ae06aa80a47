"""Preview benchmark: what building the Kallelse tab's packet preview costs the GUI thread.

Before ui/worker.py: the packet was built on the GUI thread, so the window froze for the whole
build. Now it is built by ui/worker.py on a thread of its own with a read-only connection of
its own (services.store.reading). Measured here, offscreen, for the demo packet and the
generated 262-page meeting of bench/packet.py, each from an empty cache:

  on the GUI thread   the build's wall time = the time the event loop stands still
  in the worker       wall time until the result arrives, and the longest gap between two
                      ticks of a 10 ms timer on the GUI thread meanwhile (what the secretary
                      feels: under ~50 ms the window stays smooth)

Also the price of the worker's own connection, and what the alternative (gather the data on
the GUI thread, render in the worker) would leave on the GUI thread: reading the meeting,
and for a public copy the personnummer scan of every bilaga.

The process is set up as `ksdesk` runs: the window shown, then ui.app.settle_after_start()
(gc.freeze of what start-up built); `--utan-frysning` leaves that out, to see what it buys.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/preview.py [--utan-frysning]`.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from packet import generated_meeting
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
from timing import GuiGaps, median_seconds

from ksdesk.db.connection import open_store
from ksdesk.services import meetings, public_copy
from ksdesk.services import packet as packet_service
from ksdesk.services.demo import load_demo
from ksdesk.services.store import reading
from ksdesk.ui.tabs.kallelse_print import Request, build_document
from ksdesk.ui.worker import BackgroundRunner

RUNS = 3


def on_gui_thread(store, meeting_id: int) -> float:
    packet_service.DEFAULT_CACHE.clear()
    start = time.perf_counter()
    packet_service.build_packet(store, meeting_id)
    return time.perf_counter() - start


def in_worker(app: QApplication, store, meeting_id: int) -> tuple[float, float]:
    """(wall time to the result, longest gap between timer ticks on the GUI thread)."""
    packet_service.DEFAULT_CACHE.clear()
    runner = BackgroundRunner()
    loop = QEventLoop()
    probe = GuiGaps()
    runner.finished.connect(lambda _result: loop.quit())
    runner.failed.connect(lambda error: (print(error), loop.quit()))
    request = Request(meeting_id, packet=True, public=False, review=False)
    probe.start_clock()
    probe.start_ticks()
    runner.start(lambda progress: build_document(store, request, progress))
    loop.exec()
    wall = probe.elapsed()
    probe.stop()
    runner.wait()
    return wall, probe.longest()


def reader_cost(store) -> float:
    def read_once() -> None:
        with reading(store) as reader:
            reader.db.execute("SELECT count(*) FROM meeting").fetchone()

    return median_seconds(read_once, 50)


def gather_cost(store, meeting_id: int) -> tuple[float, float]:
    """What option B would keep on the GUI thread: reading the meeting; the public scan."""
    start = time.perf_counter()
    meetings.get_meeting(store, meeting_id)
    read = time.perf_counter() - start
    from ksdesk.interchange import pdf_text

    pdf_text._pdf_text.cache_clear()
    start = time.perf_counter()
    public_copy.scan_public(store, meeting_id)
    return read, time.perf_counter() - start


def report(app: QApplication, name: str, store, meeting_id: int) -> None:
    gui = statistics.median(on_gui_thread(store, meeting_id) for _ in range(RUNS))
    worker = [in_worker(app, store, meeting_id) for _ in range(RUNS)]
    wall = statistics.median(w for w, _ in worker)
    gap = statistics.median(g for _, g in worker)
    read, scan = gather_cost(store, meeting_id)
    print(name)
    print(f"  på GUI-tråden: fönstret står still     {gui * 1000:6.0f} ms  (median av {RUNS})")
    print(f"  i arbetstråden: tills förhandsvisningen {wall * 1000:5.0f} ms")
    print(f"                  längsta uppehåll i GUI  {gap * 1000:5.0f} ms  (timer var 10 ms)")
    print(f"  egen läsanslutning (öppna, läsa, stänga) {reader_cost(store) * 1000:4.1f} ms")
    print(f"  alternativ B på GUI-tråden: läsa mötet {read * 1000:5.0f} ms, granska (offentlig)")
    print(f"                  {scan * 1000:5.0f} ms")


def main() -> int:
    from ksdesk.ui.app import create_application, settle_after_start
    from ksdesk.ui.main_window import MainWindow

    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        demo = open_store(Path(folder) / "demo.sqlite", create=True)
        data = load_demo(demo)
        window = MainWindow(demo)
        window.show()
        app.processEvents()
        if "--utan-frysning" not in sys.argv:
            settle_after_start()
        report(app, "Demopaketet (37 sidor), tom cache", demo, data.meeting.id)
        window.close()
        demo.close()
        store, meeting_id = generated_meeting(Path(folder))
        print()
        report(app, "Genererat möte (262 sidor), tom cache", store, meeting_id)
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
