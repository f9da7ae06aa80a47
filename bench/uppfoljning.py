"""Follow-up benchmark: ten years of a kommunstyrelse (11 meetings a year, 25 §§ each: 2 750
§§, one in 25 återremitterad or bordlagd, most taken up again one or two meetings later by
Dnr, some never), 300 uppdrag and 200 motioner. Titles and beslut are real municipal prose
recombined as bench/history.py's (bench/history_text.py): every § has a beslut of its own,
some 350 characters, as a real file has (one text for every § hid what reading each costs).
CPU times (the machine may be shared): the open matters, what a new agenda is offered, one
ärende's history, the whole overview (what the Uppföljning tab shows); and `ksdesk
uppfoljning --json` as a process (wall time).

What is derived from every meeting is kept while no meeting changes
(services.arende_follow), so each figure is given twice: the first call after the file is
opened (nothing kept: what the tab's first opening and `ksdesk uppfoljning` pay), and again
while nothing has changed (what a reload pays). Each is a median of 3 (the first over 3
openings of the file, the Dnr and beslut readings the process remembers forgotten before
each).

Run: .venv/bin/python bench/uppfoljning.py
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sized
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from history_text import decided, numbered, sent_back
from history_text import title as random_title

from ksdesk.core.protokoll import Paragraf
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.db import protokoll_repo  # bench only: history written directly
from ksdesk.services import arende_history, arenden, meetings, motioner, uppdrag, uppfoljning
from ksdesk.services.store import Store, open_database

RUNS = 3
YEARS = range(2011, 2021)
ORGAN = "Kommunstyrelsen"


def history(store) -> tuple[int, int]:
    """Write ten years of meetings and their §§; returns (number of §§, one § sent back and
    taken up)."""
    rng = random.Random(14)
    waiting: list[tuple[str, str]] = []  # (dnr, title) sent back, to come back later
    count, followed = 0, 0
    for year in YEARS:
        nr = 0
        for month in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12):
            day = date(year, month, 10)
            held, _ = meetings.create_meeting(store, "Kommunstyrelsen", day, clock(14, 0))
            back, waiting = waiting[:2], waiting[2:]
            items = back + [
                (f"KS {year}/{month * 100 + i}", random_title(rng, year)[0]) for i in range(25)
            ]
            for dnr, title in items[:25]:
                nr += 1
                is_sent_back = rng.random() < 0.04
                p = Paragraf(
                    organ_id=held.organ_id,
                    meeting_date=day,
                    nr=nr,
                    title=title,
                    dnr=dnr,
                    beslut=_beslut(rng, title, day, is_sent_back),
                    meeting_id=held.id,
                )
                pid = protokoll_repo.save(store, p)
                count += 1
                if is_sent_back and rng.random() < 0.85:
                    waiting.append((dnr, title))
                    followed = followed or pid
    return count, followed


def _beslut(rng: random.Random, heading: str, day: date, is_sent_back: bool) -> str:
    if is_sent_back:
        return sent_back(rng, ORGAN, heading, day.year)
    written = (day - timedelta(days=21)).isoformat()
    return numbered(decided(rng, ORGAN, heading, written, day.year))


def registers(store, organ_id: int) -> None:
    rng = random.Random(7)
    for i in range(300):
        due = date(2011, 1, 1) + timedelta(days=rng.randrange(3650))
        uppdrag.save(
            store,
            Uppdrag(
                f"Uppdrag {i}",
                ansvarig="Kommundirektören",
                senast=due,
                organ_id=organ_id,
                kalla=f"KS § {i}",
            ),
        )
    for i in range(200):
        vackt = date(2011, 1, 1) + timedelta(days=rng.randrange(3650))
        motioner.add(
            store,
            "motion" if i % 3 else "medborgarforslag",
            f"Motion {i}",
            vackt,
            av=f"Person {i}",
            dnr=f"KS {vackt.year}/{900 + i}",
        )


def first_and_kept(path: Path, work: Callable[[Store], Sized]) -> tuple[Sized, float, float]:
    """What `work` found; its CPU time just after the file is opened (the median of RUNS
    openings), and again while nothing has changed (the median of RUNS calls). CPU time:
    the machine may be shared."""
    firsts, kept = [], []
    for _ in range(RUNS):
        forget_readings()
        store = open_database(path)
        for times in (firsts, *[kept] * RUNS):
            start = time.process_time()
            found = work(store)
            times.append(time.process_time() - start)
        store.close()
    return found, statistics.median(firsts) * 1000, statistics.median(kept) * 1000


def forget_readings() -> None:
    """What the process remembers of every Dnr and beslut read (a new process knows none)."""
    from ksdesk.core.arendegang import utfall_of
    from ksdesk.services.arende_groups import dnr_group

    utfall_of.cache_clear()
    dnr_group.cache_clear()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tio-ar.sqlite"
        store = open_database(path, create=True)
        made = time.perf_counter()
        meeting, _ = meetings.create_meeting(
            store, "Kommunstyrelsen", date(2021, 1, 18), clock(14, 0)
        )
        with store.atomic():
            paragrafer, followed = history(store)
            registers(store, meeting.organ_id)
        made = time.perf_counter() - made
        print(f"{paragrafer} §§, 300 uppdrag, 200 motioner written in {made:.1f} s")
        store.close()
        today = date(2021, 1, 10)
        works = {
            "open matters": lambda store: arenden.open_matters(store),
            "offered to the 2021-01-18 agenda": lambda store: arenden.offered_for(
                store, meeting.id
            ),
            "one ärende's history": lambda store: arende_history.history(
                store, paragraf_id=followed
            ),
            "overview (the Uppföljning tab), open matters": lambda store: (
                uppfoljning.overview(store, today).aterremitterade
            ),
        }
        for name, work in works.items():
            found, first, kept = first_and_kept(path, work)
            print(f"{name}: {len(found)}; first {first:.0f} ms, kept {kept:.1f} ms")
        command = [sys.executable, "-m", "ksdesk", "uppfoljning", "--db", str(path), "--json"]
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        print(f"ksdesk uppfoljning --json (process): {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
