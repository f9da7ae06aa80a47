"""core.private_names: the official who took a decision, named with "av" after it
("anställd 2025-09-04 av Maria Samuelsson", Kungsbacka Teknik's real list of
delegationsbeslut 2025-10-22, tests/interchange/real_beslut_lists_third_kungsbacka.py), is
no private party to it: the public review asked whether to publish her name at every
meeting that reported such a list (bench/citizen_name_false_alarms.py: 9 → 10 false alarms
once that list was added). A party named with "av" stays one ("överklagat av", "ansökan av")."""

from __future__ import annotations

import pytest

from ksdesk.core.private_names import private_names
from ksdesk.interchange.given_names import GIVEN_NAMES


@pytest.mark.parametrize(
    "text",
    [
        "- Handläggare, anställd 2025-09-04 av Maria Samuelsson\n- Förrådstekniker",
        "Tillsvidareanställning, anställd av Maria Samuelsson",
        "Beslutet fattat 2025-03-01 av Anna Karlsson, enhetschef",
        "Avtalet undertecknat av Erik Lund",
        "Beslutad 250903 av Eva Holm",
    ],
)
def test_the_official_who_decided_is_no_private_party(text: str) -> None:
    assert private_names(text, GIVEN_NAMES, []) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Beslutet har överklagats av Maria Samuelsson", "Maria Samuelsson"),
        ("Yttrande över ansökan av Maria Samuelsson om bygglov", "Maria Samuelsson"),
        ("Beslut om bygglov för Maria Samuelsson, anställd av kommunen", "Maria Samuelsson"),
    ],
)
def test_a_party_named_with_av_is_still_found(text: str, name: str) -> None:
    assert private_names(text, GIVEN_NAMES, []) == [name]
