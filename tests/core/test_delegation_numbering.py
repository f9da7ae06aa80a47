"""Point numbers as text: sorting, gaps and a clean renumbering."""

from __future__ import annotations

from ksdesk.core.delegation import Chapter, Point, Version
from ksdesk.core.delegation_numbering import gap_between, nr_key, propose


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
