"""Point numbers as text: sorting, gaps and a clean renumbering."""

from __future__ import annotations

from ksdesk.core.delegation import Chapter, Point, Version
from ksdesk.core.delegation_numbering import gap_between, nr_key, numbered_per_chapter, propose


def test_numbers_sort_by_their_parts() -> None:
    assert nr_key("2.10") > nr_key("2.9")
    assert nr_key("83.") == nr_key("83")
    assert nr_key("B1.2") > nr_key("B1.1")


def test_gaps() -> None:
    assert gap_between("14", "16") == "15"
    assert gap_between("14", "18") == "15–17"
    assert gap_between("91", "83") == ""
    assert gap_between("2.3", "3.1") == ""
    assert gap_between("B1.1", "B1.3") == "B1.2"


def test_renumbering_keeps_the_shape() -> None:
    version = Version(
        key="v",
        name="v",
        chapters=[
            Chapter("A", [Point("1", "a"), Point("2", "b"), Point("2", "c")]),
            Chapter("B", [Point("B1.1", "d"), Point("B1.1", "e"), Point("2.2.1 a)", "f")]),
        ],
    )
    plan = propose(version)
    assert [(p.old, p.new) for p in plan] == [
        ("1", "1"),
        ("2", "2"),
        ("2", "3"),
        ("B1.1", "B1.1"),
        ("B1.1", "B1.2"),
        ("2.2.1 a)", "2.2.1 a)"),
    ]


def _chapters(*numbers: tuple[str, ...]) -> Version:
    chapters = [
        Chapter(f"K{i}", [Point(nr, f"ärende {i}.{nr}") for nr in nrs])
        for i, nrs in enumerate(numbers, start=1)
    ]
    return Version(key="v", name="v", chapters=chapters)


def test_a_document_that_numbers_each_chapter_from_1_is_told_by_its_structure() -> None:
    assert numbered_per_chapter(_chapters(("1",), ("1", "2", "3"), ("1", "2")))
    assert numbered_per_chapter(_chapters(("1.", "2."), ("1.", "2.")))
    # The seed: chapters carry on the count, and a late chapter begins at 83 again.
    assert not numbered_per_chapter(_chapters(("1", "2"), ("3", "4"), ("83", "84")))
    # One chapter that starts again among chapters that carry on is a clash, not a numbering.
    assert not numbered_per_chapter(_chapters(("1", "2"), ("3", "4"), ("1", "2")))
    assert not numbered_per_chapter(_chapters(("1", "2", "3")))


def test_a_renumbering_of_a_document_numbered_per_chapter_starts_each_chapter_at_1() -> None:
    plan = propose(_chapters(("1", "3"), ("1", "2", "2")))
    assert [(p.chapter, p.old, p.new) for p in plan] == [
        ("K1", "1", "1"),
        ("K1", "3", "2"),
        ("K2", "1", "1"),
        ("K2", "2", "2"),
        ("K2", "2", "3"),
    ]
