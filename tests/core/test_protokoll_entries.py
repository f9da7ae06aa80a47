"""What an entry of a § must hold before it is saved, in Swedish."""

from __future__ import annotations

from datetime import date

from ksdesk.core.protokoll import (
    Jav,
    Paragraf,
    Protokollsanteckning,
    Reservation,
    Votering,
    Yrkande,
)
from ksdesk.core.protokoll_entries import (
    anteckning_problem,
    jav_problem,
    jav_refusal,
    paragraf_problem,
    reservation_problem,
    with_anteckning,
    with_jav,
    with_reservation,
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


def _paragraf() -> Paragraf:
    return Paragraf(1, date(2020, 12, 7), 219, "Ärende")


def test_a_reservation_with_the_same_text_is_joined_not_repeated() -> None:
    p = with_reservation(_paragraf(), "Roland Johansson", "till förmån för eget yrkande", False)
    p = with_reservation(p, "Karin Ek", "till förmån för eget yrkande", True)
    p = with_reservation(p, "Karin Ek", "till förmån för eget yrkande", False)  # again: once
    p = with_reservation(p, "Åsa Bergkvist", "", False)
    assert p.reservationer == [
        Reservation(["Roland Johansson", "Karin Ek"], "till förmån för eget yrkande", True),
        Reservation(["Åsa Bergkvist"], "", False),
    ]


def test_recording_leaves_the_given_paragraf_alone() -> None:
    before = _paragraf()
    with_reservation(before, "A", "", False)
    with_anteckning(before, "A", "Noterat.")
    with_jav(before, Jav("A"))
    assert before == _paragraf()


def test_a_protokollsanteckning_with_the_same_text_is_joined() -> None:
    p = with_anteckning(_paragraf(), "A", "Vi ställer oss bakom beslutet.")
    p = with_anteckning(p, "B", "Vi ställer oss bakom beslutet.")
    p = with_anteckning(p, "C", "Annan text.")
    assert p.anteckningar == [
        Protokollsanteckning(["A", "B"], "Vi ställer oss bakom beslutet."),
        Protokollsanteckning(["C"], "Annan text."),
    ]


def test_a_second_jav_for_the_same_member_is_refused() -> None:
    p = with_jav(_paragraf(), Jav("Åsa Bergkvist", "Karin Ek"))
    assert jav_refusal(p, Jav("Åsa Bergkvist")) == (
        "Åsa Bergkvist är redan anmäld som jävig i § 219: ändra den raden i stället."
    )
    assert jav_refusal(p, Jav("Åsa Bergkvist", "Olle Berg"), row=0) == ""  # the row itself
    p = with_jav(p, Jav("Roland Johansson"))
    assert jav_refusal(p, Jav("Åsa Bergkvist"), row=1) == (
        "Åsa Bergkvist är redan anmäld som jävig i § 219."
    )
    assert jav_refusal(p, Jav("")) == "Ange vem som är jävig."


def test_a_jav_takes_the_member_out_of_the_vote() -> None:
    p = _paragraf()
    p.votering = Votering("bifall", "avslag", {"Åsa Bergkvist": "ja", "Roland Johansson": "nej"})
    p = with_jav(p, Jav("Åsa Bergkvist", "Karin Ek"))
    assert p.votering.votes == {"Roland Johansson": "nej"}
    p = with_jav(p, Jav("Roland Johansson"), row=0)  # changed: Roland, not Åsa, was jävig
    assert [j.name for j in p.jav] == ["Roland Johansson"]
    assert p.votering.votes == {}
