"""Which §§ ksdesk suggests as förvaltningsbesvär, and which decide nothing to appeal. The
titles are Byggnadsnämnden Kungsbacka's of 2025-03-20 (moggleif/kommunhandlingar
data/kungsbacka/bygg/2025/2025-03-20/protokoll.md; the private names are made up, walk34)."""

from __future__ import annotations

import pytest

from ksdesk.core.besvar_hint import besvar_hint, decides_nothing

POIT = ["Sökande (A-post)", "Kungörelse i Post- och Inrikes Tidningar"]


@pytest.mark.parametrize(
    ("title", "beslut", "sent", "word", "kungoras"),
    [
        (
            "GÅSEVADHOLM 5:1 - Bygglov för nybyggnad av garagebyggnad",
            "beviljar bygglov",
            POIT,
            "bygglov",
            True,
        ),
        (
            "TÖLÖ 4:112 - Förhandsbesked för nybyggnad av enbostadshus, sökande Karin Ek",
            "lämnar positivt förhandsbesked",
            [],
            "förhandsbesked",
            True,
        ),
        (
            "TÖLÖ 4:113 - Förhandsbesked för nybyggnad av enbostadshus",
            "lämnar negativt förhandsbesked",
            [],
            "förhandsbesked",
            False,
        ),
        (
            "Byggsanktionsavgift för att inte ha återställt en beviljad tidsbegränsad åtgärd, "
            "Vallda 12:45",
            "tar ut en byggsanktionsavgift om 12 430 kronor",
            [],
            "sanktionsavgift",
            False,
        ),
        (
            "HEDE 3:7 - Rivningsföreläggande",
            "förelägger ägaren att riva",
            [],
            "föreläggande",
            False,
        ),
        ("Strandskyddsdispens för brygga", "ger dispens", [], "strandskyddsdispens", False),
        # Kungsbacka 2025-04-24 §§ 13–16 (data/kungsbacka/bygg/2025/2025-04-24/kallelse.md)
        (
            "VALLDA 3:9 - Bygglov för ändrad användning av verksamhetslokal från butik",
            "Byggnadsnämnden beviljar bygglov",
            [],
            "bygglov",
            True,
        ),
        (
            "SÄRÖ 1:391 - Strandskyddsdispens för tillbyggnad av båthus/hamnkontor",
            "Byggnadsnämnden beviljar inte strandskyddsdispens",
            [],
            "strandskyddsdispens",
            False,
        ),
        (
            "Föreläggs att ansöka om lov för uppförda skyltar och utvändiga ändringar av byggnaden",
            "",
            [],
            "föreläggande",
            False,
        ),
        (
            "Byggsanktionsavgift för att ha uppfört en bygglovspliktig komplementbyggnad innan "
            "startbesked",
            "",
            [],
            "sanktionsavgift",
            False,
        ),
    ],
)
def test_a_pbl_decision_is_suggested(title, beslut, sent, word, kungoras) -> None:
    hint = besvar_hint(title, beslut, sent)
    assert hint is not None and (hint.word, hint.kungoras) == (word, kungoras)


@pytest.mark.parametrize(
    "title",
    [
        "Svar på kommunstyrelsens remiss om förslag om översyn av interna och externa priser",
        "Yttrande över ansökan om bygglov på fastigheten Särö 1:88",
        "Taxa för bygglov 2026",
        "Information om bygglovsprocessen",
        # Kungsbacka 2025-04-24 §§ 6, 17: information, and a chair's yttrande anmält
        "Information om lagrådsremiss om förenklingar av reglerna för bygglov",
        "Anmälan av ordförandebeslut - Yttrande till mark- och miljödomstolen i mål nr P "
        "3520-24, angående förhandsbesked för nybyggnad av två enbostadshus",
    ],
)
def test_no_suggestion_where_no_lov_is_decided(title) -> None:
    assert besvar_hint(title, "Byggnadsnämnden antar yttrandet.", []) is None


def test_opening_and_noting_items_decide_nothing() -> None:
    assert decides_nothing("Anmälan av jäv", "Ingen anmäler jäv.")
    noted = "Byggnadsnämnden noterar redovisningen av inkomna skrivelser till protokollet."
    assert decides_nothing("Redovisning av inkomna skrivelser", noted)
    assert not decides_nothing("GÅSEVADHOLM 5:1 - Bygglov", "Byggnadsnämnden beviljar bygglov.")
