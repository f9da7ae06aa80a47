"""The web edition's revision list has the paper's proportions: a decision named in words
("socialnämnden den 16 december 2014, § 90") reads on one line beside "Antagen" (it took
two or three lines in a fifth of the width)."""

from __future__ import annotations

from ksdesk.reports.web.delegationsordning import delegationsordning_blocks
from ksdesk.reports.web.model import Part, WebDocument
from ksdesk.reports.web.typst_pdf import web_pdf
from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_fifth import write_vardomsorg
from tests.reports.test_delegation_columns_real import _lines_of


def test_a_decision_in_words_reads_on_one_line_on_the_web(tmp_path) -> None:
    write_vardomsorg(tmp_path / "vo.docx")
    version, _ = read_file(tmp_path / "vo.docx")
    blocks = delegationsordning_blocks(version, None, "", level=1)
    pdf = web_pdf(WebDocument("Delegationsordning", "Testby kommun", [Part(tuple(blocks))]))
    assert _lines_of(pdf, ["socialnämnden", "december", "90"]) == 1
    assert _lines_of(pdf, ["omsorgsnämnden", "januari"]) == 1
