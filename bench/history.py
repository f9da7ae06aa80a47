"""Years of history in one file, built through ksdesk's own services, the same every time.

The ten-year file: the demo database (Ludvika KS 2020-12-07 with its registers), then for each
year two organs meeting eleven times (22 meetings a year, none in July), each meeting with its
standard items and 30 ärenden, each ärende with a tjänsteskrivelse (förslag, three sections)
and a 2-page PDF bilaga of about 33 kB; a protokoll for every meeting (a § per ärende, the
upprop), ten delegationsbeslut reported to each meeting, two new versions of the
delegationsordning adopted each year and 30 budget sheets a year. Ten years: 220 meetings,
6 600 ärenden, 20 versions, 300 budget sheets, about 470 MB; built in 35-70 s.

The content is drawn from a seeded random generator per meeting, so the one-year file holds
exactly the last year of the ten-year file: the same meeting can be timed in both. Its words
are real municipal Swedish recombined (bench/history_content.py, bench/history_corpus.py):
every § has a beslut and a beskrivning of its own, as a real file has.

The PDFs come from a pool of 300 files written here by hand (pages of text and an image):
ksdesk reads the text of each file once (search), and reading 6 600 would take minutes. The
bench file is written with synchronous=OFF (a build, not a measurement); what is measured
opens it as ksdesk does.

    python bench/history.py [--years 10] [--out FILE]     # prints where it is and its size
    from history import ensure; path = ensure(10)          # cached under build/ by content
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from history_content import (  # noqa: E402
    ARENDEN_PER_MEETING,
    BESLUT_PER_MEETING,
    SHEETS_PER_YEAR,
    Pool,
    agenda_item,
    beslut_input,
    meeting_days,
    point_edit,
    sheet_copy,
)

BUILDER_VERSION = 5  # raise when the way of building changes: cached files are rebuilt
LAST_YEAR = 2024


def cached_path(years: int) -> Path:
    """Under build/, named by the builder's version, the schema steps it was built with
    (a new step builds a new file: migrating a cached one would copy it aside first) and
    its content: the code that writes it and the real texts it draws from
    (bench/history_corpus.py), so a change to either builds a new file."""
    import hashlib

    from history_corpus import corpus

    from ksdesk.db.migrations import STEPS

    here = Path(__file__).resolve().parent
    content = hashlib.sha256(" ".join(STEPS).encode())
    for module in ("history.py", "history_content.py", "history_text.py", "history_corpus.py"):
        content.update((here / module).read_bytes())
    content.update(repr(corpus()).encode())
    return ROOT / "build" / f"history-{years}y-v{BUILDER_VERSION}-{content.hexdigest()[:8]}.sqlite"


def ensure(years: int = 10) -> Path:
    """The history file of `years` years, built first if it is not there yet."""
    path = cached_path(years)
    if not path.exists():
        build(path, years)
    return path


def build(path: Path, years: int, say=print) -> Path:
    from ksdesk.services.demo import load_demo
    from ksdesk.services.store import open_database

    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".building")
    for leftover in path.parent.glob(temporary.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    store = open_database(temporary, create=True)
    store.db.execute("PRAGMA synchronous = OFF")  # a build: see the module docstring
    try:
        load_demo(store)
        _socialnamnden(store)
        pool = Pool(300)
        for year in range(LAST_YEAR - years + 1, LAST_YEAR + 1):
            _year(store, year, pool)
            say(f"  {year}: klart efter {time.perf_counter() - started:.0f} s")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    temporary.replace(path)
    for sidecar in path.parent.glob(temporary.name + "*"):
        sidecar.unlink()
    return path


def _socialnamnden(store) -> None:
    from ksdesk.core.organ import Fortroendevald, Organ
    from ksdesk.services import meetings as meeting_service

    members = [Fortroendevald(name, party, role) for name, party, role in SN_MEMBERS]
    organ = Organ("Socialnämnden", kommun="Ludvika kommun", short="SN", members=members)
    organ.secretary_name, organ.default_place = "Eva Strand", "Sessionssalen, Stadshuset"
    meeting_service.save_organ(store, organ)


SN_MEMBERS = (
    ("Kerstin Ahlberg", "S", "ordförande"),
    ("Olle Björk", "M", "1:e vice ordförande"),
    ("Sara Dahl", "SD", "2:e vice ordförande"),
    ("Ali Hassan", "S", "ledamot"),
    ("Britt Larsson", "C", "ledamot"),
    ("Jonas Ek", "V", "ledamot"),
    ("Mona Sjöberg", "KD", "ledamot"),
    ("Peter Nyström", "S", "ersättare"),
    ("Linnea Falk", "M", "ersättare"),
)


def _year(store, year: int, pool: Pool) -> None:
    from ksdesk.services import budget as budget_service

    for organ, day in meeting_days(year):
        _meeting(store, organ, day, pool)
    _delegation_versions(store, year)
    templates = [budget_service.get_sheet(store, sid) for sid, _k, _t in _demo_sheets(store)]
    rng = random.Random(f"budget-{year}")
    for n in range(SHEETS_PER_YEAR):
        sheet = sheet_copy(templates[n % len(templates)], year, n, rng)
        budget_service.put_sheet(store, sheet.key, sheet)


def _demo_sheets(store) -> list:
    from ksdesk.services import budget as budget_service

    return [s for s in budget_service.list_sheets(store) if not s[1].startswith("h")][:9]


def _meeting(store, organ: str, day: date, pool: Pool) -> None:
    from datetime import time as clock

    from ksdesk.core.errors import InvalidInput
    from ksdesk.services import delegationsbeslut, protokoll
    from ksdesk.services import meetings as meeting_service

    rng = random.Random(f"{organ}-{day.isoformat()}")
    meeting, _created = meeting_service.create_meeting(store, organ, day, clock(14, 0))
    meeting.place = "Sessionssalen, Stadshuset"
    for n in range(ARENDEN_PER_MEETING):
        meeting.items.append(agenda_item(rng, day, n, pool, organ))
    meeting_service.save_meeting(store, meeting)
    for n in range(BESLUT_PER_MEETING):
        delegationsbeslut.register(store, beslut_input(rng, day - timedelta(days=20 - n), n))
    delegationsbeslut.mark_reported(store, meeting.id)
    # The demo holds § 216 of Kommunstyrelsen 2020 (its meeting is not in the file): the
    # later generated meetings of that year would need the number, and ksdesk rightly
    # refuses; they stay without a protokoll.
    with contextlib.suppress(InvalidInput):
        protokoll.start_protokoll(store, meeting.id)


def _delegation_versions(store, year: int) -> None:
    from ksdesk.services import delegation_edit

    rng = random.Random(f"delegation-{year}")
    for half, month in enumerate((3, 9)):
        draft = delegation_edit.new_draft(store, name=f"Delegationsordning {year}:{half + 1}")
        for _ in range(5):
            version = delegation_edit.draft_version(store, draft.id)
            uid, field, value = point_edit(rng, version)
            delegation_edit.update_point(store, draft.id, uid, field, value)
        delegation_edit.adopt(store, draft.id, date(year, month, 15), str(40 + half), "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    path = args.out or cached_path(args.years)
    started = time.perf_counter()
    build(path, args.years)
    size = path.stat().st_size / 1e6
    print(f"{path}: {args.years} år, {size:.0f} MB, byggd på {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
