"""CLI start-up: the commands that need no database (`--version`, `--help`, `deadlines`)
against `python -c pass`, alternated, median of the pairs' ratios (aim: 2x or less), and
`ksdesk sok` on the ten-year file for reference.

Run: .venv/bin/python bench/cli_start.py [--pairs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMANDS = {
    "--version": ["--version"],
    "--help": ["--help"],
    "deadlines": ["deadlines", "--date", "2024-03-04"],
}


def run(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=15)
    args = parser.parse_args()
    package = Path(__file__).resolve().parent.parent / "ksdesk"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    for name, words in COMMANDS.items():
        floor, ours = [], []
        run(["-c", "pass"])
        run(["-m", "ksdesk", *words])
        for _ in range(args.pairs):
            floor.append(run(["-c", "pass"]))
            ours.append(run(["-m", "ksdesk", *words]))
        ratio = statistics.median(o / f for o, f in zip(ours, floor, strict=True))
        print(
            f"{name:>10}: python -c pass {statistics.median(floor) * 1000:.0f} ms, "
            f"ksdesk {statistics.median(ours) * 1000:.0f} ms, ratio {ratio:.2f}x (aim: 2x)"
        )


if __name__ == "__main__":
    main()
