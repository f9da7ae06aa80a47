"""Do the hits of a search stay the same across a change? The 100 queries of
bench/search_queries.py, each without a filter and with every filter of FILTERS (kinds,
organs, years and their combinations), searched in one process on the ten-year file of
bench/history.py (a copy: nothing in build/ changes), every hit written out whole.

Run it once with the code before a change (`--save before.json`, e.g. from `git archive`
of the older commit) and once after (`--against before.json`): it prints how many searches
gave the very same hits, in the same order, and the first that did not. The JSON is the
same whatever the schema, so a file saved before a schema step compares after it (`--file`:
the same file, migrated by the newer code). A file built anew by bench/history.py has the
same content but other uuids: the hits are also compared without their `ref`.

Run: .venv/bin/python bench/sok_same.py [--years 10 | --file DB] (--save FILE | --against FILE)
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from history import ensure  # noqa: E402
from search_queries import QUERIES  # noqa: E402

from ksdesk.core.errors import InvalidInput  # noqa: E402
from ksdesk.services import search  # noqa: E402
from ksdesk.services.store import open_database  # noqa: E402

ORGANS = ("Kommunstyrelsen", "Socialnämnden", "Samhällsbyggnadsnämnden")
KINDS = ("arende", "paragraf", "delegationsbeslut", "punkt", "bilaga")
YEARS = (2014, 2019, 2020, 2024)

# (organ, year, kind): every filter alone, and the pairs and triples a secretary would use.
FILTERS = (
    [(None, None, None)]
    + [(None, None, kind) for kind in KINDS]
    + [(organ, None, None) for organ in ORGANS]
    + [(None, year, None) for year in YEARS]
    + [(organ, year, None) for organ in ORGANS[:2] for year in YEARS[1:3]]
    + [(None, 2022, "paragraf"), ("Kommunstyrelsen", 2019, "bilaga")]
    + [("Kommunstyrelsen", None, "punkt")]
)


def all_hits(db: Path) -> dict[str, list]:
    store = open_database(db)
    found = {}
    try:
        for query in QUERIES:
            for organ, year, kind in FILTERS:
                key = json.dumps([query, organ, year, kind], ensure_ascii=False)
                try:
                    hits = search.search(store, query, organ=organ, year=year, kind=kind)
                    found[key] = [hit.as_json() for hit in hits]
                except InvalidInput as error:
                    found[key] = str(error)
    finally:
        store.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--file", type=Path, help="this file instead (a copy is searched)")
    side = parser.add_mutually_exclusive_group(required=True)
    side.add_argument("--save", type=Path)
    side.add_argument("--against", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "history.sqlite"
        shutil.copy(args.file or ensure(args.years), db)
        found = all_hits(db)
    if args.save:
        args.save.write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(found)} searches saved in {args.save}")
        return
    before = json.loads(args.against.read_text(encoding="utf-8"))
    hits = sum(len(value) for value in before.values() if isinstance(value, list))
    print(f"{_same(found, before)} of {len(before)} searches gave the very same hits ({hits} hits)")
    # A file built anew has other uuids: its hits are compared without them too.
    unref = {key: _without_refs(value) for key, value in found.items()}
    same = _same(unref, {key: _without_refs(value) for key, value in before.items()})
    print(f"{same} of {len(before)} gave the same hits but for their uuids (ref)")


def _same(found: dict, before: dict) -> int:
    differ = [key for key in before if found.get(key) != before[key]]
    if differ:
        print(f"  the first that differs: {differ[0]}")
    return len(before) - len(differ)


def _without_refs(value: list | str) -> list | str:
    if isinstance(value, str):
        return value
    return [{name: text for name, text in hit.items() if name != "ref"} for hit in value]


if __name__ == "__main__":
    main()
