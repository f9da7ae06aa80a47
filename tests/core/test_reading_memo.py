"""The last readings are kept within a budget of characters (core.reading_memo)."""

from __future__ import annotations

from ksdesk.core.reading_memo import ReadingMemo


def _counted(budget: int) -> tuple[ReadingMemo[str], list[str]]:
    read: list[str] = []

    def upper(text: str) -> str:
        read.append(text)
        return text.upper()

    return ReadingMemo(upper, len, budget=budget), read


def test_a_text_read_again_is_not_read_twice() -> None:
    memo, read = _counted(budget=100)
    assert memo("abc") == memo("abc") == "ABC"
    assert read == ["abc"]


def test_the_oldest_readings_go_when_the_budget_is_spent() -> None:
    memo, read = _counted(budget=80)
    for text in ("a" * 10, "b" * 10, "c" * 10, "d" * 10, "e" * 10, "f" * 10, "g" * 10, "h" * 10):
        memo(text)
    memo("a" * 10)  # kept: 80 characters in all
    memo("i" * 10)  # pushes out the oldest not read since: b
    memo("b" * 10)
    assert read.count("a" * 10) == 1
    assert read.count("b" * 10) == 2


def test_a_long_text_is_read_each_time_and_keeps_the_others() -> None:
    memo, read = _counted(budget=80)
    memo("a" * 10)
    memo("x" * 11)  # more than an eighth of the budget
    memo("x" * 11)
    memo("a" * 10)
    assert read == ["a" * 10, "x" * 11, "x" * 11]
