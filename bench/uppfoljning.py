"""Follow-up benchmark: ten years of a kommunstyrelse (11 meetings a year, 25 §§ each: 2 750
§§, one in 25 återremitterad or bordlagd, most taken up again one or two meetings later by
Dnr, some never), 300 uppdrag and 200 motioner. Times, median of 3: the open matters, what
a new agenda is offered, one ärende's history, the whole overview (what the Uppföljning tab
shows), and `ksdesk uppfoljning --json` as a process.

Run: .venv/bin/python bench/uppfoljning.py
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from datetime import time as clock
from pathlib import Path

from timing import median_ms

from ksdesk.core.protokoll import Paragraf
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.db import protokoll_repo  # bench only: history written directly
from ksdesk.services import arenden, meetings, motioner, uppdrag, uppfoljning
from ksdesk.services.store import open_database

RUNS = 3
YEARS = range(2011, 2021)
SENT_BACK = "Kommunstyrelsen återremitterar ärendet till förvaltningen för komplettering."
DECIDED = "Kommunstyrelsen beslutar enligt förvaltningens förslag."


def history(store, organ_id: int) -> tuple[int, int]:
    """Write ten years of §§; returns (number of §§, one § sent back and taken up)."""
    rng = random.Random(14)
    waiting: list[tuple[str, str]] = []  # (dnr, title) sent back, to come back later
    count, followed = 0, 0
    for year in YEARS:
        nr = 0
        for month in (1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12):
            day = date(year, month, 10)
            back, waiting = waiting[:2], waiting[2:]
            items = back + [(f"KS {year}/{month * 100 + i}", f"Ärende {i}") for i in range(25)]
            for dnr, title in items[:25]:
                nr += 1
                sent_back = rng.random() < 0.04
                p = Paragraf(
                    organ_id=organ_id,
                    meeting_date=day,
                    nr=nr,
                    title=title,
                    dnr=dnr,
                    beslut=SENT_BACK if sent_back else DECIDED,
                )
                pid = protokoll_repo.save(store, p)
                count += 1
                if sent_back and rng.random() < 0.85:
                    waiting.append((dnr, title))
                    followed = followed or pid
    return count, followed


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


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tio-ar.sqlite"
        store = open_database(path, create=True)
        made = time.perf_counter()
        meeting, _ = meetings.create_meeting(
            store, "Kommunstyrelsen", date(2021, 1, 18), clock(14, 0)
        )
        with store.atomic():
            paragrafer, followed = history(store, meeting.organ_id)
            registers(store, meeting.organ_id)
        made = time.perf_counter() - made
        print(f"{paragrafer} §§, 300 uppdrag, 200 motioner written in {made:.1f} s")
        today = date(2021, 1, 10)
        open_now = arenden.open_matters(store)
        print(
            f"open matters: {len(open_now)}; "
            f"{median_ms(lambda: arenden.open_matters(store), RUNS):.0f} ms"
        )
        offered = arenden.offered_for(store, meeting.id)
        print(
            f"offered to the 2021-01-18 agenda: {len(offered)}; "
            f"{median_ms(lambda: arenden.offered_for(store, meeting.id), RUNS):.0f} ms"
        )
        steps = arenden.history(store, paragraf_id=followed)
        print(
            f"one ärende's history ({len(steps)} steps): "
            f"{median_ms(lambda: arenden.history(store, paragraf_id=followed), RUNS):.0f} ms"
        )
        print(
            f"overview (the Uppföljning tab): "
            f"{median_ms(lambda: uppfoljning.overview(store, today), RUNS):.0f} ms"
        )
        store.close()
        command = [sys.executable, "-m", "ksdesk", "uppfoljning", "--db", str(path), "--json"]
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        print(f"ksdesk uppfoljning --json (process): {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
