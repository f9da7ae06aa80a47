"""The plus of a number of someone a hundred years old or more ("811218+9876") typed as a
fullwidth input method types it ("８１１２１８＋９８７６", after the fullwidth digits and the
fullwidth hyphen, which were read already), or as Unicode's small or heavy plus: the number
was not found, and every public output printed it."""

from __future__ import annotations

import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.personnummer_masking import mask_personnummer


@pytest.mark.parametrize("plus", ["\uff0b", "\ufe62", "\u2795"])
@pytest.mark.parametrize("digits", ["811218 9876", "８１１２１８ ９８７６"])
def test_a_plus_in_another_form_is_the_plus(plus: str, digits: str) -> None:
    written = digits.replace(" ", plus)
    text = f"Sökande {written}, Storgatan 1"
    assert [h.normalized for h in find_personnummer(text)] == ["188112189876"]
    assert mask_personnummer(text) == f"Sökande XXXXXX{plus}XXXX, Storgatan 1"


def test_a_plus_in_another_form_between_amounts_is_no_number() -> None:
    assert find_personnummer("Summa 1 200＋3 400 kr") == []
