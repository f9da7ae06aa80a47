"""core.secret_mentions.mentions skips a text without the word every form holds, and finds
just what a search for each form finds (any case, soft hyphens and line breaks inside)."""

from __future__ import annotations

import random

from ksdesk.core.secret_mentions import _pattern, _shared_word, mentions


def _each_form(text: str, forms: tuple[str, ...]) -> list[tuple[int, int]]:
    return sorted(found.span() for form in forms for found in _pattern(form).finditer(text))


def test_mentions_are_those_of_each_form() -> None:
    forms = (
        "Karlsson-Berg, Kalles",
        "Karlsson-Berg, Kalle",
        "Karlsson-Berg Kalle",
        "K. Karlsson-Berg",
        "Kalle Karlsson-Bergs",
        "Kalle Karlsson-Berg",
    )
    # The word all six hold is the family name (its letters with their look-alikes).
    assert _shared_word(forms).fullmatch("Karlsson-Berg") and not _shared_word(forms).match("Kalle")
    rng = random.Random(12)
    pieces = [*forms, "karlsson", "KARLS\u00adSON-BERG", "Berg,\nKalle", "K.", " ", "\n", "x"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        text = "".join(c.upper() if rng.random() < 0.2 else c for c in text)
        assert mentions(text, forms) == _each_form(text, forms), text


def test_a_text_without_the_shared_word_names_none() -> None:
    forms = ("Kalle Karlsson", "Karlsson, Kalle")
    assert mentions("Kalle Berg skrev", forms) == []
    assert mentions("KARL\u00adSSON, kalle skrev", forms) == [(0, 16)]
