"""Granska offentlig kopia benchmark: what the review dialog's scan costs the GUI thread.

Before (round 2) the dialog scanned on the GUI thread, on opening and again after every
decision: the window stood still for the whole scan. Now the scan runs in ui/worker.py on a
read-only connection of its own, and a decision is shown without scanning again. Measured
offscreen on the generated meeting of bench/packet.py (30 ärenden, 200 bilaga pages), with
the PDF text cache emptied before each scan:

  on the GUI thread   scan_public's wall time = the time the event loop stands still
  in the dialog       wall time from opening until the hits are shown, and the longest gap
                      between two ticks of a 10 ms timer on the GUI thread meanwhile
  a decision          "Behåll medvetet" on one row with the scan shown (round 2 scanned twice
                      more on the GUI thread: in decide() and to refresh the list)

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/public_check.py`.
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
from timing import GuiGaps

from ksdesk.interchange import pdf_text
from ksdesk.services import public_copy, public_pdf

RUNS = 3


def on_gui_thread(store, meeting_id: int) -> float:
    pdf_text._pdf_text.cache_clear()
    public_pdf.clear_caches()
    start = time.perf_counter()
    public_copy.scan_public(store, meeting_id)
    return time.perf_counter() - start


def in_dialog(store, meeting_id: int) -> tuple[float, float, float, float]:
    """(wall time to the hits shown, longest GUI gap meanwhile, time of one decision, time
    until the dialog was shown)."""
    from ksdesk.ui.dialogs.public_check_dialog import PublicCheckDialog

    pdf_text._pdf_text.cache_clear()
    public_pdf.clear_caches()
    probe = GuiGaps()
    loop = QEventLoop()
    probe.start_clock()
    dialog = PublicCheckDialog(store, meeting_id)
    dialog.runner.finished.connect(lambda _hits: loop.quit())
    dialog.show()
    opened = probe.elapsed()
    probe.start_ticks()
    loop.exec()  # the event loop runs as in the app while the worker scans
    wall = probe.elapsed()
    probe.stop()
    dialog.ui.hit_table.selectRow(0)
    start = time.perf_counter()
    dialog.decide_selected("behåll")
    decided = time.perf_counter() - start
    dialog.reject()
    return wall, probe.longest(), decided, opened


def main() -> int:
    from ksdesk.ui.app import create_application

    create_application()
    with tempfile.TemporaryDirectory() as folder:
        store, meeting_id = generated_meeting(Path(folder))
        # Personnummer to decide on: one in each of a few ärenden' texts is enough.
        from ksdesk.services import meetings

        meeting = meetings.get_meeting(store, meeting_id)
        for item in meeting.items[:5]:
            item.proposal = "Sökanden 811218-9876 beviljas bidrag."
        meetings.save_meeting(store, meeting)
        gui = statistics.median(on_gui_thread(store, meeting_id) for _ in range(RUNS))
        runs = []
        for _ in range(RUNS):
            runs.append(in_dialog(store, meeting_id))
        print("Genererat möte (30 ärenden, 200 bilagesidor), tom textcache")
        print(f"  skanning på GUI-tråden (förr): fönstret står still {gui * 1000:6.0f} ms")
        wall, gap, decided, opened = (
            statistics.median(r[i] for r in runs) * 1000 for i in range(4)
        )
        print(f"  dialogen: öppnad och visad på {opened:6.0f} ms")
        print(f"            tills träffarna visas {wall:6.0f} ms (median av {RUNS})")
        print(f"            längsta uppehåll i GUI {gap:5.0f} ms (timer var 10 ms)")
        print(f"  ett beslut (Behåll medvetet, en rad) {decided:5.0f} ms")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
