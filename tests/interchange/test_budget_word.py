"""A budget table in a Word document (a tjänsteskrivelse's driftbudget, a budget document's
tables) under its caption. A .docx was refused ("varken en Excel-arbetsbok eller en
CSV-fil"). Every real table of the tests reads as printed from Word, with the document's
heading above it and a comment after it; the document's other tables and text are named in
the report, not read."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.services.budget import read_with_report

from . import real_budget_tables as real
from .real_budget_fifth import FIFTH_TABLES
from .real_budget_files import cells
from .real_budget_flows import FLOW_TABLES
from .real_budget_fourth import FOURTH_TABLES
from .real_budget_more import MORE_TABLES
from .real_budget_relations import RELATION_TABLES
from .real_budget_third import THIRD_TABLES
from .test_budget_real_tables import assert_read_as_printed

TABLES = (
    *real.TABLES,
    *MORE_TABLES,
    *THIRD_TABLES,
    *FLOW_TABLES,
    *FOURTH_TABLES,
    *RELATION_TABLES,
    *FIFTH_TABLES,
)


def write_docx(table, path: Path) -> Path:
    """The table in a Word document: the lines above its header as paragraphs (its caption),
    a heading of the document before them and a comment after, merged header cells merged."""
    document = docx.Document()
    document.add_paragraph("Bilaga 2. Budget och ekonomisk plan")
    rows = cells(table)
    for line in rows[: table.above]:
        document.add_paragraph(" ".join(cell for cell in line if cell.strip()))
    body = rows[table.above :]
    word_table = document.add_table(rows=0, cols=max(len(row) for row in body))
    for row in body:
        new = word_table.add_row().cells
        for index, text in enumerate(row):
            new[index].text = text
    for line, first, last in table.merged:
        row = word_table.rows[line - table.above]
        text = row.cells[first].text
        row.cells[first].merge(row.cells[last]).text = text
    document.add_paragraph(
        "Kommentar: budgeten följer fullmäktiges mål för god ekonomisk hushållning."
    )
    path = path.with_suffix(".docx")
    document.save(path)
    return path


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_every_real_table_reads_as_printed_from_word(table, tmp_path) -> None:
    sheet, report = read_with_report(write_docx(table, tmp_path / table.name), "Blad")
    assert_read_as_printed(sheet, table)
    # The document's heading and the comment after the table: named, not read.
    assert "Dokumentets text" in [d.where for d in report.dropped]


def _document(path: Path, *parts) -> Path:
    document = docx.Document()
    for part in parts:
        if isinstance(part, str):
            document.add_paragraph(part)
            continue
        table = document.add_table(rows=0, cols=len(part[0]))
        for row in part:
            new = table.add_row().cells
            for index, text in enumerate(row):
                new[index].text = text
    document.save(path)
    return path


DRIFT = [
    ("Verksamhet", "Budget 2021", "Budget 2020"),
    ("Administration", "12 300", "11 900"),
    ("Näringsliv", "4 200", "4 000"),
    ("Summa", "16 500", "15 900"),
]


def test_the_first_table_with_amounts_under_its_caption_and_unit_line(tmp_path) -> None:
    path = _document(
        tmp_path / "tjänsteskrivelse.docx",
        "Tjänsteskrivelse",
        "Förvaltningen föreslår en ram för 2021 enligt tabellen.",
        [("Handläggare", "Telefon"), ("Anna Berg", "0240-866 56")],
        "Driftbudget 2021",
        "Belopp i tkr",
        DRIFT,
        "Investeringar 2021",
        [("Projekt", "Belopp"), ("Skolgården", "1 200"), ("Gång- och cykelväg", "800")],
    )
    sheet, report = read_with_report(path, "Drift")
    assert sheet.unit == "tkr"
    assert [c.header for c in sheet.columns] == list(DRIFT[0])
    assert [r.label for r in sheet.rows] == ["Administration", "Näringsliv", "Summa"]
    dropped = [(d.where, d.text) for d in report.dropped]
    assert ("Tabell 1", "Handläggare | Telefon") in dropped
    assert ("Tabell 3", "Projekt | Belopp") in dropped
    # "Tjänsteskrivelse", "Förvaltningen föreslår …" and "Investeringar 2021".
    assert ("Dokumentets text", "3 stycken") in dropped


def test_a_word_document_without_a_table_of_amounts_is_refused_in_swedish(tmp_path) -> None:
    path = _document(tmp_path / "brev.docx", "Hej!", [("Namn", "Parti"), ("Anna", "S")])
    with pytest.raises(InvalidInput, match="har ingen tabell med belopp"):
        read_with_report(path, "Blad")
