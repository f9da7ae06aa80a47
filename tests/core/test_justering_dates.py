"""The dates of a justering that cannot be saved (core.justering_check.justering_date_problem)."""

from __future__ import annotations

from datetime import date

from ksdesk.core.justering_check import justering_date_problem
from ksdesk.core.protokoll import Justering

MEETING = date(2016, 12, 19)


def test_dates_on_and_after_the_meeting_are_accepted() -> None:
    justering = Justering(date=MEETING, justerat=date(2016, 12, 21), anslaget=date(2016, 12, 22))
    assert justering_date_problem(MEETING, justering) == ""
    assert justering_date_problem(MEETING, Justering()) == ""


def test_a_date_typed_a_month_wrong_is_named_with_the_meeting() -> None:
    problem = justering_date_problem(MEETING, Justering(justerat=date(2016, 11, 21)))
    assert problem.startswith("Dagen då protokollet justerades, ")
    assert "ligger före sammanträdet" in problem and "Kontrollera datumet." in problem


def test_an_anslag_before_the_justering_is_refused_first() -> None:
    justering = Justering(justerat=date(2016, 12, 22), anslaget=date(2016, 12, 21))
    assert justering_date_problem(MEETING, justering) == (
        "Anslaget kan inte sättas upp före justeringen."
    )
