"""The mark of step m1809 as stored on a meeting, and the refusal it makes elsewhere."""

from __future__ import annotations

from ksdesk.core.skyddad_mark import Mark, dump, genitive, parse, refusal


def test_a_mark_goes_and_comes_back_without_a_name_of_the_register() -> None:
    marks = {"anna": Mark("anna", "Anna Ek", "2026-12-06T10:00:00Z", 2)}
    stored = dump(marks)
    assert parse(stored) == marks
    assert set(__import__("json").loads(stored)["anna"]) == {"namn", "tid", "traffar"}
    assert dump({}) == "" and parse("") == {}


def test_a_value_that_cannot_be_read_refuses_rather_than_publishes() -> None:
    (mark,) = parse("{inte json").values()
    assert mark.name == "en kollega" and mark.hits == 1
    assert refusal(mark).startswith("Sammanträdet nämner en person i en kollegas register")


def test_the_refusal_names_whose_laptop_in_swedish() -> None:
    said = refusal(Mark("anna", "Anna Ek", "2026-12-06T10:00:00Z", 2))
    assert said.startswith(
        "Sammanträdet nämner en person i Anna Eks register över skyddade personuppgifter"
    )
    assert "Gör den offentliga kopian på Anna Eks dator" in said
    assert genitive("Lars") == "Lars" and genitive("Cecilia Dahl") == "Cecilia Dahls"


def test_two_registers_in_one_meeting_are_told_to_meet_in_one() -> None:
    """Anna's and Cecilia's registers both name someone in the meeting: each laptop refuses
    the other, so the sentence cannot send the secretary to the other laptop alone."""
    anna = Mark("anna", "Anna Ek", "2026-12-06T10:00:00Z", 2)
    own = Mark("cecilia", "Cecilia Dahl", "2026-12-06T11:00:00Z", 1)
    said = refusal(anna, own)
    assert said.startswith("Sammanträdet nämner personer både i ditt och i Anna Eks register")
    assert "För in personerna ur ditt register i Anna Eks" in said
    assert "Gör den offentliga kopian på Anna Eks dator:" not in said
