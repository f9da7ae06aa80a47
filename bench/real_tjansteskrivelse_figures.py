"""Fields right, per real tjänsteskrivelse rebuilt as Word in the test data
(tests/interchange/real_tjansteskrivelser*.py, what each should give in
real_tjansteskrivelser_expected.py).

    PYTHONPATH=. python bench/real_tjansteskrivelse_figures.py

A field is the title, each letterhead field (an empty one counts when the import leaves it
empty), each att-sats with its number and who decides it, each section heading, each
signature and each recipient of Beslut skickas till. Also how many report lines each file
gave: what the secretary reads before Spara.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))


def figures() -> list[tuple[str, int, int, int, list[str]]]:
    from ksdesk.interchange.tjansteskrivelse_docx import read_file
    from tests.interchange.real_tjansteskrivelser_expected import EXPECTED, measure

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, expected in EXPECTED.items():
            path = Path(folder) / f"{name}.docx"
            expected["write"](path)
            read = read_file(path)
            right, total, wrong = measure(read.tjansteskrivelse, expected)
            lines = sum(len(lines) for _heading, lines in read.report.sections())
            rows.append((name, right, total, lines, wrong))
    return rows


def main() -> None:
    total_right = total = 0
    print("Tjänsteskrivelser from Word (fields right / fields, report lines)")
    for name, right, count, lines, wrong in figures():
        total_right, total = total_right + right, total + count
        missed = f"  fel: {', '.join(wrong)}" if wrong else ""
        print(f"  {name:20} {right:4}/{count:<4} {lines:3} rader i rapporten{missed}")
    print(f"  {'totalt':20} {total_right:4}/{total}")


if __name__ == "__main__":
    main()
