"""Presence as any number of stretches per person: typed, shown, leaving and coming back,
renumbered; and what it does to who tjänstgör, beslutförhet and the votering roster."""

from __future__ import annotations

import re
from datetime import date

import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.narvaro import (
    come_back,
    covered,
    leave,
    narvaro_text,
    parse_narvaro,
    problem,
    renumbered,
    sits_text,
)
from ksdesk.core.protokoll import Deltagare, Jav, Narvaro, Paragraf, Protokoll
from ksdesk.core.protokoll_rules import is_beslutsfor, paragraf_span, tjanstgorande

NUMBERS = list(range(217, 224))


def deltagare(*stretches: Narvaro) -> Deltagare:
    return Deltagare("Roland Johansson", "SD", narvaro=list(stretches))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("", [Narvaro()]),
        ("hela", [Narvaro()]),
        ("Hela sammanträdet", [Narvaro()]),
        ("217–223", [Narvaro()]),
        ("frånvarande", []),
        ("217–219, 221–223", [Narvaro(None, 219), Narvaro(221, None)]),
        ("§§ 217-219 och 221-223", [Narvaro(None, 219), Narvaro(221, None)]),
        ("221–", [Narvaro(221, None)]),
        ("från 221", [Narvaro(221, None)]),
        ("från 218 till 220", [Narvaro(218, 220)]),
        ("–219", [Narvaro(None, 219)]),
        ("till 219", [Narvaro(None, 219)]),
        ("§ 220", [Narvaro(220, 220)]),
        ("218, 219, 220", [Narvaro(218, 220)]),  # touching stretches join
        ("218–220, 219–221", [Narvaro(218, 221)]),  # overlapping ones too
    ],
)
def test_typed_presence_is_read(typed: str, stored: list[Narvaro]) -> None:
    assert parse_narvaro(typed, NUMBERS) == stored


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("230", "Det finns ingen § 230 i protokollet (§§ 217–223)."),
        ("222–219", "§§ 222–219 går baklänges"),
        ("efter lunch", "”efter lunch” är inte ett paragrafnummer"),
    ],
)
def test_what_cannot_be_read_is_refused_in_swedish(typed: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=re.escape(message)):
        parse_narvaro(typed, NUMBERS)


def test_presence_is_shown_as_paragraf_runs() -> None:
    assert narvaro_text(deltagare(Narvaro()), NUMBERS) == "Hela sammanträdet"
    assert narvaro_text(deltagare(), NUMBERS) == "Frånvarande"
    shown = narvaro_text(deltagare(Narvaro(None, 219), Narvaro(221, None)), NUMBERS)
    assert shown == "§§ 217–219, 221–223"
    assert narvaro_text(deltagare(Narvaro(220, 220)), NUMBERS) == "§ 220"
    # Typed back in, what is shown gives the same stretches.
    assert parse_narvaro(shown, NUMBERS) == [Narvaro(None, 219), Narvaro(221, None)]


def test_leaving_and_coming_back_any_number_of_times() -> None:
    stretches = [Narvaro()]
    stretches = leave(stretches, 219, NUMBERS)  # goes out before § 219
    assert stretches == [Narvaro(None, 218)]
    stretches = come_back(stretches, 221, NUMBERS)  # back before § 221
    assert stretches == [Narvaro(None, 218), Narvaro(221, None)]
    stretches = leave(stretches, 222, NUMBERS)
    stretches = come_back(stretches, 223, NUMBERS)
    assert covered(stretches, NUMBERS) == [217, 218, 221, 223]
    assert narvaro_text(deltagare(*stretches), NUMBERS) == "§§ 217–218, 221, 223"


def test_a_return_recorded_after_the_fact_fills_only_the_gap() -> None:
    stretches = [Narvaro(None, 218), Narvaro(222, None)]
    # Came back before § 220 after all: present 220–221, then the stretch already there.
    assert come_back(stretches, 220, NUMBERS) == [Narvaro(None, 218), Narvaro(220, None)]
    # Leaving before § 218 ends only the first stretch.
    assert leave(stretches, 218, NUMBERS) == [Narvaro(None, 217), Narvaro(222, None)]
    # Someone absent the whole meeting who comes in late.
    assert come_back([], 219, NUMBERS) == [Narvaro(219, None)]


def test_stretches_follow_their_items_when_renumbered() -> None:
    moved = renumbered([Narvaro(None, 219), Narvaro(221, None)], {219: 220, 221: 222})
    assert moved == [Narvaro(None, 220), Narvaro(222, None)]


def test_stored_stretches_that_overlap_or_run_backwards_are_named() -> None:
    assert problem(deltagare(Narvaro(None, 219), Narvaro(221, None))) == ""
    assert "gå efter § 218 och komma före § 219" in problem(deltagare(Narvaro(219, 218)))
    assert "överlappar" in problem(deltagare(Narvaro(None, 220), Narvaro(219, None)))
    assert "överlappar" in problem(deltagare(Narvaro(), Narvaro(221, None)))


