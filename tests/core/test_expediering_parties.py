"""Expediera's parties named by their role: each is someone of one § only, so each such § goes
out in an utdrag of its own, however the line names the role."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.expediering import is_party, recipients
from ksdesk.core.file_names import utdrag_file_name
from ksdesk.core.protokoll import Paragraf

DAY = date(2021, 3, 10)


@pytest.mark.parametrize(
    "line",
    [
        "Sökandens ombud",
        "Elevens vårdnadshavare",
        "Barnets vårdnadshavare",
        "Samtliga sakägare",
        "Sakägare enligt sändlista",
        "Kända grannar",
        "Anna Berg, sökande",
        "Modern",
        "Hyresgästen",
        "Den anställde",
        "Förslagsställaren",
        "Familjehemmet",
    ],
)
def test_two_paragrafer_sent_to_a_role_go_out_apart(line: str) -> None:
    """Before, a role not at the line's start ("Sökandens ombud", "Samtliga sakägare") or
    not in the list ("Elevens vårdnadshavare" of two pupils) put two people's §§ in one PDF."""
    first = Paragraf(1, DAY, 31, "Skolskjuts", beslut_skickas_till=[line, "Akten"])
    second = Paragraf(1, DAY, 32, "Skolskjuts", beslut_skickas_till=[f"{line} för kännedom"])
    found = recipients([first, second])
    assert [(m.namn, m.numbers) for m in found] == [(line, [31]), ("Akten", [31]), (line, [32])]


@pytest.mark.parametrize(
    "office",
    [
        "Partistyrelsen",
        "Enskilda vägar",
        "Barn- och utbildningsförvaltningen",
        "Hyresgästföreningen Region Mitt",
        "Överförmyndaren",
        "Familjehemsenheten",
        "Patientnämnden",
        "Elevhälsan",
        "Moderaterna",
    ],
)
def test_an_office_with_a_role_inside_a_word_is_no_party(office: str) -> None:
    assert not is_party(office)


def test_a_recipient_named_with_a_personnummer_is_a_party_and_no_file_name_holds_it() -> None:
    """A file name is seen in every folder listing, mail client and archive register. Before,
    "Protokollsutdrag KS 2021-03-10 Kalle Karlsson 811218-9876.pdf" was written, and the
    person's two §§ went out with a third person's in one utdrag if the line was shared."""
    line = "Kalle Karlsson, pnr 811218-9876, Storgatan 1"
    first = Paragraf(1, DAY, 31, "Bistånd", beslut_skickas_till=[line])
    second = Paragraf(1, DAY, 32, "Bistånd", beslut_skickas_till=["Lisa Berg (19790101-2380)"])
    found = recipients([first, second])
    assert [(m.namn, m.numbers) for m in found] == [
        (line, [31]),
        ("Lisa Berg (19790101-2380)", [32]),
    ]
    taken: set[str] = set()
    names = [utdrag_file_name("KS", DAY, m.namn, m.numbers, taken) for m in found]
    assert names == [
        "Protokollsutdrag KS 2021-03-10 Kalle Karlsson § 31.pdf",
        "Protokollsutdrag KS 2021-03-10 Lisa Berg § 32.pdf",
    ]
    alone = utdrag_file_name("KS", DAY, "811218-9876", [31], set())
    assert alone == "Protokollsutdrag KS 2021-03-10 Mottagare § 31.pdf"
