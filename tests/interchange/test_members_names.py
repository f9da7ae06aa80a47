"""Cutting a run of names written with nothing between them into people."""

from __future__ import annotations

import pytest

from ksdesk.interchange.members_names import split_names


@pytest.mark.parametrize(
    ("run", "names"),
    [
        # Vilhelmina socialnämnden 2016-06-09 (tests/interchange/real_members.py)
        ("Gunder Lindgren Bo Lennart Danielsson", ["Gunder Lindgren", "Bo Lennart Danielsson"]),
        # Mörbylånga kommunfullmäktige (tests/interchange/real_members_third.py)
        ("Mattias Nilsson Eva-Lena Karlsson", ["Mattias Nilsson", "Eva-Lena Karlsson"]),
        ("Monika Löfvin Rosén Annika Henell", ["Monika Löfvin Rosén", "Annika Henell"]),
        (
            "Margaretha Lööf-Johanson Carina Adolfsson Elgestam",
            ["Margaretha Lööf-Johanson", "Carina Adolfsson Elgestam"],
        ),
        # Built for the test: double given names and particles.
        ("Anna-Karin af Ekenstam Lars von Platen", ["Anna-Karin af Ekenstam", "Lars von Platen"]),
        ("Per-Olof de Geer Ann Kristine Persson", ["Per-Olof de Geer", "Ann Kristine Persson"]),
    ],
)
def test_a_run_is_cut_where_a_given_name_follows_a_family_name(run: str, names: list[str]) -> None:
    assert split_names(run) == names


@pytest.mark.parametrize(
    "run",
    [
        "Tor Gebart Ulf Hansson",  # "Tor Gebart": nothing says it is a name of its own
        "Plats och tid Folkets Hus",  # not names
        "Anna Maria",  # given names only
        "Stefan Strindholm 59",
    ],
)
def test_a_run_that_cannot_be_cut_one_way_is_left_to_the_secretary(run: str) -> None:
    assert split_names(run) is None
