"""The sieve before the title patterns (core.title_sieve) lets through every title a text
names, however the text writes it; with many titles, names_any and replace_mentions find
exactly what the one pattern of all of them found."""

from __future__ import annotations

import random

import pytest

from ksdesk.core import secret_mentions
from ksdesk.core.secret_mentions import _any_of, names_any, replace_mentions
from ksdesk.core.title_sieve import TitleSieve

TITLE = "Utredning om placering av Åsa Lindqvist"
# Many other titles: the sieve is used above secret_mentions._FEW of them.
OTHERS = (
    *(f"Bygglov för fastigheten Björken {n}" for n in range(1, 40)),
    "Ansökan om serveringstillstånd Kafé Ådalen",
    "Överklagande av beslut om bistånd",
)
TITLES = (TITLE, *OTHERS)

WRITTEN = [
    "Se Utredning om placering av Åsa Lindqvist, bilaga 3.",
    "UTREDNING OM PLACERING AV ÅSA LINDQVIST",
    "utredning om\nplacering av Åsa Lind-\nqvist i listan",  # broken over lines
    "Utredning om placering av A\u030asa Lindqvist",  # decomposed Å
    "Utredning om placering av Åsa Lindqvi\u200bst",  # a zero-width space inside
    "Utredning om placering av Åsa Lindqvist\u00b9",  # a footnote mark after it
    "Utredning om plаcering av Åsa Lindqvist",  # a Cyrillic а
    "Utredning om placering av Åsa Lindqvi\u00ad\nst",  # a soft hyphen at the line's end
]


@pytest.mark.parametrize("text", WRITTEN)
def test_every_way_of_writing_the_title_passes_the_sieve(text: str) -> None:
    assert TITLE in TitleSieve(TITLES).passed(text)
    assert names_any(text, TITLES)
    masked = replace_mentions(text, dict.fromkeys(TITLES, "ärende som omfattas av sekretess"))
    assert "sekretess" in masked


DASHED = "Upplands-Bro kommun avtal"  # its key word, "upplands", ends at the typed dash


@pytest.mark.parametrize(
    "text",
    [
        "om Upplands-\nBro kommun avtal",  # the typed dash at a line's end
        "om Upplands–\n  Bro kommun avtal",
        "om Upp-\nlands-\nBro kommun avtal",  # hyphenated, then the typed dash
    ],
)
def test_a_typed_dash_at_a_lines_end_is_read_both_ways(text: str) -> None:
    titles = (DASHED, *OTHERS)
    assert bool(_any_of((DASHED,)).search(text))  # the pattern names it …
    assert DASHED in TitleSieve(titles).passed(text)  # … so the sieve lets it through
    assert names_any(text, titles)


def test_a_text_without_the_key_word_is_sieved_out() -> None:
    assert TitleSieve(TITLES).passed("Placering av Åsa i utredningen") == ()
    assert not names_any("Placering av Åsa i utredningen", TITLES)


def test_many_titles_find_what_one_pattern_of_all_found() -> None:
    """Random texts of title words, written in the ways above: the sieved search and the
    pattern of all titles agree, text for text."""
    assert len(TITLES) > secret_mentions._FEW
    chance = random.Random(1218)
    words = [*" ".join(TITLES).split(), "och", "i", "den", "\n", "-\n", "\u00ad"]
    everyone = _any_of(tuple(sorted(TITLES, key=len, reverse=True)))
    for _ in range(1000):
        parts = [chance.choice(words) for _ in range(chance.randint(1, 12))]
        if chance.random() < 0.3:
            parts.insert(chance.randint(0, len(parts)), chance.choice(TITLES))
        text = " ".join(parts)
        if chance.random() < 0.3:
            text = text.upper()
        assert names_any(text, TITLES) == bool(everyone.search(text)), text
