"""The personnummer scanner on real public texts full of other numbers (see
personnummer_real_numbers.py for each text's address): nothing found in them as published, and
a number written into them, in each form a reader would still recognise, found where it stands
and masked. The numbers are made up (a valid check digit, nobody's on purpose)."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.personnummer import DASHES, find_personnummer, luhn_ok
from ksdesk.core.personnummer_masking import mask_personnummer
from tests.core.personnummer_real_numbers import REAL_NUMBER_TEXTS

TODAY = date(2026, 12, 4)


def _with_check_digit(nine: str) -> str:
    return next(nine + str(d) for d in range(10) if luhn_ok(nine + str(d)))


PNR = _with_check_digit("800101123")  # 800101-1231
SAMORDNING = _with_check_digit("800161123")  # the day + 60
CENTENARIAN = _with_check_digit("120101123")  # born 1912: written with "+"

# Every form the public edition must mask: (written, the twelve digits it stands for).
FORMS = [
    (f"{PNR[:6]}-{PNR[6:]}", "19" + PNR),
    (f"19{PNR[:6]}-{PNR[6:]}", "19" + PNR),
    (f"19 {PNR[:6]}-{PNR[6:]}", "19" + PNR),
    (f"{PNR[:6]} {PNR[6:]}", "19" + PNR),
    (PNR, "19" + PNR),
    (f"{PNR[:6]}-\n{PNR[6:]}", "19" + PNR),
    (f"pnr {PNR[:6]}-{PNR[6:]}", "19" + PNR),
    (f"personnr: {PNR}", "19" + PNR),
    (f"p-nr {PNR[:6]}-{PNR[6:]}", "19" + PNR),
    (f"samordningsnummer {SAMORDNING[:6]}-{SAMORDNING[6:]}", "19" + SAMORDNING),
    (f"{CENTENARIAN[:6]}+{CENTENARIAN[6:]}", "19" + CENTENARIAN),
    # After a label that names it, in looser shapes (core.personnummer_labelled).
    (f"Pnr: {PNR[:2]} {PNR[2:4]} {PNR[4:6]}-{PNR[6:]}", "19" + PNR),
    (f"personnummer {PNR[:6]}-{PNR[6:8]} {PNR[8:]}", "19" + PNR),
    (f"personnummer: 19{PNR[:2]}-{PNR[2:4]}-{PNR[4:6]} - {PNR[6:]}", "19" + PNR),
    (f"med personnumret {PNR[:2]} {PNR[2:4]} {PNR[4:6]}-{PNR[6:]}", "19" + PNR),
    (f"vars personnummer är {PNR[:2]} {PNR[2:4]} {PNR[4:6]} {PNR[6:]}", "19" + PNR),
    (f"samordningsnumret {SAMORDNING[:6]}-{SAMORDNING[6:8]} {SAMORDNING[8:]}", "19" + SAMORDNING),
]


@pytest.mark.parametrize("name", sorted(REAL_NUMBER_TEXTS))
def test_nothing_in_a_real_text_is_taken_for_a_personnummer(name: str) -> None:
    _, text = REAL_NUMBER_TEXTS[name]
    assert [h.text for h in find_personnummer(text, TODAY)] == []


@pytest.mark.parametrize("name", sorted(REAL_NUMBER_TEXTS))
@pytest.mark.parametrize(("written", "normalized"), FORMS)
def test_a_number_written_into_a_real_text_is_found_and_masked(
    name: str, written: str, normalized: str
) -> None:
    _, text = REAL_NUMBER_TEXTS[name]
    middle = text.index(" ", len(text) // 2)
    doc = f"{text[:middle]} Sökande: {written}, {text[middle + 1 :]}"
    hits = find_personnummer(doc, TODAY)
    assert [h.normalized for h in hits] == [normalized]
    masked = mask_personnummer(doc)
    assert find_personnummer(masked, TODAY) == []
    assert masked[:middle] == doc[:middle]
    assert masked.endswith(text[middle + 1 :])
    assert normalized[-4:] not in masked


def test_a_labelled_number_in_looser_shapes_is_no_cause_to_read_unlabelled_ones() -> None:
    """Unlabelled, the pairs of a date and a time, or two amounts, stay what they are."""
    assert find_personnummer(f"Tid {PNR[:2]} {PNR[2:4]} {PNR[4:6]}-{PNR[6:]}", TODAY) == []
    assert find_personnummer(f"Pnr: 12 34 56 78 90, {PNR[:6]}-{PNR[6:8]} {PNR[8:]} kr", TODAY) == []


def test_a_cisterns_tillverkningsnummer_is_no_personnummer() -> None:
    """Vetlanda's protokoll names a cistern by its tillverkningsnummer. One of ten digits that
    happens to read as a date with a valid check digit (ours: the text has "670") is the
    cistern's; written as a personnummer is, with its dash, it would still be found."""
    _, text = REAL_NUMBER_TEXTS["vetlanda-miljo-och-byggnamnden-2014"]
    assert find_personnummer(text.replace("670", PNR), TODAY) == []
    dashed = text.replace("670", f"{PNR[:6]}-{PNR[6:]}")
    assert [h.normalized for h in find_personnummer(dashed, TODAY)] == ["19" + PNR]


@pytest.mark.parametrize(
    "label", ["serienummer", "mätarnummer", "projektnummer", "Tillverkningsnr:"]
)
def test_numbers_of_things_are_no_personnummer(label: str) -> None:
    assert find_personnummer(f"Cistern, {label} {PNR}, kontrollerad", TODAY) == []


@pytest.mark.parametrize("dash", list(DASHES))
def test_a_labelled_number_in_pairs_is_found_with_every_dash(dash: str) -> None:
    written = f"{PNR[:2]} {PNR[2:4]} {PNR[4:6]}{dash}{PNR[6:]}"
    hits = find_personnummer(f"Pnr: {written}, sökande", TODAY)
    assert [(h.text, h.normalized) for h in hits] == [(written, "19" + PNR)]


def test_a_labelled_number_in_fullwidth_digits_is_normalized_as_any_other() -> None:
    """Fullwidth digits ("８０ ０１ ０１-１２３１") read as 0–9, as the scanner reads them
    elsewhere: the secretary's decision on the number holds for it, and the list shows it
    as every other."""
    written = f"{PNR[:2]} {PNR[2:4]} {PNR[4:6]}-{PNR[6:]}"
    fullwidth = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in written)
    (hit,) = find_personnummer(f"Pnr: {fullwidth}", TODAY)
    assert (hit.normalized, hit.masked) == ("19" + PNR, f"{PNR[:6]}-XXXX")


@pytest.mark.parametrize("space", ["\u2009", "\u2007", "\u2002", "\u202f", "\u3000", "\uf020"])
def test_a_labelled_number_in_pairs_is_found_with_every_space(space: str) -> None:
    """A thin or figure space out of a PDF, or the space of Word's symbol fonts, between the
    pairs: still the number, as with a plain space."""
    written = space.join([PNR[:2], PNR[2:4], PNR[4:6]]) + f"-{PNR[6:]}"
    hits = find_personnummer(f"Pnr: {written}, sökande", TODAY)
    assert [(h.text, h.normalized) for h in hits] == [(written, "19" + PNR)]


@pytest.mark.parametrize("word", ["Projekt", "serie", "Projekt:"])
def test_a_word_that_only_begins_a_label_leaves_the_number_found(word: str) -> None:
    """ "Projekt" and "serie" alone are words, not the name of another kind of number."""
    hits = find_personnummer(f"Sökande i {word} {PNR} är kontaktad", TODAY)
    assert [h.normalized for h in hits] == ["19" + PNR]
