"""A table under an att-sats ("… enligt nedan:"), as the tjänsteskrivelse importer and a copy
from Word write it into the § 's beslut (a row a line of tab-separated cells), is one table
block; a lone tab and Word's tab after "att" are spaces."""

from __future__ import annotations

from datetime import date

from ksdesk.core.protokoll import Paragraf
from ksdesk.core.protokoll_beslut import BeslutTable, beslut_blocks
from ksdesk.core.protokoll_text import BeslutLine

BESLUT = (
    "Kommunstyrelsen föreslår kommunfullmäktige besluta\n"
    "att\tfastställa budget 2016 och plan 2017–2018,\n"
    "att fördela kommunbidraget enligt nedan:\n"
    "Nämnd\tBudget 2016, tkr\tPlan 2017, tkr\n"
    "Barn- och ungdomsnämnden\t1 012 500\t1 030 000\n"
    "Socialnämnden\t-3,5 %\n"
    "Kultur- och fritidsnämnden\t98 200\t99 000\n"
    "att skattesatsen blir oförändrad\t21,99 kr."
)


def blocks(beslut: str = BESLUT, **kwargs) -> list:
    return beslut_blocks(Paragraf(1, date(2015, 9, 14), 172, "Budget", beslut=beslut, **kwargs))


def test_the_tabbed_rows_are_one_table_and_the_lines_around_it_stay_lines() -> None:
    first, att, lead, table, last = blocks()
    assert first == BeslutLine("Kommunstyrelsen föreslår kommunfullmäktige besluta", False)
    assert att.text == "att fastställa budget 2016 och plan 2017–2018,"
    assert lead.text == "att fördela kommunbidraget enligt nedan:"
    assert isinstance(table, BeslutTable)
    assert table.rows[0] == ("Nämnd", "Budget 2016, tkr", "Plan 2017, tkr")
    assert table.rows[2] == ("Socialnämnden", "-3,5 %", "")  # a short row filled out
    assert table.amounts == (False, True, True)
    assert last.text == "att skattesatsen blir oförändrad 21,99 kr."


def test_a_list_of_att_satser_written_with_tabs_is_no_table() -> None:
    text = "att\tgodkänna rapporten,\natt\tlägga den till handlingarna."
    assert [b.text for b in blocks(text)] == [
        "att godkänna rapporten,",
        "att lägga den till handlingarna.",
    ]


def test_omedelbar_justering_still_ends_the_beslut() -> None:
    assert blocks(omedelbar_justering=True)[-1].text == "Paragrafen justeras omedelbart."
