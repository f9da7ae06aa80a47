"""The name written right next to a personnummer is that person's (core.personnummer_names).
The VO bilaga of walk31 (invented boende): "boende Sture Lindqvist, 19380412-1234"."""

from __future__ import annotations

import pytest

from ksdesk.core.personnummer_names import names_by_numbers


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Avvikelse 3: boende Sture Lindqvist, 19380412-1234, fallolycka.", "Sture Lindqvist"),
        ("Lindqvist, Sture 19380412-1234 föll i badrummet.", "Lindqvist, Sture"),
        ("Sture Lindqvist (19380412-1234) föll.", "Sture Lindqvist"),
        ("Klient 19380412-1234 Sture Lindqvist, beviljas hemtjänst.", "Sture Lindqvist"),
        ("Anna Berg, Sture Lindqvist, 19380412-1234", "Sture Lindqvist"),
    ],
)
def test_the_name_beside_the_number_is_hers(text: str, written: str) -> None:
    ((start, end, name, number),) = names_by_numbers(text)
    assert (text[start:end], name, number) == (written, "sture lindqvist", "193804121234")


@pytest.mark.parametrize(
    "text",
    [
        "Kungsbacka Bostads AB, 19380412-1234",  # a company's
        "Stockholm Business Alliance 19380412-1234",  # a partnership's (an ärende's title)
        "Anna Berg (S) 19380412-1234",  # a ledamot's: party letters between
        "avser 19380412-1234 Beslut fattas i nämnden",  # one word written as a name
        "Sture Lindqvist bor här. Han har personnummer 19380412-1234.",  # not beside it
    ],
)
def test_no_person_beside_it(text: str) -> None:
    assert names_by_numbers(text) == []
