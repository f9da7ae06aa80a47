"""What OCR makes of a printed personnummer is still found when the text is read as OCR text
(a space inside a group, a letter for a digit, a colon for the dash, a misread century), and
an amount, a word or a labelled number is still none. Plain text is read as before. Also: a
number right after a date and a time."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ksdesk.core.format import format_amount
from ksdesk.core.personnummer import find_personnummer, luhn_ok
from ksdesk.core.personnummer_masking import mask_personnummer

TODAY = date(2026, 12, 4)


def _with_check_digit(nine: str) -> str:
    return next(nine + str(d) for d in range(10) if luhn_ok(nine + str(d)))


PNR = _with_check_digit("811218987")  # 8112189876


# What Tesseract read of pictures of numbers in tests of our own (small type, blur, noise):
# the forms below are as it wrote them, with the number replaced.
@pytest.mark.parametrize(
    "written",
    [
        f"{PNR[:5]} {PNR[5:6]}-{PNR[6:]}",  # "81121 8-9876": a space inside the date
        f"{PNR[:6]}-{PNR[6:8]} {PNR[8:]}",  # "811218-98 76": inside the last four
        f"19{PNR[:5]} {PNR[5:6]}-{PNR[6:]}",  # "1981121 8-9876"
        f"195 {PNR[1:6]}-{PNR[6:]}".replace("195 ", "198 "),  # "198 11218-9876"
        f"{PNR[:4]} {PNR[4:]}",  # "8112 189876": ten digits, alone on their line
        f"{PNR[:3]} {PNR[3:6]}-{PNR[6:]}",  # "811 218-9876": the last four are no amount
        f"{PNR[:4]}l{PNR[5:6]}-{PNR[6:]}",  # "8112l8-9876": l for 1
        f"{PNR[:6]}-{PNR[6:]}".replace("8", "B", 1),  # "B11218-9876"
        f"19{PNR[:6]}-{PNR[6:]}".replace("1", "I", 1),  # "I9811218-9876"
        f"{PNR[:6]}:{PNR[6:]}",  # a colon for the dash
        f"15{PNR[:6]}-{PNR[6:]}",  # the century misread
    ],
)
def test_ocr_faults_are_read_through(written: str) -> None:
    text = f"ID-KORT\nSökande {written}\nGiltigt till 2030"
    hits = find_personnummer(text, TODAY, ocr=True)
    assert [h.normalized for h in hits] == ["19" + PNR]
    assert hits[0].text == written
    masked = mask_personnummer(text, ocr=True)
    assert find_personnummer(masked, TODAY, ocr=True) == []
    assert masked.count("X") == sum(c.isalnum() for c in written)


def test_plain_text_is_not_read_as_ocr_text() -> None:
    assert find_personnummer(f"{PNR[:5]} {PNR[5:6]}-{PNR[6:]}", TODAY) == []
    # B for 8: a letter OCR takes for a digit and nobody types for one (l for 1 and O for 0
    # are: they are read in typed text too, tests/safety/test_typed_letters_for_digits.py).
    assert find_personnummer(f"B{PNR[1:6]}-{PNR[6:]}", TODAY) == []
    assert find_personnummer(f"15{PNR[:6]}-{PNR[6:]}", TODAY) == []


@pytest.mark.parametrize(
    "text",
    [
        # Groups of an amount ("1 234 567"), and two amounts side by side, the second negative.
        f"Summa {PNR[:3]} {PNR[3:6]} -{PNR[6]} {PNR[7:]}",
        # A split run of ten digits in a row of figures (not alone on its line).
        f"2020 {PNR[:4]} {PNR[4:]} 2021",
        # Labelled as another number, split by OCR.
        f"OCR-nummer: {PNR[:4]} {PNR[4:]}",
        "Mobil 070987 2758",
        # Twelve digits in a row with a century that is none: an account, not a misread.
        f"Konto 15{PNR}",
        # Words and codes stay words and codes.
        "OBS! ISBN 91-7000-000-0 Sal B12, rum lOl",
    ],
)
def test_amounts_labels_and_words_are_no_number(text: str) -> None:
    assert find_personnummer(text, TODAY, ocr=True) == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.decimals(-(10**9), 10**9, places=0, allow_nan=False), min_size=2, max_size=12),
    st.sampled_from([" ", "  ", "\n", " | "]),
)
# Found by Hypothesis: "640 502 −555 9" was read as 640502-5559.
@example([Decimal(20640502), Decimal(-555), Decimal(9)], " ")
def test_ocr_read_budget_rows_never_trip_it(row: list[Decimal], gap: str) -> None:
    text = gap.join(format_amount(a) for a in row)
    assert find_personnummer(text, TODAY, ocr=True) == [], text
    assert find_personnummer(text.replace("0", "O").replace("1", "l"), TODAY, ocr=True) == []


@pytest.mark.parametrize(
    "before",
    [
        "2020-12-07 kl. 13.15 ",
        "7/12 13:15 ",
        "2020-12-07 13.15\t",
        "07.12.2020 9.05\n",
        "201207 kl 1315 ",
        "2020-12-07 13.15–16.00, ",
    ],
)
@pytest.mark.parametrize("form", [f"{PNR[:6]}-{PNR[6:]}", f"19{PNR[:6]}-{PNR[6:]}", PNR])
def test_a_number_after_a_date_and_a_time_is_found(before: str, form: str) -> None:
    hits = find_personnummer(f"Inkom {before}{form} från sökanden.", TODAY)
    assert [(h.text, h.normalized) for h in hits] == [(form, "19" + PNR)]
