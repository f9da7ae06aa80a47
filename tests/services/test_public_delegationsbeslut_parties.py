"""The public list of delegationsbeslut withholds the private party a diarium's ärendemening
names after a comma (walk30 #3): the person given a miljösanktionsavgift, a sökande. The
wording follows Kungsbacka's Nämnden för miljö & hälsoskydd's list (EDP Vision's export,
miljo/2025/2025-10-09/handlingar.md); the persons are made up."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.contact_parties import NEUTRAL
from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.delegationsbeslut_parties import body_as_party, matter_parties
from ksdesk.interchange.given_names import GIVEN_NAMES
from ksdesk.services import public_delegationsbeslut

TEXTS = {
    "MH-2025-04711": "Klagomål på buller från värmepump, Anna-Karin Lövgren, 19620314-2388 – "
    "Föreläggande om åtgärder",
    "MH-2025-04802": "Sanktionsavgift, start av miljöfarlig verksamhet utan anmälan, Göran "
    "Tillberg – Miljösanktionsavgift 5 000 kr",
    "MH-2025-04833": "Avgift för tillsyn enligt livsmedelslagen, Pizzeria Vallda HB – Avgift",
    "MH-2025-04890": "Ansökan om tillstånd till enskild avloppsanläggning, Lars-Erik Bohlin "
    "19550907-1152 – Tillstånd med villkor",
}


def test_the_party_after_the_arendemening_is_found_and_a_company_is_not() -> None:
    found = [matter_parties(text, GIVEN_NAMES) for text in TEXTS.values()]
    assert found == [["Anna-Karin Lövgren"], ["Göran Tillberg"], [], ["Lars-Erik Bohlin"]]
    assert matter_parties("Bygglov, Onsala-Rya 4:16, Region Halland", GIVEN_NAMES) == []
    both = "Klagomål på buller, Maja Holm och Per Lind, Särö 1:388"
    assert matter_parties(both, GIVEN_NAMES) == ["Maja Holm", "Per Lind"]
    # An official the file knows is no private party, nor are those the text names as such
    # (Västervik's list, tests/interchange/real_beslut_lists.py).
    assert matter_parties("Yttrande, Göran Tillberg", GIVEN_NAMES, ["Göran Tillberg"]) == []
    officials = "IFO-beslut, beslutsfattare Jenny Dafors, Ewa-Lena Engström, Mats Morin"
    assert matter_parties(officials, GIVEN_NAMES) == []


def test_a_name_written_surname_first_is_a_party_by_the_personnummer_after_it() -> None:
    """The personnummer a diarium writes after the party stands after a comma of its own:
    a name that does not open with a given name ('Lövgren Anna-Karin') was not found by it
    (review29) and printed beside the masked number."""
    text = "Klagomål på buller från värmepump, Lövgren Anna-Karin, 19620314-2388 – Föreläggande"
    assert matter_parties(text, GIVEN_NAMES) == ["Lövgren Anna-Karin"]
    assert matter_parties("Bygglov, Lind Bygg AB, 556012-3456", GIVEN_NAMES) == []


def test_two_of_one_family_are_withheld_whole() -> None:
    """'Anna och Per Lind': the given name before 'och' went with the family name after it,
    and printed ('…, Anna och [namn borttaget]', review29), as core.contact_parties withholds
    the two under a cue."""
    from ksdesk.core.secret_mentions import replace_mentions

    text = "Klagomål på buller, Anna och Per Lind – Föreläggande"
    found = matter_parties(text, GIVEN_NAMES)
    assert "Anna och Per Lind" in found
    printed = replace_mentions(text, public_delegationsbeslut.withheld_parties(found))
    assert printed == f"Klagomål på buller, {NEUTRAL} – Föreläggande"
    assert matter_parties("Bygglov, Villa och Per Lind", GIVEN_NAMES) == ["Per Lind"]


def test_the_public_list_prints_no_party_and_the_company_stays(demo_store) -> None:
    decisions = [
        Delegationsbeslut(dnr, date(2025, 9, 2), "Enhetschef", beslut=text)
        for dnr, text in TEXTS.items()
    ]
    shown = public_delegationsbeslut.public_decisions(demo_store, decisions)
    printed = "\n".join(b.beslut for b in shown)
    for name in ("Lövgren", "Tillberg", "Bohlin", "19620314"):
        assert name not in printed
    assert printed.count(NEUTRAL) == 3
    assert "Pizzeria Vallda HB" in printed


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # Kungsbacka IFO 2025-04-17 § 49 (moggleif/kommunhandlingar data/kungsbacka/ifo/2025/
        # 2025-04-17/protokoll.md) lists these openly (walk37 #1).
        ("Placeringsavtal – HVB, Gryning Vård AB", True),
        ("Ansökan om statligt bidrag för kommunala hyresgarantier, Boverket", True),
        ("Placeringsavtal – HVB, Skyddat, Barn och Ungdomsenheten", False),
        ("Bistånd, Ella Nyström, 150505-5566, Gryning Vård AB", False),
        ("Bistånd till Lisa Holm, Kungsbacka kommun", False),
        ("Beslut om bistånd", False),
    ],
)
def test_a_company_or_authority_as_party(text: str, body: bool) -> None:
    assert body_as_party(text, GIVEN_NAMES) is body
