"""A budget table in a Word document: the driftbudget of a tjänsteskrivelse or a budget
document, under its caption ("Driftbudget 2021 (tkr)"). The first table with amounts is read
as a CSV of its rows is (budget_csv), its caption above it, so the unit it names counts; the
document's other tables and its text are named in the report, not read."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ksdesk.core.budget import Sheet
from ksdesk.core.budget_grid_values import reads_as_number
from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport, count
from ksdesk.core.os_errors import os_reason
from ksdesk.interchange.budget_csv import sheet_from_csv_bytes
from ksdesk.interchange.docx_as_text import tables_of

# A line under the table's caption that only gives the unit ("Belopp i tkr", "(mnkr)",
# "Alla belopp i tusen kronor").
_UNIT_LINE = re.compile(
    r"(?i)\(?(?:(?:alla )?belopp(?: anges)? i )?(?:(?:t|m|mn)kr|kr|(?:tusen|miljoner) kronor)"
    r"\)?\.?"
)


def read_docx(path: Path, title: str, report: ImportReport) -> Sheet:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InvalidInput(f"Filen {path} kan inte läsas: {os_reason(error)}.") from error
    tables = tables_of(data, path.name, report)
    chosen = next((n for n, (_a, rows) in enumerate(tables) if _has_amounts(rows)), None)
    if chosen is None:
        what = "ingen tabell" if not tables else "ingen tabell med belopp"
        raise InvalidInput(
            f"Word-dokumentet {path.name} har {what}. Budgetbladet läses ur en tabell i "
            "dokumentet, en Excel-arbetsbok (.xlsx) eller en CSV-fil."
        )
    above, rows = tables[chosen]
    # Its caption: the line right above it, and the one above that when the line only says
    # the unit. What stands before them is the document's own text.
    lines = 2 if len(above) > 1 and _UNIT_LINE.fullmatch(above[-1]) else 1
    caption, prose = above[-lines:], above[:-lines]
    for number, (_above, other) in enumerate(tables, start=1):
        if number - 1 != chosen and other:
            first = " | ".join(cell for cell in other[0] if cell.strip())
            why = "bara dokumentets första tabell med belopp läses in som budgetblad"
            report.drop(f"Tabell {number}", first, why)
    text_elsewhere = len(prose) + sum(len(a) for n, (a, _r) in enumerate(tables) if n != chosen)
    if text_elsewhere:
        what = count(text_elsewhere, "stycke", "stycken")
        report.drop("Dokumentets text", what, "text utanför tabellen läses inte in")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerows([[line] for line in caption])
    writer.writerows(rows)
    return sheet_from_csv_bytes(out.getvalue().encode("utf-8"), title, report, path.name)


def _has_amounts(rows: list[list[str]]) -> bool:
    """Two rows or more with an amount in a cell after the first, as the sheet reads one
    ("12 300", "−558,2", "(558,2)", "4 %": core.budget_grid_values)."""
    with_amounts = sum(1 for row in rows if any(_amount(cell.strip()) for cell in row[1:]))
    return with_amounts >= 2


def _amount(text: str) -> bool:
    return bool(text) and reads_as_number(text)  # an empty cell reads as no figure, not one
