"""Finding personnummer: every written form, Luhn-checked, samordningsnummer, and no false
alarms on diarienummer, phone numbers, organisationsnummer or dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ksdesk.core.personnummer import find_personnummer, luhn_ok
from ksdesk.core.personnummer_masking import mask_personnummer

TODAY = date(2024, 6, 1)


def _with_check_digit(nine: str) -> str:
    return next(nine + str(d) for d in range(10) if luhn_ok(nine + str(d)))


PNR = _with_check_digit("811218987")  # 8112189876
SAMORDNING = _with_check_digit("701063239")  # day 63 = 3 + 60


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        (f"{PNR[:6]}-{PNR[6:]}", "19" + PNR),
        (f"19{PNR[:6]}-{PNR[6:]}", "19" + PNR),
        (PNR, "19" + PNR),
        (f"19{PNR}", "19" + PNR),
        (f"{PNR[:6]}+{PNR[6:]}", "18" + PNR),  # the + of someone over 100
        (f"{PNR[:6]}\u2013{PNR[6:]}", "19" + PNR),  # an en dash from Word
    ],
)
def test_every_written_form_is_found(text: str, normalized: str) -> None:
    hits = find_personnummer(f"Sökande: {text}, Ludvika.", TODAY)
    assert [h.normalized for h in hits] == [normalized]
    assert hits[0].text == text


def test_samordningsnummer_is_found() -> None:
    (hit,) = find_personnummer(f"samordningsnummer {SAMORDNING[:6]}-{SAMORDNING[6:]}", TODAY)
    assert hit.samordning


def test_young_person_gets_this_century() -> None:
    number = _with_check_digit("150505123")
    assert find_personnummer(number, TODAY)[0].normalized == "20" + number


@pytest.mark.parametrize(
    "text",
    [
        "Dnr KS 2020/434 och 2019/507-00",
        "Ludvika kommun, org.nr 212000-2122",
        "Telefon 0240-860 00, 0240-86 000",
        "Förslag KS 2020-12-07 § 216",
        "20201207-1234 är inget datum med rätt kontrollsiffra",
        "991332-1234",  # no 32nd day, no 13th month
        "KS-2023-00584, 2014/0640 KS.023",
    ],
)
def test_no_false_alarms(text: str) -> None:
    assert find_personnummer(text, TODAY) == []


def test_the_own_shape_with_a_wrong_check_digit_is_a_number() -> None:
    """ÅÅMMDD-NNNN with a typo in the last four still names the person (the date and three
    of the four): a number to find, labelled or not (core.personnummer_typo). The same digits
    in one run, or a date of eight digits and four more, are left to the check digit."""
    typo = f"{PNR[:6]}-{PNR[6:9]}{(int(PNR[9]) + 1) % 10}"
    assert [hit.text for hit in find_personnummer(f"Sökande {typo}.", TODAY)] == [typo]
    assert find_personnummer(typo.replace("-", ""), TODAY) == []
    assert find_personnummer("20201207-1234", TODAY) == []


def test_the_century_written_with_a_wrong_check_digit_is_a_number_for_an_adult() -> None:
    """ÅÅÅÅMMDD-NNNN with a typo: for someone born 16 years or more ago, still the person (a
    protokoll's individual matter with "19800101-1239" was published as it stood); a recent
    eight-digit date and four more stays a date-stamped serial, left to the check digit."""
    typo = f"19{PNR[:6]}-{PNR[6:9]}{(int(PNR[9]) + 1) % 10}"
    hits = find_personnummer(f"Klagande Lisa Nilsson, {typo}, bor i Sveg", TODAY)
    assert [hit.text for hit in hits] == [typo]
    assert find_personnummer(f"{typo}/2", TODAY) == []  # a diarienummer's shape
    assert find_personnummer("20101207-1234", TODAY) == []  # 2010 is 14 years before 2024


def test_mask_keeps_shape_and_the_kept_ones() -> None:
    other = _with_check_digit("900101123")
    text = f"A {PNR[:6]}-{PNR[6:]} B {other}"
    assert mask_personnummer(text) == "A XXXXXX-XXXX B XXXXXXXXXX"
    assert mask_personnummer(text, {"19" + other}) == f"A XXXXXX-XXXX B {other}"


@given(st.text(max_size=300))
def test_never_crashes_and_masked_text_has_no_hit(text: str) -> None:
    assert find_personnummer(mask_personnummer(text)) == []
