"""What the last check (interchange.pdf_audit) finds across page breaks in text without a
personnummer, and what it costs: every finding is a false alarm.

The texts: the seed packet and the corpus of other kommuner (the steering repo's shared/),
the real texts full of numbers (tests/core/personnummer_real_numbers.py) and every string
with digits of the real documents kept with the tests (tests/interchange/real_*.py, joined
per file), each laid out 60 characters a line, 10, 25 and 45 lines a page, under a running
header and over a footer with the page number (as tests/safety/test_split_over_page_break
lays them out); and every PDF kept with the tests. Before and after a change to the reading
across breaks (interchange.pdf_page_seams): run it with the older ksdesk first on
PYTHONPATH.

    PYTHONPATH=. python bench/page_seam_figures.py
"""

from __future__ import annotations

import ast
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))

from ksdesk.interchange.pdf_audit import audit_pdf  # noqa: E402
from tests.core.personnummer_real_numbers import REAL_NUMBER_TEXTS  # noqa: E402
from tests.safety.test_split_over_page_break import _pages, _real_text_pages  # noqa: E402

SHARED = next(
    (up / "shared" for up in ROOT.parents if (up / "shared" / "seed").is_dir()), Path("shared")
)


def texts() -> dict[str, str]:
    paths = [SHARED / "seed" / "ludvika-ks-2020-12-07.txt", *sorted(SHARED.glob("corpus/*.txt"))]
    found = {p.name: p.read_text(encoding="utf-8") for p in paths if p.is_file()}
    found |= {name: text for name, (_url, text) in REAL_NUMBER_TEXTS.items()}
    for module in sorted((ROOT / "tests" / "interchange").glob("real_*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)]
        found[module.name] = "\n".join(
            s for s in strings if isinstance(s, str) and any(map(str.isdigit, s))
        )
    return found


def main() -> None:
    import ksdesk.interchange.pdf_page_seams as seams

    print(f"ksdesk from {seams.__file__}")
    findings = pages = 0
    spent = 0.0
    for name, text in texts().items():
        for per_page in (10, 25, 45):
            layout = _real_text_pages(text, per_page)
            pdf = _pages(layout)
            started = time.process_time()
            found = [f for f in audit_pdf(pdf).findings if f.normalized.isdigit()]
            spent += time.process_time() - started
            pages += len(layout)
            findings += len(found)
            for finding in found:
                print(f"  {name}, {per_page} lines a page: {finding.where}")
    print(f"Real texts laid out: {pages} pages, {findings} findings, audit {spent:.2f} s CPU")
    files = sorted(ROOT.glob("tests/**/*.pdf"))
    findings = 0
    started = time.process_time()
    for path in files:
        found = [f for f in audit_pdf(path.read_bytes()).findings if f.normalized.isdigit()]
        findings += len(found)
        for finding in found:
            print(f"  {path.relative_to(ROOT)}: {finding.where}")
    spent = time.process_time() - started
    print(f"PDFs kept with the tests: {len(files)} files, {findings} findings, {spent:.2f} s CPU")


if __name__ == "__main__":
    main()
