"""A heading row of a budget sheet has no figures: its label reads across the empty cells
beside it, on one line, instead of wrapping in the label column (Ängelholm's balansräkning
printed "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER" in three lines beside four empty cells).
And a column header that names the unit in words has no unit printed under it."""

from __future__ import annotations

import io
import re
import subprocess
from decimal import Decimal

import pytest
from pypdf import PdfReader

from ksdesk.core.budget import Column, Row, Sheet
from ksdesk.reports.budget_pdf import budget_sheet_pdf

HEADING = "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"


def _sheet(heading_cells: list) -> Sheet:
    columns = [Column("mnkr", "text"), Column("Not", "code")]
    columns += [Column(f"Kommunkoncernen {year}") for year in (2021, 2020)]
    columns += [Column(f"Kommunen {year}") for year in (2021, 2020)]
    figures = [Decimal("225.4"), Decimal("133.9"), Decimal("198.3"), Decimal("129.5")]
    rows = [
        Row("heading", ["TILLGÅNGAR", "", None, None, None, None]),
        Row("data", ["Avsättningar för pensioner och liknade förpliktelser", "", *figures]),
        Row("heading", heading_cells),
        Row("data", ["Årets resultat", "", *figures]),
    ]
    return Sheet(
        key="br", title="Balansräkning", unit="mnkr", decimals=1, columns=columns, rows=rows
    )


def _word_lines(pdf: bytes, words: list[str]) -> set[float]:
    """The top (yMin) of each of `words` as pdftotext -bbox places them."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    tops = set()
    for line in out.splitlines():
        if "<word " in line:
            text = line.rsplit(">", 2)[-2].split("<")[0]
            if text in words:
                tops.add(float(line.split('yMin="')[1].split('"')[0]))
    return tops


def test_a_heading_row_reads_on_one_line_across_its_empty_cells() -> None:
    pdf = budget_sheet_pdf(_sheet([HEADING, "", None, None, None, None]))
    assert len(_word_lines(pdf, ["KAPITAL,", "AVSÄTTNINGAR", "SKULDER"])) == 1


def test_a_heading_with_a_note_keeps_its_note_in_its_column() -> None:
    pdf = budget_sheet_pdf(_sheet([HEADING, "24", None, None, None, None]))
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    assert "24" in text
    assert len(_word_lines(pdf, ["KAPITAL,", "AVSÄTTNINGAR", "SKULDER"])) > 1


def test_on_the_web_too_the_heading_spans_its_empty_cells() -> None:
    from ksdesk.reports.base import available_width
    from ksdesk.reports.web.html import web_html
    from ksdesk.reports.web.model import Part, WebDocument
    from ksdesk.reports.web.tables import budget_blocks
    from ksdesk.reports.web.typst_pdf import web_pdf

    sheet = _sheet([HEADING, "", None, None, None, None])
    blocks = budget_blocks(sheet, available_width(), level=1)
    document = WebDocument("Balansräkning", "Testby kommun", [Part(tuple(blocks))])
    assert len(_word_lines(web_pdf(document), ["KAPITAL,", "AVSÄTTNINGAR", "SKULDER"])) == 1
    page = web_html(document)
    assert 'colspan="6"' in page.split("KAPITAL, AVSÄTTNINGAR")[0].rsplit("<tr", 1)[1]


@pytest.mark.parametrize(
    ("header", "unit"),
    [("Miljoner kronor", "mnkr"), ("Belopp (tkr)", "tkr"), ("Tusentals kronor", "tkr")],
)
def test_a_header_naming_the_unit_in_words_has_no_unit_under_it(header: str, unit: str) -> None:
    """Blekinge's resultatbudget heads its one column "Miljoner kronor": "mnkr" under it
    said the same thing twice."""
    sheet = Sheet(
        key="rb",
        title="Resultatbudget",
        unit=unit,
        columns=[Column("Resultatbudget", "text"), Column(header)],
        rows=[Row("data", ["Skatteintäkter", Decimal("4543.7")])],
    )
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"],
        input=budget_sheet_pdf(sheet, with_findings=False),
        capture_output=True,
        check=True,
    ).stdout.decode()
    table = text.split(header.split()[-1], 1)[1]
    assert unit not in table.split("Skatteintäkter")[0]


def test_a_heading_row_never_ends_a_page_without_its_first_row() -> None:
    # Sjöbo's driftbudget per nämnd printed "Revision" as the last line of a page, its one
    # row overleaf; this sheet of nämnder with four verksamheter each put "Nämnd 27" there.
    rows = []
    for group in range(40):
        rows.append(Row("heading", [f"Nämnd {group}", None]))
        rows += [Row("data", [f"Verksamhet {group}.{i}", Decimal(i)]) for i in range(4)]
    sheet = Sheet(
        key="namnder",
        title="Driftbudget per nämnd",
        columns=[Column("Verksamhet", "text"), Column("Budget 2025")],
        rows=rows,
    )
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(budget_sheet_pdf(sheet))).pages]
    assert len(pages) >= 3
    for text in pages[:-1]:
        labels = re.findall(r"Nämnd \d+|Verksamhet \d+\.\d+", text)
        assert labels[-1].startswith("Verksamhet"), labels[-3:]
    assert sum(len(re.findall(r"Verksamhet \d+\.\d+", text)) for text in pages) == 160
