"""Packet benchmark: the demo packet, and a generated meeting of 30 ärenden with 200 pages of
stored PDF bilagor, each the median of 5 builds from scratch (empty cache), beside the time a
bare ReportLab canvas takes to write the same number of pages (the floor). Also the rebuild
after a change to one ärende (the cache keeps every other part), which must not be slower
than building from scratch.

Run: `.venv/bin/python bench/packet.py` (or `make bench`).
"""

from __future__ import annotations

import io
import sys
import tempfile
from datetime import date
from datetime import time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from timing import median_seconds

from ksdesk.core.meeting import Arende, Forslag, Section, Signatory, Tjansteskrivelse
from ksdesk.db.connection import open_store
from ksdesk.reports.fonts import SANS, register_fonts
from ksdesk.services import meetings
from ksdesk.services.demo import load_demo
from ksdesk.services.packet import PartCache, build_packet

RUNS = 5
ITEMS = 30
BILAGA_PAGES = 200
TARGET_SECONDS = 2.0

PROSE = (
    "Samhällsbyggnadsnämnden beslutade den 25 november 2020 att debiteringen avseende "
    "upplåtelse av offentlig plats samt arrendeavgifter utgår under tidsperioden 1 januari 2020 "
    "till och med 31 december 2021. Dessa avgifter omfattar totalt 273 558 kr för dessa två år. "
)


def bilaga_pdf(pages: int, label: str) -> bytes:
    """A stored bilaga as a scanned-free office PDF would be: a page of text lines each."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for page in range(pages):
        canvas.setFont(SANS, 10.5)
        for line in range(48):
            canvas.drawString(
                70, 790 - line * 15, f"{label}, sida {page + 1}, rad {line + 1}: {PROSE[:70]}"
            )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def floor(pages: int) -> float:
    """A bare ReportLab canvas writing `pages` pages of similar text: nothing can be faster."""
    register_fonts()

    def write() -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4)
        for page in range(pages):
            canvas.setFont(SANS, 10.5)
            for line in range(48):
                canvas.drawString(70, 790 - line * 15, f"Sida {page}, rad {line}: {PROSE[:70]}")
            canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    return median_seconds(write, RUNS)


def generated_meeting(folder: Path) -> tuple[object, int]:
    store = open_store(folder / "bench.sqlite", create=True)
    meeting, _created = meetings.create_meeting(
        store, "Kommunstyrelsen", date(2021, 3, 1), clock(9, 30), "KS-salen"
    )
    sizes = [BILAGA_PAGES // ITEMS + (1 if n < BILAGA_PAGES % ITEMS else 0) for n in range(ITEMS)]
    for n in range(ITEMS):
        item = Arende(
            f"Ärende {n + 1}: ombyggnad av förskolan Björkängen, etapp {n + 1}",
            dnr=f"KS 2021/{n + 1:03d}",
        )
        item.tjansteskrivelse = Tjansteskrivelse(
            title=item.title,
            datum="2021-02-15",
            diarienummer=item.dnr,
            handlaggare="Jessica Hedlund",
            forslag=[
                Forslag(f"Kommunstyrelsen beslutar {k}. {PROSE[:90]}", str(k)) for k in (1, 2)
            ],
            sections=[
                Section("Beskrivning av ärendet", "\n\n".join([PROSE * 3] * 4)),
                Section("Ekonomiska konsekvenser", PROSE),
            ],
            signatories=[Signatory("Maria Skoglund", "Kommundirektör")],
            beslut_skickas_till=["Ekonomienheten", "Akten"],
        )
        data = bilaga_pdf(sizes[n], f"Bilaga till ärende {n + 1}")
        item.bilagor = [meetings.pdf_bilaga(data, f"bilaga-{n + 1}.pdf")]
        meeting.items.insert(len(meeting.items) - 1, item)
    meetings.save_meeting(store, meeting)
    return store, meeting.id


def change_one(store, meeting_id: int, round_: int) -> None:
    meeting = meetings.get_meeting(store, meeting_id)
    item = next(i for i in meeting.items if i.tjansteskrivelse is not None)
    item.tjansteskrivelse.sections[1].text = f"{PROSE} Ändrad {round_}."
    meetings.save_meeting(store, meeting)


def measure(name: str, store, meeting_id: int) -> None:
    result = build_packet(store, meeting_id, cache=PartCache())
    pages = result.pages
    scratch = median_seconds(lambda: build_packet(store, meeting_id, cache=PartCache()), RUNS)
    cache = PartCache()
    build_packet(store, meeting_id, cache=cache)
    unchanged = median_seconds(lambda: build_packet(store, meeting_id, cache=cache), RUNS)
    rounds = iter(range(1, 1000))

    def rebuild_after_change() -> None:
        change_one(store, meeting_id, next(rounds))
        build_packet(store, meeting_id, cache=cache)

    changed = median_seconds(rebuild_after_change, RUNS)
    base = floor(pages)
    print(f"{name}: {pages} sidor, {result.bookmarks} bokmärken")
    print(f"  från början (tom cache)   {scratch * 1000:7.0f} ms  (median av {RUNS})")
    print(f"  efter ändring i ett ärende {changed * 1000:6.0f} ms  (inkl. att spara ändringen)")
    print(f"  oförändrat (allt i cache)  {unchanged * 1000:6.0f} ms")
    print(f"  golv: ReportLab-canvas, {pages} sidor {base * 1000:5.0f} ms")
    if changed > scratch:
        print("  VARNING: ombyggnaden efter en ändring är långsammare än från början")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        demo = open_store(Path(folder) / "demo.sqlite", create=True)
        data = load_demo(demo)
        measure("Demopaketet (Ludvika KS 2020-12-07)", demo, data.meeting.id)
        demo.close()
        store, meeting_id = generated_meeting(Path(folder))
        print()
        measure(f"Genererat: {ITEMS} ärenden, {BILAGA_PAGES} sidor bilagor", store, meeting_id)
        scratch = median_seconds(lambda: build_packet(store, meeting_id, cache=PartCache()), RUNS)
        verdict = "inom" if scratch < TARGET_SECONDS else "ÖVER"
        print(f"  mål < {TARGET_SECONDS:.0f} s: {verdict} ({scratch:.2f} s)")
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
