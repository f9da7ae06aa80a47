"""A jävig ersättare (6 kap. 28 §: whoever is jävig leaves): one who sits leaves the seat he
fills, another ersättare may step in; one who only listens leaves the room. The justering
check and the seats follow."""

from __future__ import annotations

from ksdesk.core.justering_check import justering_check
from ksdesk.core.protokoll import Deltagare, Jav, Narvaro, Protokoll
from ksdesk.core.protokoll_entries import paragraf_problem
from ksdesk.core.protokoll_rules import (
    is_beslutsfor,
    seats_held,
    tjanstgorande,
)
from tests.core.test_protokoll_rules import names, paragraf, people


def karin_sits_for_asa():
    """Åsa Bergkvist is away all meeting; Karin Ek sits for her; Olle Berg is in the room."""
    group = people()
    group[2].narvaro = []
    group[3].replaces = "Åsa Bergkvist"
    group[4].narvaro = [Narvaro()]
    return group


def problems(group, p) -> list[str]:
    found = justering_check(Protokoll(1, upprop=group, paragrafer=[p]))
    return [x.message for x in found if x.paragraf == p.nr]


def test_seats_held_without_jav() -> None:
    held = seats_held(karin_sits_for_asa(), 219)
    assert held["Karin Ek"] == "Åsa Bergkvist" and held["Roland Johansson"] == "Roland Johansson"
    assert "Olle Berg" not in held


def test_a_sitting_ersattare_who_is_javig_leaves_and_another_steps_in() -> None:
    group = karin_sits_for_asa()
    p = paragraf(jav=[Jav("Karin Ek", "Olle Berg")])
    seats = tjanstgorande(group, p)
    assert names(seats) == ["Leif Pettersson", "Roland Johansson", "Olle Berg"]
    assert seats[-1].replaces == "Åsa Bergkvist"  # Olle takes the seat Karin filled
    assert problems(group, p) == []
    # The § before and after: Karin sits as usual.
    assert "Karin Ek" in names(tjanstgorande(group, paragraf(218)))


def test_a_sitting_ersattare_javig_with_nobody_in_her_place() -> None:
    group = karin_sits_for_asa()
    p = paragraf(jav=[Jav("Karin Ek")])
    assert names(tjanstgorande(group, p)) == ["Leif Pettersson", "Roland Johansson"]
    assert is_beslutsfor(group, p)  # 2 of 3
    assert problems(group, p) == [
        "§ 219: Karin Ek (S) tjänstgör för Åsa Bergkvist (S) men är jävig, och ingen annan "
        "ersättare har trätt in."
    ]


def test_a_listening_ersattare_who_is_javig_only_leaves_the_room() -> None:
    group = people()  # everybody sits in their own seat; Karin Ek listens
    p = paragraf(jav=[Jav("Karin Ek")])
    assert names(tjanstgorande(group, p)) == [
        "Leif Pettersson",
        "Roland Johansson",
        "Åsa Bergkvist",
    ]
    assert problems(group, p) == []
    named = paragraf(jav=[Jav("Karin Ek", "Olle Berg")])
    group[4].narvaro = [Narvaro()]
    assert problems(group, named) == [
        "§ 219: Olle Berg (SD) ska ersätta Karin Ek (S), men Karin Ek (S) tjänstgör inte i "
        "paragrafen."
    ]


def test_a_javig_person_never_sits_in_another_seat() -> None:
    group = karin_sits_for_asa()
    # Roland is jävig and names Karin, who is jävig too: the entry is refused as recorded,
    # and she does not sit whatever the upprop says.
    p = paragraf(jav=[Jav("Roland Johansson", "Karin Ek"), Jav("Karin Ek")])
    assert "Karin Ek" not in names(tjanstgorande(group, p))
    assert paragraf_problem(p) == (
        "§ 219: Karin Ek är själv jävig och kan inte tjänstgöra i stället för Roland Johansson."
    )


def test_the_jav_entry_wins_over_the_upprop() -> None:
    """Karin sits for Åsa by the upprop; the secretary records that she steps in for the
    jävig Roland in § 219: she does, and Åsa's seat is empty in that §."""
    group = karin_sits_for_asa()
    p = paragraf(jav=[Jav("Roland Johansson", "Karin Ek")])
    seats = tjanstgorande(group, p)
    assert [(s.deltagare.name, s.replaces) for s in seats] == [
        ("Leif Pettersson", ""),
        ("Karin Ek", "Roland Johansson"),
    ]
    assert problems(group, p) == []


def test_a_ledamot_named_as_stand_in_is_reported() -> None:
    group = people()
    p = paragraf(jav=[Jav("Roland Johansson", "Åsa Bergkvist")])
    assert problems(group, p) == [
        "§ 219: Åsa Bergkvist (S) ska ersätta Roland Johansson (SD) men tjänstgör redan i "
        "paragrafen."
    ]


def test_a_jav_with_no_ersattare_left_in_the_room_is_no_fault() -> None:
    """Marks kommun's barn- och utbildningsnämnd, 2016-12-15 (http://docplayer.se/43222569-
    Sammantradesprotokoll-sida-1-23-barn-och-utbildningsnamnden.html), had every ersättare
    who came sitting for an absent ledamot; a ledamot jävig in one § then leaves an empty
    seat the secretary cannot fill, and the check called it a fault. Built on that list."""
    group = [
        Deltagare("Sofia Sjöstrand", "L", "ordförande"),
        Deltagare("Henry Sandahl", "MBP"),
        Deltagare("Elise Benjaminsson", "M", narvaro=[]),
        Deltagare("Egon Svensson", "L", "ersättare", replaces="Elise Benjaminsson"),
        Deltagare("Lo Göthberg Larsson", "MP", "ersättare", narvaro=[]),
    ]
    p = paragraf(104, jav=[Jav("Henry Sandahl")])
    assert problems(group, p) == []
    assert names(tjanstgorande(group, p)) == ["Sofia Sjöstrand", "Egon Svensson"]
    # Lo comes to the meeting: now she could have stepped in, and the check says so.
    group[4].narvaro = [Narvaro()]
    assert problems(group, p) == [
        "§ 104: Henry Sandahl (MBP) är jävig men ingen ersättare har trätt in i dennes ställe."
    ]
