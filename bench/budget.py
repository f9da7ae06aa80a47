"""Budget benchmark: what checking, saving, printing and exchanging budget sheets costs, on the
seed's sheets and on a large made-up sheet (1 000 rows × 12 amount columns with subtotals).
Prints the median of 5 runs of each.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/budget.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from timing import median_ms

from ksdesk import paths
from ksdesk.core import budget_edit
from ksdesk.core.budget import Column, Row, Sheet
from ksdesk.core.budget_check import check_sheet
from ksdesk.db.connection import open_store
from ksdesk.interchange.budget_xlsx import xlsx_bytes
from ksdesk.interchange.budget_xlsx_read import read_xlsx
from ksdesk.interchange.demo_json import read_demo
from ksdesk.reports.budget_pdf import budget_sheet_pdf
from ksdesk.services import budget
from ksdesk.services.demo import load_demo

RUNS = 5


def large_sheet(rows: int = 1000, columns: int = 12) -> Sheet:
    cols = [Column("Enhet", "text")] + [Column(f"Kolumn {i + 1}") for i in range(columns)]
    body = []
    for i in range(rows):
        body.append(Row("data", [f"Enhet {i}"] + [Decimal(i * 7 + j) for j in range(columns)]))
        if i % 50 == 49:
            body.append(Row("subtotal", ["Delsumma"] + [None] * columns))
    body.append(Row("total", ["Summa"] + [None] * columns))
    sheet = Sheet(key="stor", title="Stort blad", columns=cols, rows=body)
    # Stated totals = the true sums (from zeros), so the check has every total to recompute.
    for row in sheet.rows:
        if row.kind != "data":
            row.cells[1:] = [Decimal(0)] * columns
    for check in check_sheet(sheet).checks:
        sheet.rows[check.row].cells[check.column] = check.computed
    return sheet


def timed(label: str, work: Callable[[], object]) -> None:
    print(f"{label:<55} {median_ms(work, RUNS):8.1f} ms")


def main() -> None:
    seed = read_demo(paths.demo_dir()).sheets
    bilaga2 = next(s for s in seed if s.key == "bilaga2")
    big = large_sheet()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite"
        store = open_store(db, create=True)
        load_demo(store)
        stored = budget.find_sheet(store, "bilaga2")
        timed("check: the seed's nine sheets", lambda: [check_sheet(s) for s in seed])
        timed(f"check: large sheet ({len(big.rows)} rows × 12)", lambda: check_sheet(big))
        timed(
            "edit one cell of Bilaga 2 (snapshot + save + check)",
            lambda: (
                budget.apply(store, edited := budget_edit.set_cell(stored, 0, 1, "34 545")),
                check_sheet(edited),
            ),
        )
        timed(
            "save the large sheet (one transaction)", lambda: budget.put_sheet(store, "stor", big)
        )
        timed("PDF: Bilaga 2", lambda: budget_sheet_pdf(bilaga2))
        timed("PDF: large sheet", lambda: budget_sheet_pdf(big))
        xlsx = Path(folder) / "b.xlsx"
        xlsx.write_bytes(xlsx_bytes(bilaga2))
        timed("XLSX: write Bilaga 2", lambda: xlsx_bytes(bilaga2))
        timed("XLSX: read Bilaga 2", lambda: read_xlsx(xlsx, "Bilaga 2"))
        store.close()
        command = [sys.executable, "-m", "ksdesk", "budget", "check", "--db", str(db), "--json"]
        timed(
            "CLI: ksdesk budget check --json (whole process)",
            lambda: subprocess.run(command, capture_output=True, check=False),
        )


if __name__ == "__main__":
    main()