def paragraf(number: int, **kwargs) -> Paragraf:
    return Paragraf(1, date(2020, 12, 7), number, "Ärende", beslut="Beslut.", **kwargs)


def test_who_tjanstgor_follows_each_stretch() -> None:
    """Roland leaves before § 219 and is back for § 221; Karin Ek sits in his seat meanwhile.
    Åsa is jävig in § 222 (she leaves and returns through the jäv) with nobody for her."""
    people = [
        Deltagare("Leif Pettersson", "S", "ordförande"),
        Deltagare("Roland Johansson", "SD", narvaro=[Narvaro(None, 218), Narvaro(221, None)]),
        Deltagare("Åsa Bergkvist", "S"),
        Deltagare("Karin Ek", "SD", "ersättare", replaces="Roland Johansson"),
    ]

    def seated(number: int, **kwargs) -> list[str]:
        return [s.deltagare.name for s in tjanstgorande(people, paragraf(number, **kwargs))]

    assert seated(218) == ["Leif Pettersson", "Roland Johansson", "Åsa Bergkvist"]
    assert seated(219) == ["Leif Pettersson", "Åsa Bergkvist", "Karin Ek"]
    assert seated(221) == ["Leif Pettersson", "Roland Johansson", "Åsa Bergkvist"]
    assert seated(222, jav=[Jav("Åsa Bergkvist")]) == ["Leif Pettersson", "Roland Johansson"]
    # Without the ersättare, § 219 still has two of three: beslutfört; alone, not.
    people.pop()
    assert is_beslutsfor(people, paragraf(219))
    people[2].narvaro = [Narvaro(None, 218)]
    assert not is_beslutsfor(people, paragraf(219))
    assert is_beslutsfor(people, paragraf(221))


def test_what_is_counted_at_a_fullmaktige_s_upprop(tmp_path) -> None:
    """61 ledamöter, ten away with their ersättare serving, five ersättare listening."""
    from ksdesk.core.narvaro import upprop_count
    from ksdesk.services.protokoll import get_protokoll
    from tests.services.kommunfullmaktige import kommunfullmaktige, ten_away

    store, meeting_id = kommunfullmaktige(tmp_path)
    ten_away(store, meeting_id)
    protokoll = get_protokoll(store, meeting_id)
    count = upprop_count(protokoll.upprop, protokoll.numbers[0])
    assert (count.ledamoter, count.seats, count.stand_ins, count.listening) == (51, 61, 10, 5)
    assert (count.sitting, count.needed, count.beslutsfor) == (61, 31, True)


def test_more_than_half_of_the_seats() -> None:
    from ksdesk.core.protokoll_rules import has_quorum, quorum

    assert (has_quorum(30, 61), has_quorum(31, 61), has_quorum(30, 60)) == (False, True, False)
    assert (quorum(61), quorum(60), quorum(9)) == (31, 31, 5)


def test_the_example_is_in_the_protokoll_s_own_numbers() -> None:
    """Marks kommun's barn- och utbildningsnämnd held §§ 99–109 on 2016-12-15
    (http://docplayer.se/43222569-Sammantradesprotokoll-sida-1-23-barn-och-
    utbildningsnamnden.html): an example "217–219" names §§ its protokoll does not have."""
    from ksdesk.core.narvaro import example

    numbers = list(range(99, 110))
    assert example(numbers) == "99–101, 103–109"
    assert parse_narvaro(example(numbers), numbers)  # the example itself is read
    assert example([1, 2, 3]) == "1–2"
    with pytest.raises(InvalidInput, match="till exempel ”99–101, 103–109”"):
        parse_narvaro("nio", numbers)


def test_the_tjanstgor_column_names_the_whole_meeting_or_the_stretches() -> None:
    """Leif sits throughout; Roland is out for §§ 219–220, when Karin Ek sits in his seat;
    Åsa is jävig in § 221; Olle listens and never sits."""
    people = [
        Deltagare("Leif Pettersson", "S", "ordförande"),
        Deltagare("Roland Johansson", "SD", narvaro=[Narvaro(None, 218), Narvaro(221, None)]),
        Deltagare("Åsa Bergkvist", "S"),
        Deltagare("Karin Ek", "SD", "ersättare", replaces="Roland Johansson"),
        Deltagare("Olle Ny", "S", "ersättare"),
    ]
    paragrafer = [paragraf(n) for n in (218, 219, 220)] + [
        paragraf(221, jav=[Jav("Åsa Bergkvist")])
    ]
    sits = sits_text(Protokoll(1, upprop=people, paragrafer=paragrafer))
    assert sits["Leif Pettersson"] == "Hela sammanträdet"
    assert sits["Roland Johansson"] == paragraf_span([218, 221])
    assert sits["Karin Ek"] == paragraf_span([219, 220])
    assert sits["Åsa Bergkvist"] == paragraf_span([218, 219, 220])
    assert "Olle Ny" not in sits
