"""Team mode: what a sync moves and how long it takes, over the loopback to a real PostgreSQL.

One meeting of Kommunstyrelsen with 30 ärenden (each with a tjänsteskrivelse: three att-satser
and two sections) and 200 pages of PDF bilagor (20 files of 10 pages). Anna's laptop pushes it
the first time, Cecilia's pulls it; then Anna changes one att-sats and both sync again. The
second time must move only the change.

Bytes are counted by a TCP relay between ksdesk and the server (everything on the wire, the
login included); rows are the sync's own count. Times are medians of REPEAT rounds.

    python bench/team_sync.py
"""

from __future__ import annotations

import contextlib
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import time as clock_time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

REPEAT = 5
ITEMS = 30
FILES, PAGES_PER_FILE = 20, 10


class CountingRelay:
    """127.0.0.1:port → the server, counting the bytes each way."""

    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.up = self.down = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            client, _ = self.listener.accept()
            server = socket.create_connection(self.target)
            threading.Thread(target=self._pump, args=(client, server, "up"), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, "down"), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, way: str) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
                with self.lock:
                    setattr(self, way, getattr(self, way) + len(chunk))
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def take(self) -> tuple[int, int]:
        with self.lock:
            counted = (self.up, self.down)
            self.up = self.down = 0
        return counted


def _pdf(pages: int, number: int) -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for page in range(1, pages + 1):
        pdf.setFont("Helvetica", 10)
        for line in range(50):
            pdf.drawString(
                56, 800 - line * 15, f"Bilaga {number}, sida {page}, rad {line}: " + "text " * 14
            )
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def build_meeting(store) -> str:
    from datetime import date

    from ksdesk.core.meeting import Arende, Forslag, Section, Tjansteskrivelse
    from ksdesk.services import meetings

    meeting, _ = meetings.create_meeting(
        store, "Kommunstyrelsen", date(2024, 3, 12), clock_time(14, 0), "Kommunhuset"
    )
    for number in range(1, ITEMS + 1):
        ts = Tjansteskrivelse(
            f"Ärende {number}",
            diarienummer=f"KS 2024/{number}",
            forslag=[Forslag(f"Att-sats {n} i ärende {number}.", str(n)) for n in (1, 2, 3)],
            sections=[
                Section("Beskrivning av ärendet", "Förvaltningen föreslår … " * 40),
                Section("Ekonomiska konsekvenser", "Inga utöver budget. " * 10),
            ],
        )
        bilagor = []
        if number <= FILES:
            data = _pdf(PAGES_PER_FILE, number)
            bilagor.append(meetings.pdf_bilaga(data, f"bilaga-{number}.pdf", f"Bilaga {number}"))
        meeting.items.append(
            Arende(f"Ärende {number}", dnr=f"KS 2024/{number}", tjansteskrivelse=ts,
                   bilagor=bilagor)
        )  # fmt: skip
    meetings.save_meeting(store, meeting)
    return meeting.uuid


def change_one_att_sats(store, round_no: int) -> None:
    from datetime import date

    from ksdesk.services import meetings
    from ksdesk.services.meeting_lookup import find_meeting

    meeting = find_meeting(store, date(2024, 3, 12))
    with_ts = [item for item in meeting.items if item.tjansteskrivelse]
    with_ts[round_no].tjansteskrivelse.forslag[0].text = f"Ändrad i omgång {round_no}."
    meetings.save_meeting(store, meeting)


def measure(relay: CountingRelay, work) -> tuple[float, int, int, object]:
    relay.take()
    began = time.perf_counter()
    result = work()
    elapsed = time.perf_counter() - began
    time.sleep(0.05)  # the relay threads count the last bytes
    up, down = relay.take()
    return elapsed, up, down, result


@contextlib.contextmanager
def bench_server() -> Iterator[tuple[Any, CountingRelay, str, Path]]:
    """A throw-away cluster with the ksdesk schema and the logins anna and cecilia, a
    counting relay in front of it: (cluster, relay, url through the relay, a folder)."""
    import keyring
    import psycopg

    from ksdesk.db.server import schema
    from tests.pg_cluster import Cluster
    from tests.team.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    cluster = Cluster(tcp=True).start()
    try:
        cluster.create_database("ksdesk")
        with psycopg.connect(cluster.superuser_url("ksdesk")) as conn:
            schema.init(conn, "Benchkommun")
            for login in ("anna", "cecilia"):
                conn.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{login}' "
                             "IN ROLE ksdesk_sekreterare")  # fmt: skip
            conn.commit()
        relay = CountingRelay(cluster.port)
        url = f"postgresql://127.0.0.1:{relay.port}/ksdesk"
        yield cluster, relay, url, Path(tempfile.mkdtemp(prefix="ksdesk-bench-"))
    finally:
        cluster.stop()


def main() -> None:
    from ksdesk.db.connection import open_store
    from ksdesk.services import team, team_server

    with bench_server() as (cluster, relay, url, folder):
        anna = open_store(folder / "anna.sqlite", create=True)
        build_meeting(anna)
        team.koppla(anna, url, "anna", "anna", "Anna Ek")
        lines = []
        elapsed, up, down, result = measure(relay, lambda: team.sync(anna))
        lines.append(("första push (Anna)", elapsed, result.rows_sent, up, down))
        team_server.grant(cluster.superuser_url("ksdesk"), "Kommunstyrelsen", "cecilia")
        cecilia = open_store(folder / "cecilia.sqlite", create=True)
        team.koppla(cecilia, url, "cecilia", "cecilia", "Cecilia Dahl")
        elapsed, up, down, result = measure(relay, lambda: team.sync(cecilia))
        lines.append(("första pull (Cecilia)", elapsed, result.rows_received, up, down))
        pushes, pulls, idle = [], [], []
        for round_no in range(REPEAT):
            change_one_att_sats(anna, round_no)
            pushes.append(measure(relay, lambda: team.sync(anna)))
            pulls.append(measure(relay, lambda: team.sync(cecilia)))
            idle.append(measure(relay, lambda: team.sync(cecilia)))
        for name, runs, rows_of in (
            ("en ändring, push (Anna)", pushes, lambda r: r.rows_sent),
            ("en ändring, pull (Cecilia)", pulls, lambda r: r.rows_received),
            ("inget att göra (Cecilia)", idle, lambda r: r.rows_received + r.rows_sent),
        ):
            lines.append((
                name,
                statistics.median(r[0] for r in runs),
                max(rows_of(r[3]) for r in runs),
                int(statistics.median(r[1] for r in runs)),
                int(statistics.median(r[2] for r in runs)),
            ))  # fmt: skip
        size = sum(p.stat().st_size for p in folder.glob("anna.sqlite*"))
        print(f"Sammanträde: {ITEMS} ärenden, {FILES * PAGES_PER_FILE} sidor bilagor "
              f"(filen {size / 1e6:.1f} MB); loopback, median av {REPEAT} omgångar")  # fmt: skip
        print(f"{'':30} {'tid':>9} {'rader':>7} {'byte upp':>12} {'byte ned':>12}")
        for name, elapsed, rows, up, down in lines:
            print(f"{name:30} {elapsed * 1000:7.0f} ms {rows:7d} {up:12,d} {down:12,d}")
        anna.close()
        cecilia.close()


if __name__ == "__main__":
    main()
