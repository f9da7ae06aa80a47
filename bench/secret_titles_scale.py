"""The public-copy scan of one meeting on the ten-year file when the file holds many secret
ärenden (a socialnämnd marks several at every meeting): the review and the register lists
look for every secret title of the file in each text (core.title_sieve).

Run: .venv/bin/python bench/secret_titles_scale.py [PER_MEETING ...]
Marks PER_MEETING ärenden of every meeting secret in a copy of bench/history.py's ten-year
file (default 0, 2 and 6: none, some 440 and some 1 300 titles), then times, in CPU, the
scan of the newest meeting in a store just opened (median of 3) and a scan again."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from history import ensure

POSITIONS = (3, 7, 11, 15, 19, 23)  # the ärenden marked secret, up to six of each meeting


def marked_copy(folder: Path, per_meeting: int) -> tuple[Path, int, int]:
    """A copy of the ten-year file with `per_meeting` ärenden of each meeting secret: (its
    path, how many are secret, the newest meeting's id)."""
    path = folder / f"secret-{per_meeting}.sqlite"
    shutil.copy(ensure(10), path)
    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE agenda_item SET secret = 1, secrecy_ref = '26 kap. 1 § OSL' "
            "WHERE position IN (SELECT value FROM json_each(?))",
            [f"[{','.join(map(str, POSITIONS[:per_meeting]))}]"],
        )
        secret = db.execute("SELECT count(*) FROM agenda_item WHERE secret = 1").fetchone()[0]
        newest = db.execute("SELECT id FROM meeting ORDER BY date DESC LIMIT 1").fetchone()[0]
    db.close()
    return path, secret, newest


def main() -> None:
    from ksdesk.db.connection import open_store
    from ksdesk.services import public_copy

    counts = [int(arg) for arg in sys.argv[1:]] or [0, 2, 6]
    with tempfile.TemporaryDirectory() as folder:
        for per_meeting in counts:
            path, secret, newest = marked_copy(Path(folder), per_meeting)
            open_store(path).close()  # brought to this version once
            spent = []
            for _ in range(3):
                store = open_store(path, read_only=True)
                start = time.process_time()
                public_copy.scan_public(store, newest)
                spent.append(time.process_time() - start)
                store.close()
            store = open_store(path, read_only=True)
            public_copy.scan_public(store, newest)
            start = time.process_time()
            hits = public_copy.scan_public(store, newest)
            again = time.process_time() - start
            store.close()
            print(
                f"{secret:>5} secret ärenden: scan {sorted(spent)[1] * 1000:.0f} ms CPU in a "
                f"store just opened, {again * 1000:.0f} ms again; {len(hits)} hits"
            )


if __name__ == "__main__":
    main()
