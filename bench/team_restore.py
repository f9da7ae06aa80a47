"""Team mode: bringing back what was deleted on the server (`ksdesk server raderat` and
`aterstall`), over the loopback to a real PostgreSQL, through a relay that counts the bytes.

The meeting of bench/team_sync.py (30 ärenden with tjänsteskrivelser, 200 pages of PDF
bilagor). Anna deletes one ärende with its 10-page bilaga and syncs, Cecilia syncs; then
Cecilia lists what is deleted and restores the ärende (a sync, the write, a sync), and Anna
pulls it back. Last, the same for the whole meeting. Wall time and the client's CPU time
(time.process_time: the machine is shared), medians of REPEAT rounds for the ärende.

    python bench/team_restore.py
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from team_sync import CountingRelay, bench_server, build_meeting  # noqa: E402

REPEAT = 3
DAY = date(2024, 3, 12)


def timed(relay: CountingRelay, work) -> tuple[float, float, int, object]:
    """(wall seconds, CPU seconds of this process, bytes both ways, result)."""
    relay.take()
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    time.sleep(0.05)  # the relay threads count the last bytes
    return wall, cpu, sum(relay.take()), result


def drop_item(store, title: str) -> None:
    from ksdesk.services import meetings
    from ksdesk.services.meeting_lookup import find_meeting

    meeting = find_meeting(store, DAY)
    meeting.items = [item for item in meeting.items if item.title != title]
    meetings.save_meeting(store, meeting)


def rounds(relay, anna, cecilia) -> list[tuple[str, list]]:
    from ksdesk.services import team, team_deleted

    listing, restoring, pulling = [], [], []
    for number in range(1, REPEAT + 1):
        drop_item(anna, f"Ärende {number}")
        team.sync(anna)
        team.sync(cecilia)
        listing.append(timed(relay, lambda: team_deleted.deleted(cecilia)))
        (thing,) = listing[-1][3]
        restoring.append(timed(relay, lambda t=thing: team_deleted.restore_row(cecilia, t.ref)))
        pulling.append(timed(relay, lambda: team.sync(anna)))
    return [
        ("lista borttaget (Cecilia)", listing),
        ("återställ ärendet (Cecilia)", restoring),
        ("hämta det igen (Anna)", pulling),
    ]


def whole_meeting(relay, anna, cecilia, uuid: str) -> list[tuple[str, list]]:
    from ksdesk.services import meetings, team, team_deleted
    from ksdesk.services.meeting_lookup import find_meeting

    meetings.delete_meeting(anna, find_meeting(anna, DAY).id)
    team.sync(anna)
    team.sync(cecilia)
    restored = timed(relay, lambda: team_deleted.restore_unit(cecilia, uuid))
    pulled = timed(relay, lambda: team.sync(anna))
    return [("återställ sammanträdet (Cecilia)", [restored]), ("hämta det igen (Anna)", [pulled])]


def main() -> None:
    from ksdesk.db.connection import open_store
    from ksdesk.services import team, team_server

    with bench_server() as (cluster, relay, url, folder):
        anna = open_store(folder / "anna.sqlite", create=True)
        uuid = build_meeting(anna)
        team.koppla(anna, url, "anna", "anna", "Anna Ek")
        team.sync(anna)
        team_server.grant(cluster.superuser_url("ksdesk"), "Kommunstyrelsen", "cecilia")
        cecilia = open_store(folder / "cecilia.sqlite", create=True)
        team.koppla(cecilia, url, "cecilia", "cecilia", "Cecilia Dahl")
        team.sync(cecilia)
        lines = rounds(relay, anna, cecilia) + whole_meeting(relay, anna, cecilia, uuid)
        print(f"Ett ärende med 10 sidors bilaga (median av {REPEAT}), sedan hela sammanträdet; "
              "loopback")  # fmt: skip
        print(f"{'':34} {'tid':>9} {'CPU här':>9} {'byte':>12}")
        for name, runs in lines:
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            moved = int(statistics.median(r[2] for r in runs))
            print(f"{name:34} {wall * 1000:6.0f} ms {cpu * 1000:6.0f} ms {moved:12,d}")
        anna.close()
        cecilia.close()


if __name__ == "__main__":
    main()
