"""Reservnummer that carry a birth date are found and masked like personnummer: the regions'
own shapes (examples from Inera's "Lokala reservidentiteter" and "Nationellt reservidformat")
and Socialstyrelsen's date-and-four-characters. Codes that only look alike are not."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.personnummer_masking import mask_personnummer

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("written", "normalized"),
    [
        ("19810829M071", "19810829M071"),  # Västra Götalandsregionen (Luhn, M = 7)
        ("19450829K088", "19450829K088"),
        ("19930829X802", "19930829X802"),
        ("19810829-M071", "19810829M071"),
        ("19810829SU3A", "19810829SU3A"),  # Region Värmland
        ("19450829SF2B", "19450829SF2B"),
        ("22810829AB12", "22810829AB12"),  # Inera NRID: 19 + 3, born 1981-08-29
        ("23050102XY34", "23050102XY34"),  # 20 + 3, born 2005
        ("810829-TF10", "19810829TF10"),  # a temporary number, as journal systems make them
        ("19810829-K123", "19810829K123"),
        ("050102\u2013R10A", "20050102R10A"),
    ],
)
def test_reservnummer_with_a_birth_date_are_found(written: str, normalized: str) -> None:
    text = f"Patienten ({written}) vårdades på avdelning 3."
    hits = find_personnummer(text, TODAY)
    assert [(h.text, h.normalized) for h in hits] == [(written, normalized)]
    assert hits[0].masked == f"{normalized[2:8]}-XXXX"
    masked = mask_personnummer(text)
    assert find_personnummer(masked, TODAY) == []
    assert written not in masked and normalized[2:8] not in masked


@pytest.mark.parametrize(
    "text",
    [
        "811218-XXXX",  # a masked number
        "19810829M072",  # VGR with a wrong check digit
        "19810829M021",  # VGR serial below 06
        "21810829AB12",  # series 21 is never used
        "24810829AB12",  # a multiple of three: no series
        "00810829AB12",  # unknown birth date
        "22810829IO12",  # letters NRID never uses
        "19810229-TF10",  # no 29 February in 1981
        "19810829TF10",  # date glued to a code without the dash
        "811218-ABCD",  # no digit among the four
        "Ärende 201207-KS1 och KS-2020-0123",
        "SLL 991981000010 och Carelink 198108320014",  # carry no birth day
    ],
)
def test_codes_that_only_look_alike_are_no_number(text: str) -> None:
    assert find_personnummer(text, TODAY) == []


def test_a_personnummer_next_to_a_reservnummer_is_found_too() -> None:
    hits = find_personnummer("810829-TF10 och 19810829M071, tidigare 8112189876", TODAY)
    assert [h.text for h in hits] == ["810829-TF10", "19810829M071", "8112189876"]
