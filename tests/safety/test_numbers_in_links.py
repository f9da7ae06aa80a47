"""A personnummer in a link copied into a text, its dash or the space before the last four
written as a URL escape, as an e-tjänst's or a case system's address keeps it
("https://e.ludvika.se/arende?pnr=19811218%2D9876"): a reader of the printed link reads the
number, and the review found none, so every public output published it. Now the escapes are
read as the marks they stand for (core.personnummer_url)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.personnummer_masking import mask_personnummer
from tests.safety.planted_place import published

LINKS = {
    "https://e.ludvika.se/arende?pnr=19811218%2D9876&steg=2": "198112189876",
    "https://minasidor.example.se/640823%201238/ansokan": "196408231238",
    "https://example.se/sok?q=640823%E2%80%931238": "196408231238",
}


@pytest.mark.parametrize("link", LINKS)
def test_the_number_in_a_link_is_found_and_masked(link: str) -> None:
    assert [hit.normalized for hit in find_personnummer(f"Se {link}.")] == [LINKS[link]]
    assert find_personnummer(mask_personnummer(link)) == []


@pytest.mark.parametrize(
    "text",
    ["https://example.se/protokoll?datum=2020%2D12%2D07", "Rabatt 100%20 st", "50%2D60 %"],
)
def test_other_escapes_are_no_number(text: str) -> None:
    assert find_personnummer(text) == []


# What an output writes of its own, where any four digits may stand by chance: a row's UUID
# (the calendar file's UID) and the moment it was made (DTSTAMP:20261206T141238Z).
_MACHINE = re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|DTSTAMP:\S+", re.IGNORECASE
)


def test_no_public_output_publishes_it(demo_template: Path, tmp_path: Path) -> None:
    found_by_review, made = published(demo_template, tmp_path, list(LINKS))
    assert found_by_review >= set(LINKS.values())
    for output, text in made.items():
        read = _MACHINE.sub(" ", " ".join(text.split()))
        assert not any(f"{n[2:8]}" in read or n[8:] in read for n in LINKS.values()), output
