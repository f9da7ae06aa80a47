"""The window reading again, in the background, the PDFs an older ksdesk read with pypdf
(step m1806, ui/bilaga_texts.py) when the text read again differs from the one the index
holds: the ten-year file's 300 PDFs (held by 6 600 bilagor) replaced by the same pages drawn
as Acrobat's PDFMaker draws Word's lines (tests/pdfmaker_pieces.py: a line's first long word
in two pieces, which pypdf reads as two words), the index holding pypdf's reading of them as
the ksdesk before step m1806 kept it. The window is then opened and left alone until the
queue is empty.

Prints how many files the two readers read differently, how long the reading took, how many
bilaga documents were indexed again, the worker's batches (each one write transaction beside
the window's: a save in the window waits for the one under way), and the longest pause of
the GUI thread meanwhile (GuiGaps: a 10 ms timer on the GUI thread) while the secretary saves
on the GUI thread, in runs (Saves: each save waits while the worker's transaction is under
way), and, for comparison, the same after the reading, with nothing left to read.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bilaga_reread.py [ROWS]
(ROWS: the bilagor a batch indexes again, ui/bilaga_texts.ROWS unless given.) The "before"
figures: the same script in a checkout of the older ksdesk.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from history import ensure
from history_text import bilaga_lines
from timing import GuiGaps


def pdfmaker_file(seed: int) -> bytes:
    """The pages of bench/history_content.pdf_file(seed), drawn in pieces as PDFMaker draws."""
    from tests.pdfmaker_pieces import pdf_in_pieces

    lines = bilaga_lines(random.Random(f"pdf-{seed}"), 60)
    return pdf_in_pieces([[f"Bilaga {seed} sida {page + 1}", *lines[page::2]] for page in range(2)])


def as_older_ksdesk_read(store) -> tuple[int, int]:
    """Every PDF of the file replaced by its PDFMaker-like twin, its text in the index as
    pypdf read it, and step m1806's queue filled. Returns (files, files read differently)."""
    from ksdesk.db.migrations.m1806_pdf_text_reread import m1806_pdf_text_reread
    from ksdesk.interchange import pdf_text

    files = store.db.execute(
        "SELECT sha256, min(filename) FROM bilaga WHERE content IS NOT NULL GROUP BY sha256"
    ).fetchall()
    differ = 0
    with store.atomic():
        for sha, filename in files:
            data = pdfmaker_file(int(filename.removeprefix("bilaga-").removesuffix(".pdf")))
            new = hashlib.sha256(data).hexdigest()
            old_text = pdf_text.pypdf_text(data)
            differ += old_text.split() != (pdf_text.bilaga_text(filename, data) or "").split()
            store.db.execute("INSERT OR REPLACE INTO file_text VALUES (?, ?)", [new, old_text])
            store.db.execute(
                "UPDATE bilaga SET content = ?, sha256 = ? WHERE sha256 = ?", [data, new, sha]
            )
        m1806_pdf_text_reread(store.db)
    return len(files), differ


class Batches:
    """The worker's calls of store_unread_beside, and each of their write transactions
    (services.search._store_text: a file's text stored, or a share of its bilagor indexed),
    timed."""

    def __init__(self) -> None:
        from ksdesk.services import search

        self.batches: list[float] = []
        self.writes: list[float] = []
        self.changed = self.documents = 0
        # A ksdesk before the shares (put first on PYTHONPATH for the "before" figures)
        # stored a batch's texts in one transaction, store_file_texts.
        writer = "_store_text" if hasattr(search, "_store_text") else "store_file_texts"
        real_batch, real_write = search.store_unread_beside, getattr(search, writer)

        def batch(*args, **kwargs):
            start = time.perf_counter()
            stored = real_batch(*args, **kwargs)
            self.batches.append(time.perf_counter() - start)
            self.changed += stored.changed
            self.documents += getattr(stored, "documents", stored.changed)
            return stored

        def write(*args, **kwargs):
            start = time.perf_counter()
            try:
                return real_write(*args, **kwargs)
            finally:
                self.writes.append(time.perf_counter() - start)

        search.store_unread_beside = batch
        setattr(search, writer, write)


