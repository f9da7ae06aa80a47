"""The beslut of "Val av justerare" and the first page tell one story
(core.protokoll_justerare)."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.protokoll import Justering, Paragraf, Protokoll
from ksdesk.core.protokoll_justerare import (
    beslut_follows_justerare,
    justerare_disagree,
    justerare_paragraf,
    names_only,
    proposed_justerare,
)


@pytest.mark.parametrize(
    "text",
    [
        "Ulrika Jörgensen (M)",  # Kungsbacka, Kultur & Fritid, kallelse 2025-10-22
        "Annika Hamberg (M) och Per Gunnarsson (S)",
        "Förslag: Ulrika Jörgensen (M).",
        "Anna-Karin Ek, Per af Geijerstam (L)",
        "Hravn Forsne (M)/Göran Ottosson (SD)",  # Vård & Omsorg, kallelse 2025-03-20
        # Kommunstyrelsen, kallelse 2025-02-18 (walk29's finding 11)
        "Ordinarie: Stefan Vilumsons (SD)\nErsättare: Axel Storckenfeldt (M)",
    ],
)
def test_a_forslag_that_only_names_persons(text: str) -> None:
    assert names_only(text)
    assert proposed_justerare("Val av justerare", text)
    assert not proposed_justerare("Val av ordförande i valberedningen", text)


@pytest.mark.parametrize(
    "text",
    [
        "Kommunstyrelsen utser Åsa Bergkvist (S) att jämte ordföranden justera protokollet.",
        "Nämnden utser två justerare.",
        "Informationen noteras till protokollet.",
        "",
    ],
)
def test_a_forslag_that_is_a_beslut(text: str) -> None:
    assert not names_only(text)


def test_who_writes_the_beslut() -> None:
    before = "KS utser A (S) att jämte ordföranden justera protokollet."
    assert beslut_follows_justerare("", "", before)
    assert beslut_follows_justerare(before, "", before)
    assert beslut_follows_justerare("Ulrika Jörgensen (M)", "Ulrika Jörgensen (M)", before)
    # Typed by the secretary herself: hers.
    assert not beslut_follows_justerare("Annika Hamberg (M)", "Ulrika Jörgensen (M)", before)
    assert not beslut_follows_justerare("Egen text.", "Egen text.", before)


def test_a_beslut_leaving_out_the_justerare_chosen_is_a_warning() -> None:
    paragraf = Paragraf(
        1, date(2025, 10, 22), 92, "Val av justerare", beslut="Utser Ulrika Jörgensen."
    )
    protokoll = Protokoll(
        meeting_id=1,
        justering=Justering(justerare=["Annika Hamberg", "Ulrika Jörgensen"]),
        paragrafer=[paragraf],
    )
    (found,) = justerare_disagree(protokoll)
    assert found.paragraf == 92
    assert found.message.startswith(
        "§ 92 Val av justerare: beslutet nämner inte Annika Hamberg, som är vald att justera"
    )
    paragraf.beslut = "Nämnden utser Annika Hamberg och Ulrika Jörgensen att justera."
    assert justerare_disagree(protokoll) == []


def test_the_justerare_are_chosen_at_val_av_justerare_else_at_the_first_paragraf() -> None:
    """Kungsbacka's kallelse has no "Val av justerare" (its justerare stand on the first
    page): the import leaves none, and the secretary could then choose no justerare at all
    (rewalk32). They are chosen at the first § instead."""
    day = date(2025, 2, 18)
    first = Paragraf(1, day, 29, "Förändring av ärendelista")
    val = Paragraf(1, day, 30, "Val av justerare")
    assert justerare_paragraf(Protokoll(meeting_id=1, paragrafer=[first, val])) == 30
    assert justerare_paragraf(Protokoll(meeting_id=1, paragrafer=[first])) == 29
    assert justerare_paragraf(Protokoll(meeting_id=1, paragrafer=[])) is None
