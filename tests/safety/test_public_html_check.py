"""The last read of a public HTML page finds a personnummer wherever a reader can: in the text
as a browser draws it (a number split by an inline tag or a comment is drawn whole) and in the
attributes a browser, a search engine or a screen reader reads (the author, an alt text, a
title, a link). Before, tags were read as spaces and their attributes not at all."""

from __future__ import annotations

import pytest

from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.services.public_edition import PublicEdition
from ksdesk.services.public_gate import PublicOutputRefused
from tests.safety.planted_numbers import number

NUMBER = number(7)
WRITTEN = f"{NUMBER[:6]}-{NUMBER[6:]}"
EDITION = PublicEdition(None, None, PublicCopyRules())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "page",
    [
        f'<meta name="author" content="Kommunstyrelsen {WRITTEN}">',
        f'<img src="karta.png" alt="Karta, sökande {WRITTEN}">',
        f"<abbr title='pnr {NUMBER}'>Sökanden</abbr>",
        f'<a href="mailto:x@kommun.se?subject={WRITTEN}">Skriv</a>',
        f"<p>{NUMBER[:4]}<strong>{NUMBER[4:6]}</strong>-{NUMBER[6:]}</p>",
        f"<p>{NUMBER[:6]}<!-- ändrat -->-{NUMBER[6:]}</p>",
        f"<p>{NUMBER[:6]}-<mark>{NUMBER[6:]}</mark></p>",
    ],
)
def test_a_number_anywhere_in_the_page_refuses_it(page: str) -> None:
    with pytest.raises(PublicOutputRefused) as refused:
        EDITION.checked_html(f"<!DOCTYPE html><html><body>{page}</body></html>", "Sidan")
    assert str(refused.value).startswith("Sidan skrivs inte: den slutliga kontrollen hittade")


def test_block_tags_stay_breaks() -> None:
    """Two cells are not one word: what an inline tag would join, a cell keeps apart."""
    page = f"<table><tr><td>{NUMBER[:4]}</td><td>{NUMBER[4:6]}-{NUMBER[6:]}</td></tr></table>"
    assert EDITION.checked_html(page, "Sidan") == page


def test_a_kept_number_passes_in_an_attribute_too() -> None:
    kept = PublicEdition(None, None, PublicCopyRules(kept_numbers={"x": {"19" + NUMBER}}))  # type: ignore[arg-type]
    page = f'<p title="{WRITTEN}">{WRITTEN}</p>'
    assert kept.checked_html(page, "Sidan") == page
