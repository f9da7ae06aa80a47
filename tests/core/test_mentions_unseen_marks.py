"""A secret title or a citizen's name is found also where a character the page does not draw
splits a word (a soft hyphen from Word, a zero-width space from a PDF) or another dash stands
for its hyphen (Word's non-breaking hyphen): the page prints the word as the title has it, and
the review, reading the text as stored, let it through. The titles are made up."""

from __future__ import annotations

import pytest

from ksdesk.core.secret_mentions import mentions, replace_mentions

TITLE = "Utredning om Rosenqvists hemförhållanden på HVB-hem"
NEUTRAL = "omfattas av sekretess (26 kap. 1 § OSL)"


@pytest.mark.parametrize(
    "written",
    [
        "Utredning om Rosen\u00adqvists hemförhållanden på HVB-hem",  # soft hyphen
        "Utredning om Rosenqvists hem\u200bförhållanden på HVB-hem",  # zero-width space
        "Utredning om Rosenqvists hemförhållanden på HVB\u2011hem",  # non-breaking hyphen
        "Utredning\u00a0om Rosenqvists\u2060 hemförhållanden på HVB\u2013hem",
    ],
)
def test_a_title_split_by_what_the_page_does_not_draw_is_found_and_replaced(written) -> None:
    text = f"1. {written}, inkommen 2020-11-20."
    assert mentions(text, (TITLE,)) != []
    assert replace_mentions(text, {TITLE: NEUTRAL}) == f"1. O{NEUTRAL[1:]}, inkommen 2020-11-20."


def test_a_longer_word_is_still_no_mention() -> None:
    assert mentions("Utredning om Rosenqvists hemförhållanden på HVB-hemmet", (TITLE,)) == []
