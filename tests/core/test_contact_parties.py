"""core.contact_parties: the private party of a bygg-, miljö- or tillsyn matter, named in a §
or a tjänsteskrivelse, and a recipient of the decision who is one. The persons are invented;
the structures are Kungsbacka's (Byggnadsnämndens AU 2025-09-30, walk28). What the real
published documents print is no hit: Kungsbacka names the role, never the person."""

from __future__ import annotations

import pytest

from ksdesk.core.contact_parties import party_names, recipient_shown


def _names(text: str, recipient: bool = False) -> list[str]:
    return [text[start:end] for start, end, _name in party_names(text, recipient)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nämnden förelägger Anna Berg, ägare till fastigheten FJÄRÅS 2:45, vid vite", "Anna Berg"),
        ("Nämnden tar ut en sanktionsavgift av Bengt Karlsson om 13 920 kr", "Bengt Karlsson"),
        ("Sökande är Maria Ekström, Varlavägen 31, 434 39 Kungsbacka.", "Maria Ekström"),
        ("Fastighetsägaren Bengt Karlsson har i yttrande 2025-01-20 uppgett", "Bengt Karlsson"),
        ("Nämnden förbjuder Lars Olof Ekman att tillföra massor", "Lars Olof Ekman"),
        ("Nämnden påför Sara Lindgren en miljösanktionsavgift om 5 000 kronor.", "Sara Lindgren"),
        ("Eva Holm, 191212121212, ägare till fastigheten ÅSA 4:12, har inte", "Eva Holm"),
        ("Klaganden Dragana Jovanović anför att", "Dragana Jovanović"),
    ],
)  # fmt: skip
def test_the_party_of_the_matter_is_found(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    ("recipient", "name", "shown"),
    [
        (
            "Fastighetsägaren, Bengt Karlsson, Tölövägen 14, 434 37 Kungsbacka (delges)",
            "Bengt Karlsson",
            "Fastighetsägaren (delges)",
        ),
        ("Sökande, Maria Ekström (A-post)", "Maria Ekström", "Sökande (A-post)"),
        ("Maria Ekström (A-post)", "Maria Ekström", "[namn borttaget] (A-post)"),
        ("Bengt Karlsson (rek. mottagningsbevis)", "Bengt Karlsson", None),
    ],
)
def test_a_private_recipient_is_found_and_printed_as_her_role(
    recipient: str, name: str, shown: str | None
) -> None:
    assert _names(recipient, recipient=True) == [name]
    masked = recipient.replace(name, "[namn borttaget]")
    masked = masked.replace("Tölövägen 14", "[adress borttagen]")
    masked = masked.replace("434 37 Kungsbacka", "[postort borttagen]")
    if shown:
        assert recipient_shown(masked) == shown
    assert recipient_shown(recipient) == recipient  # nothing masked: printed as it is


@pytest.mark.parametrize(
    "text",
    [
        # Real: data/kungsbacka/bygg-au/2025/2025-09-30/protokoll.md (moggleif/kommunhandlingar).
        "Beslutet skickas till\nSökande (delges)",
        "Sökanden hävdar därför att bygglov bör beviljas för den föreslagna skorstenen.",
        "Fastighetsägaren till Varla 2:15 som yttrat sig under samrådet har lämnat synpunkter",
        # The plural role and a list of roles, as Kungsbacka's texts name parties.
        "Fastighetsägarna till Varla 2:15 och Varla 12:67 har yttrat sig",
        "Sökande och fastighetsägare har getts tillfälle att yttra sig",
        "Ordförande Thure Sandén (M) prövar förslaget och finner att arbetsutskottet bifaller det.",
        # A company, a förening, an authority, a fastighetsbeteckning, an elected member.
        "Byggnadsnämnden förelägger Kungsbacka Bostäder AB att",
        "Byggnadsnämnden förelägger Fastighets AB Balder, ägare till fastigheten",
        "Nämnden förelägger Kungsbacka Kommun att åtgärda",
        "Sökande, Tölö Gård HB (delges)",
        "Bostadsrättsföreningen Tölö (delges)",
        "Lerbergs Samfällighetsförening (delges)",
        "Trafikverket Region Väst (A-post)",
        "Länsstyrelsen i Hallands län (delges)",
        "Fastighetsägaren FJÄRÅS BACKA 2:45 har",
        "sanktionsavgift för Anna Berg (S) och",
    ],
)
def test_no_company_authority_property_or_member_is_a_party(text: str) -> None:
    assert _names(text) == [] and _names(text, recipient=True) == []


def test_a_recipient_that_is_no_private_party_is_no_hit() -> None:
    assert _names("Skatteverket", recipient=True) == []
    assert _names("Samhällsbyggnadskontoret, planavdelningen", recipient=True) == []
    # Two names in a row with no role, delivery or address: a list of officials.
    assert _names("Katarina Öryd Hanna Ståhl", recipient=True) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sökande: Anna Berg och Per Lind", ["Anna Berg", "Per Lind"]),
        ("Fastighetsägare: Anna Berg och Per Lind har yttrat sig", ["Anna Berg", "Per Lind"]),
        ("Klagande: Anna Berg, Per Lind och Eva Holm", ["Anna Berg", "Per Lind", "Eva Holm"]),
        ("Sökande är Anna Berg samt Per Lind.", ["Anna Berg", "Per Lind"]),
        ("Fastighetsägare: Anna och Per Lind", ["Anna och Per Lind"]),  # masked whole
        ("Fastighetsägarna Anna Berg och Per Lind har", ["Anna Berg", "Per Lind"]),
        ("Anna Berg och Per Lind, ägare till fastigheten TÖLÖ 5:23", ["Anna Berg", "Per Lind"]),
        # The company beside a person is no personal data, and stays.
        ("Nämnden förelägger Per Lind och Lind Bygg AB att", ["Per Lind"]),
        ("Sökande: Lind Bygg AB och Per Lind", ["Per Lind"]),
        # A comma without "och" after her: her address or ort, no second party.
        ("Sökande är Maria Ekström, Norra Hoka, sedan 2019", ["Maria Ekström"]),
        ("Sökande: Anna Berg och Kungsbacka kommun", ["Anna Berg"]),
    ],
)  # fmt: skip
def test_parties_joined_by_och_samt_or_commas_are_each_found(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_recipient_of_two_parties_names_both() -> None:
    recipient = "Fastighetsägarna, Anna Berg och Per Lind, Tölövägen 14, 434 37 Kungsbacka (delges)"
    assert _names(recipient, recipient=True) == ["Anna Berg", "Per Lind"]
    masked = recipient
    for name in ("Anna Berg", "Per Lind"):
        masked = masked.replace(name, "[namn borttaget]")
    assert recipient_shown(masked) == "Fastighetsägarna (delges)"
