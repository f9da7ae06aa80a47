"""Delegation benchmark: on a fresh demo database, the median time of the things a secretary
waits for: `delegation check` of the draft, comparing it with the version in force, printing
it (with yellow marks) and the förteckning, exporting it as Word, Excel and CSV, and reading
the 97-point Word export back.

Run: .venv/bin/python bench/delegation.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timing import median_ms  # noqa: E402

from ksdesk.db.connection import open_store  # noqa: E402
from ksdesk.services import delegation, delegation_check  # noqa: E402
from ksdesk.services.demo import load_demo  # noqa: E402

RUNS = 5
DRAFT, IN_FORCE = "reviderad-2020-11-26", "gallande-2019-08-20"


def main() -> None:
    from ksdesk.interchange.delegation_docx import read_docx
    from ksdesk.services.delegation_export import export_bytes, export_file

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "demo.sqlite", create=True)
        load_demo(store)
        docx_path = Path(folder) / "d.docx"
        export_file(store, DRAFT, docx_path)
        draft = delegation.resolve(store, DRAFT)
        figures = {
            "delegation check (draft, all sources)": lambda: delegation_check.check(store, DRAFT),
            "diff in force → draft": lambda: delegation.diff(store, IN_FORCE, DRAFT),
            "version PDF with yellow marks": lambda: delegation.version_pdf(
                store, DRAFT, highlight_from=IN_FORCE
            ),
            "Förteckning PDF": lambda: delegation.forteckning_pdf(store, IN_FORCE, DRAFT),
            "export DOCX (97 points)": lambda: export_bytes(store, draft, ".docx"),
            "export XLSX": lambda: export_bytes(store, draft, ".xlsx"),
            "export CSV": lambda: export_bytes(store, draft, ".csv"),
            "read 97-point DOCX": lambda: read_docx(docx_path),
        }
        for label, action in figures.items():
            print(f"{label:<40} {median_ms(action, RUNS):8.1f} ms (median of {RUNS})")
        store.close()


if __name__ == "__main__":
    main()
