"""`ksdesk sok` through the command line, process start included: the 100 varied queries of
bench/search_queries.py as `python -m ksdesk sok --db F FRÅGA --json`, each alternated with
`python -c pass` (the interpreter's own start, the floor no command gets under), on the
one-year and the ten-year file of bench/history.py (copied, so nothing in build/ changes).

Printed per file: p50 (the median) and p95 of the wall time and of the process's CPU time
(user + system, which a busy machine disturbs less than the wall clock), without a filter and
with one (the same queries again, --typ, --organ, --ar and pairs taken in turn), the same for
`python -c pass` beside, what ksdesk adds to it (each search less the `python -c pass` run
of its round), and where one in-process `sok` spends its CPU time (imports, opening the
file, the query) as medians of separate processes. The load average is printed before and
after: other work on the machine shows in the wall times first. Aim: p95 50 ms or less.

Run: .venv/bin/python bench/sok_cli.py [--queries N]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from history import ensure  # noqa: E402
from search_queries import QUERIES  # noqa: E402

PHASES = """
import sys, time
t0 = time.process_time()
from ksdesk.cli import search_commands  # noqa: F401 - what the command line loads first
from ksdesk.services import search
from ksdesk.services.store import open_database
from pathlib import Path
t1 = time.process_time()
store = open_database(Path(sys.argv[1]), read_only=True)  # the CLI's way for a complete index
t2 = time.process_time()
search.unread_files(store, 1)
search.search(store, sys.argv[2])
t3 = time.process_time()
print(t0, t1 - t0, t2 - t1, t3 - t2)
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(args: list[str]) -> tuple[float, float]:
    """(wall, CPU) of one process, in seconds."""
    import time

    cpu = _children_cpu()
    start = time.perf_counter()
    # From the checkout: `-m ksdesk` imports the package of the working folder first.
    subprocess.run([sys.executable, *args], check=True, capture_output=True, cwd=HERE.parent)
    return time.perf_counter() - start, _children_cpu() - cpu


# Taken in turn by the queries' second round: the organs of bench/history.py's file.
FILTERS = (
    ["--typ", "arende"],
    ["--organ", "Kommunstyrelsen"],
    ["--ar", "2022"],
    ["--typ", "paragraf", "--ar", "2023"],
    ["--organ", "Socialnämnden", "--ar", "2019"],
    ["--typ", "bilaga"],
)


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def figures(label: str, values: list[tuple[float, float]]) -> str:
    wall = [w * 1000 for w, _ in values]
    cpu = [c * 1000 for _, c in values]
    return (
        f"    {label:<22} wall p50 {statistics.median(wall):4.0f} ms, p95 {p95(wall):4.0f}"
        f"   CPU p50 {statistics.median(cpu):4.0f} ms, p95 {p95(cpu):4.0f}"
    )


def beyond(values: list[tuple[float, float]], floor: list[tuple[float, float]]) -> list:
    """Each run less the `python -c pass` run of its round: what ksdesk itself adds."""
    return [(w - fw, c - fc) for (w, c), (fw, fc) in zip(values, floor, strict=True)]


def phases(db: Path, queries: list[str]) -> str:
    rows = []
    for query in queries[:15]:
        out = subprocess.run(
            [sys.executable, "-c", PHASES, str(db), query],
            check=True,
            capture_output=True,
            text=True,
            cwd=HERE.parent,
        ).stdout
        rows.append([float(part) * 1000 for part in out.split()])
    start, imports, opening, query = (
        statistics.median(column) for column in zip(*rows, strict=True)
    )
    return (
        f"    in one process (CPU, medians of {len(rows)}): interpreter start {start:.0f} ms, "
        f"imports {imports:.0f}, opening the file {opening:.0f}, the query {query:.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--queries", type=int, default=len(QUERIES))
    args = parser.parse_args()
    queries = QUERIES[: args.queries]
    package = HERE.parent / "ksdesk"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    print(f"load average at the start: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as folder:
        for years in (1, 10):
            db = Path(folder) / f"history-{years}y.sqlite"
            shutil.copy(ensure(years), db)
            command = ["-m", "ksdesk", "sok", "--db", str(db)]
            timed([*command, queries[0], "--json"])  # warm the file cache
            floor, ours, filtered = [], [], []
            for number, query in enumerate(queries):
                floor.append(timed(["-c", "pass"]))
                ours.append(timed([*command, query, "--json"]))
                chosen = FILTERS[number % len(FILTERS)]
                filtered.append(timed([*command, query, *chosen, "--json"]))
            print(f"{years} year{'s' if years > 1 else ''} ({len(queries)} queries):")
            print(figures("ksdesk sok", ours))
            print(figures("with a filter", filtered))
            print(figures("python -c pass", floor))
            print(figures("sok less pass", beyond(ours, floor)))
            print(figures("filtered less pass", beyond(filtered, floor)))
            print(phases(db, queries))
    print(f"load average at the end: {os.getloadavg()[0]:.1f}; aim: p95 50 ms or less")


if __name__ == "__main__":
    main()
