"""A kommun's place from the name the secretary typed ("Smedjebackens kommun" is in
Smedjebacken), and the kommun a misspelt name meant, over SCB's list as shipped."""

from __future__ import annotations

import pytest

from ksdesk.core.kommuner import find_kommun, meant_kommun, place_name, read_kommuner
from ksdesk.kommun_list import kommuner

KOMMUNER = kommuner()


def test_the_list_holds_every_kommun_once() -> None:
    assert len(KOMMUNER) == 290
    assert len({k.kod for k in KOMMUNER}) == 290
    assert len({k.namn for k in KOMMUNER}) == 290
    assert all(len(k.kod) == 4 and k.kod.isdigit() for k in KOMMUNER)


@pytest.mark.parametrize(
    ("kod", "namn", "official"),
    [
        ("2061", "Smedjebacken", "Smedjebackens kommun"),
        ("2080", "Falun", "Falu kommun"),
        ("0980", "Gotland", "Region Gotland"),
        ("1490", "Borås", "Borås Stad"),
        ("1480", "Göteborg", "Göteborgs Stad"),
        ("0180", "Stockholm", "Stockholms stad"),
        ("2583", "Haparanda", "Haparanda stad"),
        ("0880", "Kalmar", "Kalmar kommun"),
        ("2514", "Kalix", "Kalix kommun"),
        ("2513", "Överkalix", "Överkalix kommun"),
        ("1421", "Orust", "Orust kommun"),
        ("2282", "Kramfors", "Kramfors kommun"),
        ("0687", "Tranås", "Tranås kommun"),
        ("2023", "Malung-Sälen", "Malung-Sälens kommun"),
        ("0114", "Upplands Väsby", "Upplands Väsby kommun"),
        ("1281", "Lund", "Lunds kommun"),
        ("0305", "Håbo", "Håbo kommun"),
    ],
)
def test_official_names_as_the_kommuner_write_them(kod: str, namn: str, official: str) -> None:
    kommun = next(k for k in KOMMUNER if k.kod == kod)
    assert (kommun.namn, kommun.officiellt_namn) == (namn, official)


def test_fourteen_kommuner_call_themselves_stad() -> None:
    stad = [k for k in KOMMUNER if k.officiellt_namn.casefold().endswith(" stad")]
    assert len(stad) == 14
    # Each is still a kommun in law, and found by that name too.
    assert all(k.andra_namn == (k.officiellt_namn[:-5] + " kommun",) for k in stad)


@pytest.mark.parametrize(
    ("typed", "place"),
    [
        ("Smedjebackens kommun", "Smedjebacken"),
        ("smedjebackens  kommun", "Smedjebacken"),
        ("Smedjebacken", "Smedjebacken"),
        ("Falu kommun", "Falun"),
        ("Region Gotland", "Gotland"),
        ("Gotlands kommun", "Gotland"),
        ("Göteborgs Stad", "Göteborg"),
        ("Borås Stad", "Borås"),
        ("Borås kommun", "Borås"),
        ("Stockholms stad", "Stockholm"),
        ("Malung-Sälens kommun", "Malung-Sälen"),
        ("Upplands Väsby kommun", "Upplands Väsby"),
        ("Kramfors kommun", "Kramfors"),
        ("Tranås kommun", "Tranås"),
        ("Mora kommun", "Mora"),
        ("Lunds kommun", "Lund"),
        ("Ludvika kommun", "Ludvika"),
    ],
)
def test_place_of_a_kommun(typed: str, place: str) -> None:
    assert place_name(typed, KOMMUNER) == place


@pytest.mark.parametrize(
    ("typed", "place"),
    [
        ("Region Dalarna", "Region Dalarna"),
        ("Testby kommun", "Testby"),
        ("Bergslagens kommunalförbund", "Bergslagens kommunalförbund"),
    ],
)
def test_a_name_not_in_the_list_keeps_the_old_rule(typed: str, place: str) -> None:
    assert find_kommun(typed, KOMMUNER) is None
    assert place_name(typed, KOMMUNER) == place


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Smedjebacken kommun", "Smedjebackens kommun"),
        ("Smedjebackens komun", "Smedjebackens kommun"),
        ("Faluns kommun", "Falu kommun"),
        ("Falun kommun", "Falu kommun"),
        ("Mora komun", "Mora kommun"),
        ("Lund kommun", "Lunds kommun"),
        ("Salas kommun", "Sala kommun"),
        ("Region Gotlands", "Region Gotland"),
    ],
)
def test_a_misspelt_kommun_is_recognised(typed: str, meant: str) -> None:
    found = meant_kommun(typed, KOMMUNER)
    assert found is not None and found.officiellt_namn == meant


@pytest.mark.parametrize(
    "typed",
    [
        "Smedjebackens kommun",
        "Göteborgs stad",
        "Region Dalarna",
        "Region Halland",
        "Västra Götalandsregionen",
        "Norra Hälsinglands kommunalförbund",
        "Testby kommun",
    ],
)
def test_a_kommun_or_a_name_near_none_is_not_misspelt(typed: str) -> None:
    assert meant_kommun(typed, KOMMUNER) is None


def test_the_list_is_read_past_its_source_lines() -> None:
    text = (
        "# källa\nkod,namn,officiellt_namn,andra_namn\n"
        "0980,Gotland,Region Gotland,Gotlands kommun\n2080,Falun,Falu kommun,\n"
    )
    gotland, falun = read_kommuner(text)
    assert gotland.andra_namn == ("Gotlands kommun",) and falun.andra_namn == ()
    assert place_name("Region Gotland", (gotland, falun)) == "Gotland"
