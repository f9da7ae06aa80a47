"""How long the window stands still when the secretary asks for a document (ui/pdf_builds:
made off the GUI thread, shown when ready): the public protokoll, the protokoll, the
uppföljning of beslut and the delegationsordning's preview, each the first of its kind in a
process (ReportLab and the safety check's readers load with it), on the demo file with its
protokoll started. Printed per document, medians of separate processes: the call's time on
the GUI thread (wall and the thread's CPU, time.thread_time), the longest pause of the GUI
thread until the preview is shown (bench.timing.GuiGaps, a 10 ms tick), and the wall time
until it is shown. Before ui/pdf_builds the whole document was made inside the call.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/print_pause.py [--runs N] [--db F]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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

from timing import GuiGaps, child_figures  # noqa: E402

DOCUMENTS = ("offentligt protokoll", "protokoll", "uppföljning", "delegationsordning")


def _ask(window, store, document: str) -> None:
    from ksdesk.services import delegation
    from ksdesk.ui.tabs.delegation_output import preview_version

    if document in ("offentligt protokoll", "protokoll"):
        tab = window.tab("Sammanträde")
        tab.print_protokoll(public=document == "offentligt protokoll")
    elif document == "uppföljning":
        window.tab("Uppföljning")._print_uppfoljning(None)
    else:
        newest = delegation.get_version(store, delegation.list_versions(store)[-1][0])
        preview_version(window.tab("Delegation"), store, newest, None)


def _child(path: Path, document: str) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QTimer

    from ksdesk.ui.app import create_application, settle_after_start
    from ksdesk.ui.dialogs import pdf_dialog

    create_application()
    from scale_gui import _window

    window, store = _window(path)
    for title in ("Sammanträde", "Uppföljning", "Delegation"):
        window.tab(title)  # built before the clock starts: the tab's own opening is not timed
    settle_after_start()
    loop = QEventLoop()
    shown: list[float] = []
    gaps = GuiGaps()

    def show(dialog) -> int:
        shown.append(gaps.elapsed())
        loop.quit()
        return 0

    pdf_dialog.PdfDialog.exec = show  # the protokoll's preview is modal
    pdf_dialog.PdfDialog.show = show
    QTimer.singleShot(1000, loop.quit)
    loop.exec()  # what the window does once painted and idle runs first
    gaps.start_clock()
    gaps.start_ticks()
    cpu = time.thread_time()
    _ask(window, store, document)
    call = gaps.elapsed() * 1000
    call_cpu = (time.thread_time() - cpu) * 1000
    if not shown:
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
    gaps.stop()
    window._flush_tabs()
    window.close()
    store.close()
    return {
        "call": call,
        "call CPU": call_cpu,
        "longest pause": gaps.longest() * 1000,
        "shown": shown[0] * 1000 if shown else float("nan"),
    }


def _demo_with_protokoll(folder: Path) -> Path:
    from datetime import date

    from ksdesk.services import meeting_lookup, protokoll
    from ksdesk.services.store import open_database

    path = folder / "demo.sqlite"
    subprocess.run([sys.executable, "-m", "ksdesk", "demo", "--db", str(path)], check=True)
    store = open_database(path)
    protokoll.start_protokoll(store, meeting_lookup.find_meeting(store, date(2020, 12, 7)).id)
    store.close()
    return path


def run(path: Path, document: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as data:
        copy = Path(data) / "file.sqlite"
        shutil.copy(path, copy)
        return child_figures([__file__, "--child", str(copy), document], data)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="this file, not the demo with its protokoll")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(Path(args.child[0]), args.child[1])))
        return
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or _demo_with_protokoll(Path(folder))
        for document in DOCUMENTS:
            runs = [run(path, document) for _ in range(args.runs)]
            med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            print(
                f"{document:<22} the call {med['call']:.0f} ms (CPU {med['call CPU']:.0f}), "
                f"longest pause {med['longest pause']:.0f} ms, shown after "
                f"{med['shown']:.0f} ms; medians of {args.runs}, load {os.getloadavg()[0]:.1f}"
            )


if __name__ == "__main__":
    main()
