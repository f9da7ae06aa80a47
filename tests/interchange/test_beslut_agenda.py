"""The two places beslut24 left where a list of delegationsbeslut numbered 1., 2. … meets a
numbered agenda (interchange/beslut_agenda.py). Built here: no real list found shows them."""

from __future__ import annotations

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.beslut_list import read_beslut_list

# A kallelse whose title names delegationsbeslut, its agenda numbered from 1 right under it,
# the list lettered under the agenda's item 3.
_TITLE_OVER_AGENDA = (
    "Kallelse till socialnämnden – anmälan av delegationsbeslut och meddelanden\n"
    "1. Upprop\n"
    "2. Val av justerare\n"
    "3. Anmälan av delegationsbeslut\n"
    "A. Beslut om kontaktperson, dnr SN 2023/11\n"
    "B. Beslut om färdtjänst, dnr SN 2023/12\n"
    "4. Meddelanden\n"
)
# The heading is the agenda's item 2; its points 1. and 2., then the agenda's item 3.
_NUMBERED_HEADING = (
    "2. Anmälan av delegationsbeslut\n"
    "1. Dnr SN 2023/11 Beslut om kontaktperson 2023-01-10\n"
    "2. Dnr SN 2023/12 Beslut om färdtjänst 2023-01-12\n"
    "3. Budgetuppföljning februari\n"
    "Förvaltningen redovisar utfallet.\n"
)


def _texts(data: str) -> tuple[list[str], list[tuple[str, str]]]:
    listed = read_beslut_list(data.encode("utf-8"), "lista.txt")
    return [r.text for r in listed.rows], [(x.where, x.why) for x in listed.report.dropped]


def test_a_title_over_a_numbered_agenda_is_not_the_lists_heading() -> None:
    texts, dropped = _texts(_TITLE_OVER_AGENDA)
    assert texts == ["Beslut om kontaktperson", "Beslut om färdtjänst"]
    assert ("Rad 2", "står före listan över delegationsbeslut") in dropped  # "1. Upprop"
    assert ("Rad 7", "hör till nästa punkt på dagordningen") in dropped


def test_the_agendas_next_number_after_a_numbered_heading_ends_the_list() -> None:
    texts, dropped = _texts(_NUMBERED_HEADING)
    assert texts == ["Beslut om kontaktperson 2023-01-10", "Beslut om färdtjänst 2023-01-12"]
    assert ("Rad 4", "hör till nästa punkt på dagordningen") in dropped


def test_the_next_number_with_a_dnr_is_still_a_decision() -> None:
    data = _NUMBERED_HEADING.replace("Förvaltningen redovisar utfallet.\n", "").replace(
        "3. Budgetuppföljning februari", "3. Dnr SN 2023/13 Beslut om god man"
    )
    texts, _dropped = _texts(data)
    assert texts[-1] == "Beslut om god man"


def test_an_agenda_alone_is_still_refused() -> None:
    with pytest.raises(InvalidInput, match="namnger inga beslut"):
        read_beslut_list(
            "Kallelse, delegationsbeslut\n1. Upprop\n2. Anmälan av delegationsbeslut\n"
            "3. Meddelanden\n".encode(),
            "lista.txt",
        )
