"""What the public-copy scan finds and masks, and what it costs: a harness to compare two
versions of the scanning machinery result for result.

Three inputs: the demo meeting of 7 December 2020, the same meeting with a personnummer
planted in every field (tests/safety/planted_db.py), and the real texts (the seed packet and
../shared/corpus, as bench/personnummer_false_alarms.py reads them). For each it writes
every hit (kind, key, where, shown, context, the source and span of each personnummer) and
the masked text of every field (after "maskera" on every hit), and it times scan_public,
decide (without `scanned=`) and one public packet + protokoll in CPU time, the median of
several runs.

    bench/public_scan.py --save old.json          # results of this tree
    bench/public_scan.py --compare old.json       # the same results, byte for byte?
    KSDESK_TREE=/tmp/old bench/public_scan.py     # run another tree's ksdesk (alternate
                                                  # old/new: the machine is shared)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("KSDESK_TREE", str(HERE.parent)))
sys.path.insert(0, str(HERE))

from timing import median_seconds  # noqa: E402

SHARED = next(
    (up / "shared" for up in HERE.parents if (up / "shared" / "seed").is_dir()), Path("shared")
)
RUNS = 5


def cpu(work: Callable[[], object], runs: int = RUNS) -> float:
    """The median CPU time of `work` in seconds."""
    return median_seconds(work, runs, clock=time.process_time)


def meeting_results(store, meeting_id: int) -> dict:
    """Every hit of the scan, every personnummer span in every text, and every text masked
    once every hit is decided "maskera"."""
    from ksdesk.core.personnummer import find_personnummer
    from ksdesk.core.public_copy import printed_as_paragraph
    from ksdesk.db import meeting_repo
    from ksdesk.services import public_copy
    from ksdesk.services.public_sources import text_sources

    hits = public_copy.scan_public(store, meeting_id)
    meeting = meeting_repo.get(store, meeting_id)
    spans = []
    texts = []
    for source in text_sources(store, meeting):
        if source.text is None:
            continue
        texts.append((source.source, source.text))
        printed = printed_as_paragraph(source.source)
        for found in find_personnummer(source.text, ocr=source.ocr, printed=printed):
            spans.append([source.source, found.start, found.end, found.normalized])
    open_keys = [h.key for h in hits if not h.resolved]
    if open_keys:
        public_copy.decide(store, meeting_id, open_keys, "maskera", by="Bench", scanned=hits)
    rules = public_copy.ensure_public_ok(store, meeting_id)
    return {
        "hits": [
            [h.kind, h.key, h.source, h.where, h.shown, h.context, h.normalized, h.mention]
            for h in hits
        ],
        "spans": spans,
        "masked": [[source, rules.mask(source, text)] for source, text in texts],
    }


def real_results() -> dict:
    from ksdesk.core.personnummer import find_personnummer
    from ksdesk.core.personnummer_masking import mask_personnummer

    real = [SHARED / "seed" / "ludvika-ks-2020-12-07.txt", *sorted((SHARED / "corpus").glob("*"))]
    found = {}
    for path in real:
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for printed in (False, True):
            hits = find_personnummer(text, printed=printed)
            found[f"{path.name}:{printed}"] = {
                "spans": [[h.start, h.end, h.normalized] for h in hits],
                "masked": mask_personnummer(text, printed=printed),
            }
    return found


def fresh_scan(path: Path, meeting_id: int) -> float:
    """The CPU time of a scan on a store just opened: nothing read before is kept."""
    from ksdesk.db.connection import open_store
    from ksdesk.services import public_copy

    spent = []
    for _ in range(RUNS):
        store = open_store(path, read_only=True)  # as the review dialog's worker scans
        start = time.process_time()
        public_copy.scan_public(store, meeting_id)
        spent.append(time.process_time() - start)
        store.close()
    return sorted(spent)[len(spent) // 2]


def timings(store, meeting_id: int) -> dict[str, float]:
    from ksdesk.services import public_copy
    from ksdesk.services.packet import build_packet
    from ksdesk.services.protokoll_print import protokoll_document

    hits = public_copy.scan_public(store, meeting_id)
    key = hits[0].key if hits else None
    decision = (hits[0].decision.decision if hits[0].decision else "maskera") if hits else ""
    figures = {
        "scan_public, fresh store": fresh_scan(store.path, meeting_id),
        "scan_public": cpu(lambda: public_copy.scan_public(store, meeting_id)),
    }
    if key is not None:
        figures["decide"] = cpu(
            lambda: public_copy.decide(store, meeting_id, [key], decision, by="Bench")
        )

    def packet_and_protokoll() -> None:
        build_packet(store, meeting_id, public=True)
        protokoll_document(store, meeting_id, public=True)

    packet_and_protokoll()  # the PDF caches filled, as at every print after the first
    figures["public packet + protokoll"] = cpu(packet_and_protokoll, 3)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--no-times", action="store_true")
    parser.add_argument(
        "--databases", type=Path, default=Path(tempfile.gettempdir()) / "public_scan"
    )
    args = parser.parse_args()

    from ksdesk.db.connection import open_store
    from ksdesk.services import meeting_lookup, protokoll
    from ksdesk.services.demo import load_demo
    from tests.safety import planted_db

    results: dict = {}
    figures: dict = {}
    # The databases are built once and kept (--databases): the demo gives each row a new
    # uuid, and a source is named by it, so two builds never compare.
    args.databases.mkdir(parents=True, exist_ok=True)
    os.environ["KSDESK_DATA_DIR"] = str(args.databases / "data")
    template = args.databases / "template.sqlite"
    if not template.exists():
        store = open_store(template, create=True)
        load_demo(store)
        meeting_id = meeting_lookup.find_meeting(store, planted_db.DAY).id
        protokoll.start_protokoll(store, meeting_id)  # the protokoll is printed too
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
    planted = args.databases / "planted.sqlite"
    if not planted.exists():
        shutil.copy(template, planted)
        store = open_store(planted)
        planted_db.plant_everything(store)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
    with tempfile.TemporaryDirectory() as folder:
        for name, built in (("demo", template), ("planted", planted)):
            path = Path(folder) / f"{name}.sqlite"
            shutil.copy(built, path)
            store = open_store(path)
            meeting_id = meeting_lookup.find_meeting(store, planted_db.DAY).id
            results[name] = meeting_results(store, meeting_id)
            if not args.no_times:
                figures[name] = timings(store, meeting_id)
            store.close()
    results["real"] = real_results()
    if not args.no_times:
        figures["real texts"] = {"find_personnummer": cpu(real_results)}

    for name, found in results.items():
        if name != "real":
            print(
                f"{name}: {len(found['hits'])} hits, {len(found['spans'])} personnummer, "
                f"{len(found['masked'])} texts"
            )
    for name, times in figures.items():
        for what, seconds in times.items():
            print(f"  {name:<8} {what:<28} {seconds * 1000:8.1f} ms CPU (median)")
    encoded = json.dumps(results, ensure_ascii=False, sort_keys=True)
    if args.save:
        args.save.write_text(encoded, encoding="utf-8")
    if args.compare:
        same = args.compare.read_text(encoding="utf-8") == encoded
        print("results identical" if same else "RESULTS DIFFER")
        if not same:
            old = json.loads(args.compare.read_text(encoding="utf-8"))
            for name in results:
                for part in results[name]:
                    if old.get(name, {}).get(part) != results[name][part]:
                        print(f"  differs: {name} {part}")
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
