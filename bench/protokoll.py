"""Protokoll benchmark: building the demo protokoll (7 §§) and a generated protokoll of 60 §§
(each with beskrivning, yrkanden and a votering of 13 who step out now and then; full and
public version), median of 5; one protokollsutdrag; the
deadline chain for every day of ten years; and `ksdesk deadlines` as a process.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/protokoll.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from timing import median_ms

from ksdesk.core.deadlines import deadline_chain
from ksdesk.core.narvaro import come_back, leave
from ksdesk.core.protokoll import Deltagare, Votering, Yrkande
from ksdesk.services import meeting_lookup
from ksdesk.services import protokoll as service
from ksdesk.services.demo import load_demo
from ksdesk.services.info import open_database
from ksdesk.services.protokoll_print import protokoll_document, utdrag_document

RUNS = 5


def big_meeting(store, meeting_id: int) -> None:
    """Sixty §§ on one meeting: thirteen ledamöter vote in each."""
    from ksdesk.core.meeting import Arende
    from ksdesk.services import meetings

    meeting = meetings.get_meeting(store, meeting_id)
    text = "Förvaltningen har berett ärendet och föreslår att det bifalls. " * 12
    meeting.items = [Arende(f"Ärende {i}", dnr=f"2020/{i}", proposal=text) for i in range(60)]
    from ksdesk.db import meeting_repo  # bench only: set up data directly

    with store.atomic():
        meeting_repo.save(store, meeting)
    protokoll = service.start_protokoll(store, meeting_id)
    people = [Deltagare(f"Ledamot {i}", "S" if i % 2 else "M") for i in range(13)]
    # Everyone steps out for a § now and then: five stretches of presence each.
    numbers = protokoll.numbers
    for i, person in enumerate(people):
        for out in range(5 + i, 60, 12):
            person.narvaro = leave(person.narvaro, numbers[out], numbers)
            person.narvaro = come_back(person.narvaro, numbers[out + 1], numbers)
    service.save_upprop(store, meeting_id, people)
    for p in protokoll.paragrafer:
        p.beskrivning = text * 2
        p.yrkanden = [
            Yrkande("Ledamot 1", "yrkar bifall.", "S"),
            Yrkande("Ledamot 2", "yrkar avslag.", "M"),
        ]
        p.votering = Votering(
            "förslaget", "avslag", {a.name: "ja" if i % 3 else "nej" for i, a in enumerate(people)}
        )
        service.save_paragraf(store, p)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        store = open_database(path, create=True)
        load_demo(store)
        meeting_id = meeting_lookup.find_meeting(store, date(2020, 12, 7)).id
        service.start_protokoll(store, meeting_id)
        demo = median_ms(lambda: protokoll_document(store, meeting_id), RUNS)
        utdrag = median_ms(lambda: utdrag_document(store, meeting_id, 221), RUNS)
        size = len(protokoll_document(store, meeting_id))
        big_meeting(store, meeting_id)
        big = median_ms(lambda: protokoll_document(store, meeting_id), RUNS)
        public = median_ms(lambda: protokoll_document(store, meeting_id, public=True), RUNS)
        store.close()
        days = [date(2020, 1, 1) + timedelta(days=i) for i in range(3653)]
        start = time.perf_counter()
        for day in days:
            deadline_chain(day)
        chain_ms = (time.perf_counter() - start) * 1000
        cli = median_ms(
            lambda: subprocess.run(
                [sys.executable, "-m", "ksdesk", "deadlines", "--date", "2020-12-11", "--json"],
                check=True,
                capture_output=True,
            ),
            RUNS,
        )
    print(f"demo protokoll, 7 §§ ({size // 1024} kB):       {demo:7.1f} ms (median of {RUNS})")
    print(f"protokollsutdrag § 221:               {utdrag:7.1f} ms")
    print(f"protokoll of 60 §§ with voteringar:   {big:7.1f} ms")
    print(f"  the same, public version (scan too): {public:7.1f} ms")
    print(f"deadline chain, 3 653 dates:          {chain_ms:7.1f} ms in all")
    print(f"`ksdesk deadlines` as a process:      {cli:7.1f} ms")


if __name__ == "__main__":
    main()
