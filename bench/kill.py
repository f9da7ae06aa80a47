"""The kill test at 1 000 kills (the suite runs 100): a writer making acknowledged edits
through the real services, SIGKILLed at random moments; after every kill the file passes
integrity_check, the lock is free and every acknowledged edit is there, none half there.

Run: .venv/bin/python bench/kill.py [KILLS]  (POSIX; a few minutes)."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("KSDESK_DATA_DIR", tempfile.mkdtemp(prefix="ksdesk-kill-"))

from ksdesk.db.connection import open_store
from ksdesk.services.demo import load_demo
from tests.safety.test_kill import kill_rounds


def main() -> None:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    folder = Path(tempfile.mkdtemp(prefix="ksdesk-kill-"))
    path = folder / "demo.sqlite"
    store = open_store(path, create=True)
    load_demo(store)
    store.close()
    result = kill_rounds(path, kills)
    print(
        f"{result.kills} kills: {result.acked} acknowledged edits, all there after every kill; "
        f"{result.kills_before_first_ack} kills before the writer's first ack; "
        f"{result.backups} backups, all whole; {result.seconds:.0f} s"
    )
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
