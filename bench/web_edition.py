"""Web editions against paper, in the same run: the public protokoll of the demo (7 §§) and
of a generated 60-§ protokoll (bench/protokoll.big_meeting), the public kallelse and the
public packet of the demo. Each figure is the whole service call (the public-copy guard,
the edition, the layout): paper the median of 5 (3 for the packet, each with a fresh part
cache); web its first build of that input and the median of 5 more. Typst reads the fonts
once per session: the first web edition of the session pays that, printed on its own line.

Run: .venv/bin/python bench/web_edition.py
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from protokoll import big_meeting
from timing import median_ms

from ksdesk.services import protokoll as service
from ksdesk.services.demo import load_demo
from ksdesk.services.info import open_database
from ksdesk.services.kallelse import kallelse_pdf
from ksdesk.services.meeting_lookup import find_meeting
from ksdesk.services.packet import PartCache, build_packet
from ksdesk.services.protokoll_print import protokoll_document, protokoll_edition
from ksdesk.services.web_edition import kallelse_web, protokoll_web, utdrag_web
from ksdesk.services.web_packet import packet_web

RUNS = 5


def row(label: str, paper: Callable[[], bytes], web: Callable[[], bytes], runs: int) -> None:
    """Paper: median of `runs`. Web: its first build of this input (a real layout), then
    the median of `runs` more (Typst returns what it laid out before for the same input)."""
    start = time.perf_counter()
    web_pdf = web()
    first = (time.perf_counter() - start) * 1000
    again = median_ms(web, runs)
    paper_ms = median_ms(paper, runs)
    size = len(paper()) // 1024
    print(
        f"{label:<30} paper {paper_ms:6.0f} ms {size:4d} kB   web {first:6.0f} ms "
        f"(again {again:5.0f}) {len(web_pdf) // 1024:4d} kB   web/paper {first / paper_ms:4.1f}"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_database(Path(folder) / "bench.sqlite", create=True)
        load_demo(store)
        meeting_id = find_meeting(store, date(2020, 12, 7)).id
        service.start_protokoll(store, meeting_id)
        justering = service.get_protokoll(store, meeting_id).justering
        justering.justerat = date(2020, 12, 10)  # the web protokoll is published once justerat
        service.save_justering(store, meeting_id, justering)
        start = time.perf_counter()
        utdrag_web(store, meeting_id, 221)  # a document the rows below do not build
        first = (time.perf_counter() - start) * 1000
        print(f"first web edition of the session (Typst reads the fonts): {first:.0f} ms\n")

        def paper_protokoll() -> bytes:
            return protokoll_document(store, meeting_id, public=True)

        def web_protokoll() -> bytes:
            return protokoll_web(store, meeting_id)

        def paper_kallelse() -> bytes:
            return kallelse_pdf(store, meeting_id, public=True)

        def web_kallelse() -> bytes:
            return kallelse_web(store, meeting_id)

        def paper_packet() -> bytes:  # a fresh cache: every part laid out, as the first time
            return build_packet(store, meeting_id, public=True, cache=PartCache()).pdf

        def web_packet() -> bytes:
            return packet_web(store, meeting_id, "paket").pdf

        row("kallelse, public", paper_kallelse, web_kallelse, RUNS)
        row("packet of the demo, public", paper_packet, web_packet, 3)
        row("demo protokoll, 7 §§, public", paper_protokoll, web_protokoll, RUNS)
        big_meeting(store, meeting_id)
        row("protokoll, 60 §§, public", paper_protokoll, web_protokoll, RUNS)
        guard = median_ms(lambda: protokoll_edition(store, meeting_id, public=True), RUNS)
        print(f"  of which the public edition (scan, decisions, masking) {guard:6.0f} ms")
        store.close()


if __name__ == "__main__":
    main()
