"""Points right when the test delegationsordningar are converted from PDF to Word or
carelessly edited (tests/interchange/docx_conversions.py), per conversion, over the testby
document and the 20 real-structure documents; and the documents where a word of the file is
neither imported nor named in the report.

    PYTHONPATH=. python bench/conversion_figures.py [-v] [conversion …]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))


def main() -> None:
    from tests.interchange.conversion_results import CONVERSIONS, DOCUMENTS, result

    verbose = "-v" in sys.argv
    only = [a for a in sys.argv[1:] if a != "-v"]
    all_right = all_total = 0
    with tempfile.TemporaryDirectory() as folder:
        for conversion in [c for c in CONVERSIONS if not only or c in only]:
            right = total = 0
            lost = []
            for name in DOCUMENTS:
                found = result(name, conversion, Path(folder))
                right += found.right
                total += found.total
                if found.missing or found.error:
                    lost.append(name)
                if verbose and (found.wrong or found.missing or found.error):
                    print(f"    {name}: {found.error} {sorted(found.missing)[:8]}")
                    for got, expected in found.wrong[:3]:
                        print(f"      got      {got}\n      expected {expected}")
            all_right += right
            all_total += total
            words = f"  ord utan rad i rapporten: {', '.join(lost)}" if lost else ""
            print(f"  {conversion:<40} {right:>4}/{total}{words}")
    print(f"  {'all':<40} {all_right:>4}/{all_total}")


if __name__ == "__main__":
    main()
