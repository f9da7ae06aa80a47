"""A personnummer typed with the letter l (or I) for 1 and O for 0, as a typewriter without a 1
key taught, or copied into a field from a scanned page's OCR layer ("8ll2l8-9876"), is read by
anyone as the number. Before, only text OCR read was read so: the review found none of them
typed and every public output published them whole. Letters that only OCR takes for a digit
(S for 5, B for 8) are still read in OCR text alone (tests/core/test_personnummer_ocr.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.personnummer_masking import mask_personnummer
from tests.safety.planted_place import published

# As typed, and the twelve digits it is (made-up numbers with a valid check digit).
TYPED = {
    "8ll2l8-9876": "198112189876",  # every 1 an l
    "46O3O3-5O25": "194603035025",  # every 0 an O
    "8112I8-9876": "198112189876",  # a capital I
    "l9640101-l231": "196401011231",  # twelve digits, l for the century's 1
    "Pnr: 72O2O2 1239": "197202021239",  # after a label, a space for the dash
}
# Typed codes and words with these letters beside digits: no number.
NOT_NUMBERS = ("Rum 3l1, tel 070-1l2 34 56", "ISO 9001:2015 och l0 st", "Lokal O2, plan 1O",
               "Bil ABC 12O, 2020-12-07 kl. 14.00", "Dnr KS 2020/434-l")  # fmt: skip


@pytest.mark.parametrize("typed", TYPED)
def test_the_scanner_reads_it_and_masking_hides_it(typed: str) -> None:
    text = f"Sökande {typed}, Storgatan 1."
    assert [hit.normalized for hit in find_personnummer(text)] == [TYPED[typed]]
    masked = mask_personnummer(text)
    assert find_personnummer(masked) == [] and masked.count("X") >= 10


@pytest.mark.parametrize(
    "text", ["811218-9876I ärendet", "l811218-9876", "Pnr 8112189876o", "år 2020l811218-9876"]
)
def test_a_letter_glued_to_a_whole_group_is_no_digit(text: str) -> None:
    """A number's groups whole, a letter glued on (a word run on with no space, digits
    before it): the number as written, found as before (core.personnummer_typed)."""
    assert [hit.normalized for hit in find_personnummer(text)] == ["198112189876"]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_codes_with_such_letters_are_no_number(text: str) -> None:
    assert find_personnummer(text) == []


def _as_read(text: str) -> str:
    """What a citizen reads: l and I as 1, O as 0."""
    return text.translate(str.maketrans("lIO", "110"))


def test_no_public_output_publishes_it(demo_template: Path, tmp_path: Path) -> None:
    found_by_review, made = published(demo_template, tmp_path, list(TYPED))
    assert found_by_review >= set(TYPED.values())
    for output, text in made.items():
        found = {hit.normalized for hit in find_personnummer(_as_read(text))}
        assert found.isdisjoint(TYPED.values()), output
