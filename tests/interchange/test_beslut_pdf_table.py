"""A diarium's list printed to PDF as a table (tests/interchange/beslut_table_pdfs.py) is read
by its columns: every decision right, the page's header and footer, the title and period,
the rubrikrad repeated and the wrapped text each a line in the report, named by page."""

from __future__ import annotations

from ksdesk.interchange.beslut_list import read_beslut_list
from tests.interchange.beslut_table_pdfs import EXPECTED, printed_export


def _lines(report) -> dict[str, str]:
    return {line.where: line.why for _, section in report.sections() for line in section}


def test_every_decision_of_a_printed_export_is_read_by_its_columns() -> None:
    read = read_beslut_list(printed_export(), "delegationsbeslut.pdf")
    assert [(r.dnr, r.date, r.text, r.delegat, r.punkt) for r in read.rows] == EXPECTED
    # The Lagrum column, which names no point, is kept with the decision.
    assert read.rows[0].beskrivning == "Lagrum: SoL 4 kap. 1 §"


def test_the_layout_of_the_printed_export_is_reported_by_page_and_line() -> None:
    lines = _lines(read_beslut_list(printed_export(), "delegationsbeslut.pdf").report)
    assert lines["Sida 1, rad 1"] == "sidhuvud eller sidfot"
    assert lines["Sida 2, rad 5"] == "sidhuvud eller sidfot"
    assert lines["Sida 1, rad 3"] == "står före rubrikraden"  # "Period 2023-01-01 – …"
    assert lines["Sida 1, rad 7"] == "radens text fortsätter på nästa rad"
    assert lines["Sida 2, rad 2"].startswith("rubrikraden upprepas")
    assert lines["Sida 1, rad 5"] == "delegat för raderna under: Socialchef"


def test_each_decision_is_named_by_its_page_and_line() -> None:
    read = read_beslut_list(printed_export(), "delegationsbeslut.pdf")
    assert [r.where for r in read.rows] == [
        "Sida 1, rad 6",
        "Sida 1, rad 8",
        "Sida 1, rad 9",
        "Sida 2, rad 3",
        "Sida 2, rad 4",
    ]
