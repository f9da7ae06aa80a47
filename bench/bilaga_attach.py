"""A Kallelse edit that adds a PDF bilaga, as the tab makes it: the file is checked and its text
read for the search index when it is attached (services.meetings.pdf_bilaga), then the meeting
is saved, the index taking the text in the save's transaction. On a copy of the one-year file
of bench/history.py (its last meeting), with 2-page files of the history's kind that the file
does not hold yet (each read once: nothing cached), and on the real Word PDFs of
tests/interchange/word_pdfs.

Printed: the median and the slowest of the attach (check and text) and of the whole edit
(attach and save), in ms of wall time, the first edit apart (it pays the imports of the PDF
readers), and the text reading alone (interchange.pdf_text) per real file.

Run: .venv/bin/python bench/bilaga_attach.py [--files 30]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from history import ensure  # noqa: E402
from history_content import pdf_file  # noqa: E402

FIRST_NEW = 1000  # the pool of the history file is 300 files: these are not in it


def edits(path: Path, files: int) -> tuple[float, list[float], list[float]]:
    """(first edit, attaches, whole edits) in ms."""
    from ksdesk.core.meeting import Arende
    from ksdesk.services import meetings as meeting_service
    from ksdesk.services.store import open_database

    store = open_database(path)
    try:
        meeting_id = store.db.execute("SELECT max(id) FROM meeting").fetchone()[0]
        attaches, totals = [], []
        for n in range(files + 1):
            data = pdf_file(FIRST_NEW + n)
            meeting = meeting_service.get_meeting(store, meeting_id)
            start = time.perf_counter()
            bilaga = meeting_service.pdf_bilaga(data, f"ny-bilaga-{n}.pdf")
            attached = time.perf_counter()
            meeting.items.append(Arende(f"Nytt ärende {n}", bilagor=[bilaga]))
            meeting_service.save_meeting(store, meeting)
            done = time.perf_counter()
            attaches.append((attached - start) * 1000)
            totals.append((done - start) * 1000)
        return totals[0], attaches[1:], totals[1:]
    finally:
        store.close()


def real_files() -> list[tuple[str, float, int]]:
    """(file, ms to read its text, words) for each real Word PDF, read three times, best."""
    from ksdesk.interchange import pdf_text
    from tests.interchange.word_pdf_files import ALL

    rows = []
    for path in ALL:
        data = path.read_bytes()
        best = float("inf")
        for _ in range(3):
            pdf_text._pdf_text.cache_clear()
            start = time.perf_counter()
            text = pdf_text.bilaga_text(path.name, data) or ""
            best = min(best, (time.perf_counter() - start) * 1000)
        rows.append((path.name, best, len(text.split())))
    return rows


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ett-ar.sqlite"
        shutil.copy(ensure(1), path)
        first, attaches, totals = edits(path, args.files)
    print(f"Kallelse: lägg till en 2-sidig PDF-bilaga och spara ({args.files} filer, ett år)")
    print(f"  första redigeringen (importer): {first:.1f} ms")
    for name, values in (("bifoga (kontroll + text)", attaches), ("hela redigeringen", totals)):
        print(
            f"  {name}: median {statistics.median(values):.1f} ms, "
            f"p95 {_p95(values):.1f} ms, längst {max(values):.1f} ms"
        )
    print("Riktiga PDF-filer från Word: texten för sökindexet")
    for name, ms, words in real_files():
        print(f"  {name}: {ms:.0f} ms, {words} ord")


if __name__ == "__main__":
    main()
