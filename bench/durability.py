"""Durability benchmark: what `synchronous = FULL` (ksdesk's setting) costs per edit against
NORMAL, on the demo database, and how long a backup and a quick_check on opening take.

Run: .venv/bin/python bench/durability.py  (prints milliseconds; median of the edits)."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("KSDESK_DATA_DIR", tempfile.mkdtemp(prefix="ksdesk-bench-"))

from ksdesk.services import backup as backup_service
from ksdesk.services import meetings as meeting_service
from ksdesk.services.demo import load_demo
from ksdesk.services.store import open_database

EDITS = 200


def _edits(store, meeting_id: int) -> list[float]:
    times = []
    for n in range(EDITS):
        start = time.perf_counter()
        meeting_service.update_meeting_fields(store, meeting_id, {"place": f"Sal {n}"})
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="ksdesk-bench-"))
    path = folder / "demo.sqlite"
    store = open_database(path, create=True)
    load_demo(store)
    meeting_id = meeting_service.list_meetings(store)[0].id
    for mode in ("FULL", "NORMAL"):
        store.db.execute(f"PRAGMA synchronous = {mode}")
        times = _edits(store, meeting_id)
        print(
            f"edit, synchronous={mode}: median {statistics.median(times):.2f} ms, "
            f"p95 {sorted(times)[int(len(times) * 0.95)]:.2f} ms"
        )
    start = time.perf_counter()
    backup = backup_service.create_backup(store)
    print(f"backup of {backup.size_text}: {(time.perf_counter() - start) * 1000:.1f} ms")
    store.close()
    _time_open(path, "demo")
    _grow(path, megabytes=100)
    _time_open(path, "demo + 100 MB of bilagor")


def _time_open(path: Path, label: str) -> None:
    start = time.perf_counter()
    open_database(path).close()
    size = path.stat().st_size / 1e6
    took = (time.perf_counter() - start) * 1000
    print(f"open with quick_check and lock, {label} ({size:.0f} MB): {took:.1f} ms")


def _grow(path: Path, megabytes: int) -> None:
    """Add PDF-sized blobs, as a year of bilagor would."""
    from ksdesk.core.meeting import Bilaga
    from ksdesk.db import meeting_repo  # a benchmark may fill the file directly

    store = open_database(path)
    meeting = meeting_service.get_meeting(store, meeting_service.list_meetings(store)[0].id)
    item = meeting.items[1]
    for n in range(megabytes):
        item.bilagor.append(Bilaga(title=f"B{n}", filename="b.pdf", content=os.urandom(1_000_000)))
    meeting_repo.save(store, meeting)
    store.flush()
    store.close()


if __name__ == "__main__":
    main()