class Saves:
    """The secretary at work: runs of RUN saves on the GUI thread, half a second apart, each
    run followed by PAUSE seconds without one. A save is one write transaction through the
    window's store (it waits while the worker's is under way), announced on data_changed as
    an edit's command announces it. Each one's time is kept, and the first of each run's."""

    RUN, PAUSE = 5, 6.0

    def __init__(self, store, app) -> None:
        from PySide6.QtCore import QTimer

        self.store, self.app = store, app
        self.times: list[float] = []
        self.firsts: list[float] = []
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(500)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        at = self.ticks % (self.RUN + int(self.PAUSE * 2))
        self.ticks += 1
        if at >= self.RUN:
            return
        start = time.perf_counter()
        with self.store.atomic():
            self.store.db.execute("UPDATE change_context SET user = user")
        self.times.append(time.perf_counter() - start)
        if at == 0:
            self.firsts.append(self.times[-1])
        self.app.data_changed.emit("bench")  # a topic no tab shows: no tab reloads

    def clear(self) -> None:
        self.times.clear()
        self.firsts.clear()

    def figures(self) -> str:
        if not self.times:
            return "no save"
        slow = sum(1 for t in self.times if t > 0.05)
        return (
            f"{len(self.times)} saves: {_spread(self.times)}, {slow} over 50 ms; "
            f"the first of a run: {_spread(self.firsts)}"
        )


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from ksdesk.services import search
    from ksdesk.services.store import open_database
    from ksdesk.ui import bilaga_texts
    from ksdesk.ui.app import create_application
    from ksdesk.ui.main_window import MainWindow

    if len(sys.argv) > 1:
        bilaga_texts.ROWS = int(sys.argv[1])
    create_application()
    app = QApplication.instance()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tio-ar.sqlite"
        shutil.copy(ensure(10), path)
        store = open_database(path)
        files, differ = as_older_ksdesk_read(store)
        queued = len(search.files_to_read(store, 1_000_000))
        batches = Batches()
        gaps = GuiGaps()
        gaps.start_clock()
        window = MainWindow(store)
        window.resize(1366, 768)
        window.show()
        app.processEvents()  # the first paint, which the reading waits for
        gaps.start_ticks()
        saves = Saves(store, app)
        saves.timer.start()
        while search.files_to_read(store, 1) and gaps.elapsed() < 1200:
            app.processEvents()
        took = gaps.elapsed()
        reading, saved = gaps.longest(), saves.figures()
        gaps.gaps.clear()
        saves.clear()
        while gaps.elapsed() < took + 60:  # the same window, nothing left to read
            app.processEvents()
        idle, saved_idle = gaps.longest(), saves.figures()
        saves.timer.stop()
        gaps.stop()
        window.close()
        store.close()
    print(f"{files} files, {differ} read differently by pypdf and ksdesk's reader")
    print(f"a batch: {bilaga_texts.BATCH} files, {bilaga_texts.ROWS} bilagor at most")
    print(
        f"{queued} files read again in {took:.1f} s: {batches.changed} bilagor with another "
        f"text, {batches.documents} indexed again, in {len(batches.batches)} batches of "
        f"{len(batches.writes)} write transactions"
    )
    if batches.batches:
        print(
            f"worker per batch: {_spread(batches.batches)}; "
            f"a write transaction: {_spread(batches.writes)}"
        )
    print(f"longest GUI pause: {reading * 1000:.0f} ms reading, {idle * 1000:.0f} ms after it")
    print(f"saves on the GUI thread, reading: {saved}")
    print(f"saves on the GUI thread, after it: {saved_idle}")


def _spread(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    return f"median {ordered[len(ordered) // 2] * 1000:.0f} ms, longest {ordered[-1] * 1000:.0f} ms"


if __name__ == "__main__":
    main()
