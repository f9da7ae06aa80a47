"""A personnummer written after its label with a typo in the last four ("Personnummer:
811218-9875", where the check digit makes it 9876) still names the person: the birth date
and three of the four are right. The scanner takes a number only when its check digit holds,
so that a date and four other digits are not taken for one; after "personnummer", "pnr" or
"samordningsnummer" the reader knows what it is, and so the check digit is not asked for
there. Before, the review passed it and every public output published it. Written in the
number's own shape, ÅÅMMDD-NNNN, it is taken without a label too (core.personnummer_typo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.personnummer_masking import mask_personnummer
from tests.safety.planted_place import published

# As written, and the twelve digits (made-up numbers, each with a wrong check digit).
TYPOS = {
    "Personnummer: 811218-9875": "198112189875",
    "Sökande 640823-1237": "196408231237",  # no label: its own shape
    "pnr 19640101-1232": "196401011232",
    "samordningsnummer 811278-9870": "198112789870",  # the day + 60
    "Pnr: 72 02 02-1230": "197202021230",
}


@pytest.mark.parametrize("written", TYPOS)
def test_a_labelled_number_with_a_wrong_check_digit_is_found(written: str) -> None:
    text = f"Sökande {written}, Storgatan 1."
    assert [hit.normalized for hit in find_personnummer(text)] == [TYPOS[written]]
    assert find_personnummer(mask_personnummer(text).replace("X", "0")) == []


def test_in_its_own_shape_it_is_a_number_without_the_label_too() -> None:
    text = "Sökande 811218-9875, Storgatan 1."
    assert [hit.normalized for hit in find_personnummer(text)] == ["198112189875"]


@pytest.mark.parametrize(
    "text",
    [
        "Sökande 8112189875, Storgatan 1.",  # no label, no dash: ten digits, maybe
        "Personnummer: 811318-9875",  # no such date
        "Personnummer saknas. Dnr 2020/434-9875",
    ],
)
def test_without_the_label_or_a_date_it_is_no_number(text: str) -> None:
    assert find_personnummer(text) == []


def test_no_public_output_publishes_it(demo_template: Path, tmp_path: Path) -> None:
    found_by_review, made = published(demo_template, tmp_path, list(TYPOS))
    assert found_by_review >= set(TYPOS.values())
    for output, text in made.items():
        read = " ".join(text.split())
        assert not any(w.split()[-1] in read for w in TYPOS), output
