"""The public check's suggestion to mark a tillsyn ärende "publiceras inte i sin helhet"
(core.tillsyn_hint; walk30's finding 1). The private persons are invented."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Arende, Forslag, Sammantrade, Section, Tjansteskrivelse
from ksdesk.core.meeting_agenda import warnings
from ksdesk.core.tillsyn_hint import tillsyn_hints, why_tillsyn
from tests.core.real_kungsbacka_public_texts import KUNGSBACKA_PUBLIC_TEXTS

# As walk30's tjänsteskrivelse (the real MH-2020-2596's title), the complainant invented.
KLAGOMAL = Arende(
    "Beslut om att avsluta klagomålsärende gällande temperatur inomhus samt beslut om avgift",
    dnr="MH-2020-2596",
)
SICK = Tjansteskrivelse(
    title="Beslut om avgift",
    forslag=[Forslag("Nämnden beslutar att fastighetsägaren ska betala en timavgift.")],
    sections=[Section("Sammanfattning", "Den boende Eva Ekblad uppger att hon har astma.")],
)
# A policy on tillsyn, whose background speaks of förelägganden in general.
PLAN = Arende(
    "Tillsynsplan 2026",
    tjansteskrivelse=Tjansteskrivelse(
        forslag=[Forslag("Nämnden antar tillsynsplanen för 2026.")],
        sections=[Section("Bakgrund", "Vid brister lämnas förelägganden och förbud.")],
    ),
)


def _meeting(*items: Arende) -> Sammantrade:
    return Sammantrade(organ_id=1, date=date(2025, 10, 9), time=time(9), items=list(items))


def test_a_klagomal_arende_is_suggested_and_the_check_before_sending_says_so() -> None:
    hint = (
        "Ärende 2 ”Beslut om att avsluta klagomålsärende gällande temperatur inomhus samt "
        "beslut om avgift” ser ut att vara ett tillsynsärende: sådana publiceras ofta inte i "
        "sin helhet. Markera det under Ändra ärende → Publicering, eller låt det publiceras."
    )
    meeting = _meeting(PLAN, KLAGOMAL, Arende("Ärende", tjansteskrivelse=SICK))
    assert tillsyn_hints(meeting)[0] == hint
    assert len(tillsyn_hints(meeting)) == 2  # the plan is not one; "astma" is
    assert hint in warnings(meeting)


def test_a_secret_or_already_withheld_arende_is_not_suggested() -> None:
    secret = Arende(KLAGOMAL.title, secret=True)
    withheld = Arende("Föreläggande förenat med vite", not_in_full=True)
    assert tillsyn_hints(_meeting(secret, withheld)) == []


def test_real_titles_of_cases_are_suggested_and_of_policies_not() -> None:
    # Kungsbacka miljo/2025/2025-10-09/kallelse.md and ks 2025 kallelser.
    cases = ["Föreläggande förenat med vite", "Förbud att tillföra massor förenat med vite"]
    policies = [
        "Svar på motion om att införa förbud mot användning av lustgas i berusningssyfte",
        "Initiativ om tillsyn av minireningsverk",
        "Taxa för prövning och tillsyn enligt miljöbalken",
        # Uppsala's tjänsteskrivelse (tests/interchange/real_tjansteskrivelser_expected.py)
        "Svar på begäran enligt Arbetsmiljölagen, AML om föreläggande eller förbud",
    ]
    assert all(why_tillsyn(Arende(t)) for t in cases)
    assert not any(why_tillsyn(Arende(t)) for t in policies)


def test_no_real_kungsbacka_text_reads_as_a_private_persons_health() -> None:
    for source, text in KUNGSBACKA_PUBLIC_TEXTS:
        ts = Tjansteskrivelse(sections=[Section("", text)])
        assert not why_tillsyn(Arende("Ärende", tjansteskrivelse=ts)), source


def test_the_byggnadsnamnds_compounds_are_cases() -> None:
    """walk34: Kungsbacka's byggnadsnämnd (data/kungsbacka/bygg/2025/2025-03-20/kallelse.md)
    writes its tillsyn cases as compounds the word boundary missed."""
    titles = [
        "Byggsanktionsavgift för att ha påbörjat åtgärd innan startbesked, VALLDA 12:45",
        "HEDE 3:7 - Rivningsföreläggande",
        "Rättelseföreläggande med vite att avlägsna tillbyggnad",
        "Lovföreläggande, SÄRÖ 1:88",
        "Användningsförbud för fritidshus, SÄRÖ 1:88",
    ]
    assert [bool(why_tillsyn(Arende(t))) for t in titles] == [True] * len(titles)
