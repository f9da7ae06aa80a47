"""A budget sheet that fills a page and follows other text (the packet's line naming the
bilaga) starts on the page it was given and breaks inside the table: no page left with the
line alone and the sheet carried whole to the next one."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from ksdesk.interchange.budget_xlsx_read import read_xlsx
from ksdesk.reports.base import stylesheet
from ksdesk.reports.budget_pdf import sheet_flowables
from tests.interchange.real_budget_drift import SJOBO_DRIFTBUDGET_2025
from tests.interchange.real_budget_files import write_xlsx


def _pages(story) -> list[str]:
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4)
    document.build(story)
    return [page.extract_text() for page in PdfReader(io.BytesIO(out.getvalue())).pages]


def test_a_page_long_sheet_after_a_line_starts_under_it(tmp_path: Path) -> None:
    # Sjöbo kommun's Driftbudget per nämnd 2025 (real figures, source in the Table): 43 rows,
    # about a page of A4, as the secretary attaches it to the budget ärende.
    sheet = read_xlsx(write_xlsx(SJOBO_DRIFTBUDGET_2025, tmp_path / "sjobo.xlsx"), "Drift")
    width = A4[0] - 2 * 72
    line = Paragraph("Bilaga 1. Driftbudget per nämnd", stylesheet()["Normal"])
    pages = _pages([line, *sheet_flowables(sheet, width, with_title=False)])
    assert "Bilaga 1. Driftbudget per nämnd" in pages[0]
    assert "Kommunövergripande verksamhet" in pages[0]  # the table begins on the same page
    assert "Politisk verksamhet" in pages[-1]  # and runs on, its header repeated
    assert len(pages) == 2 and all("Bokslut 2023" in page for page in pages)


def test_a_sheet_near_the_foot_of_a_page_moves_with_its_unit_line(tmp_path: Path) -> None:
    sheet = read_xlsx(write_xlsx(SJOBO_DRIFTBUDGET_2025, tmp_path / "sjobo.xlsx"), "Drift")
    width = A4[0] - 2 * 72
    filler = Spacer(1, 640)  # leaves some 16 mm of the page's 686 pt frame
    pages = _pages([filler, *sheet_flowables(sheet, width)])
    # No room for the title, the unit and a few rows under the filler: all begin overleaf.
    assert "Belopp i mnkr" not in pages[0] and "Driftbudget" not in pages[0]
    assert "Belopp i mnkr" in pages[1] and "Kommunövergripande verksamhet" in pages[1]


def test_a_documents_heading_over_a_sheet_moves_with_it(tmp_path: Path) -> None:
    # A verksamhetsplan's block "Driftbudget" with Sjöbo's sheet right under its heading, the
    # block starting low on a page: the heading goes over with the sheet, not left behind.
    from ksdesk.core.documents import Block, Document
    from ksdesk.reports.document_pdf import document_story

    sheet = read_xlsx(write_xlsx(SJOBO_DRIFTBUDGET_2025, tmp_path / "sjobo.xlsx"), "Drift")
    width = A4[0] - 2 * 72
    document = Document(
        key="vp",
        title="Verksamhetsplan",
        blocks=[Block(heading="Driftbudget 2025", budget_key="drift")],
    )

    def table_for(_key: str, table_width: float, _heading: str):
        return sheet_flowables(sheet, table_width, with_title=False)

    story = [Spacer(1, 560), *document_story(document, width, table_for)]
    pages = _pages(story)
    assert "Driftbudget 2025" not in pages[0]
    assert "Driftbudget 2025" in pages[1] and "Kommunövergripande verksamhet" in pages[1]


def test_a_short_sheet_goes_whole_to_the_next_page(demo_store) -> None:
    """The seed's Sammanställning (eleven rows, Ludvika's tjänsteskrivelse on budget 2021)
    low on a page: it is not split seven rows here and four overleaf, it goes over whole."""
    from ksdesk.db import budget_repo

    titles = {title: sheet_id for sheet_id, _key, title in budget_repo.list_sheets(demo_store)}
    sheet = budget_repo.get(demo_store, titles["Sammanställning"])
    width = A4[0] - 2 * 72
    pages = _pages([Spacer(1, 520), *sheet_flowables(sheet, width)])
    assert "Sammanställning" not in pages[0] and "Beslutad ram 2020" not in pages[0]
    assert "Beslutad ram 2020" in pages[1] and "Erhållen ram 2021" in pages[1]
    # With room for it, it stays where it is.
    assert len(_pages([Spacer(1, 200), *sheet_flowables(sheet, width)])) == 1
