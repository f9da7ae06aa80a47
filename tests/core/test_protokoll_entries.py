"""What an entry of a § must hold before it is saved, in Swedish."""

from __future__ import annotations

from datetime import date

from ksdesk.core.protokoll import Jav, Paragraf, Protokollsanteckning, Reservation, Yrkande
from ksdesk.core.protokoll_entries import (
    anteckning_problem,
    jav_problem,
    paragraf_problem,
    reservation_problem,
    yrkande_problem,
)


def test_a_yrkande_needs_a_member_and_text() -> None:
    assert yrkande_problem(Yrkande("Roland Johansson", "yrkar avslag")) == ""
    assert yrkande_problem(Yrkande("", "yrkar avslag")) == "Ange vilken ledamot som yrkar."
    assert yrkande_problem(Yrkande("Roland Johansson", "  ")).startswith(
        "Skriv vad Roland Johansson yrkar"
    )


def test_a_reservation_names_at_least_one_member() -> None:
    assert reservation_problem(Reservation(["Roland Johansson"])) == ""
    assert "minst en ledamot" in reservation_problem(Reservation([]))
    assert "två gånger" in reservation_problem(Reservation(["A", "A"]))


def test_a_protokollsanteckning_says_who_and_what() -> None:
    assert anteckning_problem(Protokollsanteckning(["A"], "Noterat.")) == ""
    assert anteckning_problem(Protokollsanteckning([], "Noterat.")).startswith("Ange vem")
    assert anteckning_problem(Protokollsanteckning(["A"], "")).startswith("Skriv")


def test_a_jav_names_the_member_and_who_steps_in() -> None:
    assert jav_problem(Jav("Åsa Bergkvist")) == ""  # nobody stepped in: the check's business
    assert jav_problem(Jav("")) == "Ange vem som är jävig."
    assert jav_problem(Jav("Åsa Bergkvist"), stand_in=True) == (
        "Ange vilken ersättare som tjänstgör i stället för Åsa Bergkvist."
    )
    assert jav_problem(Jav("Åsa Bergkvist", "Karin Ek"), stand_in=True) == ""
    assert "sig själv" in jav_problem(Jav("Åsa Bergkvist", "Åsa Bergkvist"))


def test_the_first_problem_of_a_paragraf_names_it() -> None:
    p = Paragraf(1, date(2020, 12, 7), 220, "Ärende")
    assert paragraf_problem(p) == ""
    p.jav = [Jav("Åsa Bergkvist", "Karin Ek"), Jav("Åsa Bergkvist")]
    assert paragraf_problem(p) == "§ 220: Åsa Bergkvist är redan anmäld som jävig."
    p.jav = [Jav("Åsa Bergkvist", "Karin Ek"), Jav("Roland Johansson", "Karin Ek")]
    assert "Karin Ek kan bara ersätta en" in paragraf_problem(p)
    p.jav, p.reservationer = [], [Reservation([])]
    assert paragraf_problem(p).startswith("§ 220: En reservation måste ange")
