"""core.text_order: a sort key that reads the numbers in a text by their value. It orders
every row of the Uppföljning tab's Laga kraft list, so any text must give a key: a footnote
mark in superscript ("KS 2020/12²", as a PDF's text gives a Dnr with a note) is a digit to
str.isdigit but no number to int(), and the whole list failed with a ValueError."""

from __future__ import annotations

from ksdesk.core.text_order import numbers_by_value


def test_numbers_are_ordered_by_their_value() -> None:
    refs = ["§ 100", "§ 99", "§ 9", "KS 2020/10", "KS 2020/9"]
    assert sorted(refs, key=numbers_by_value) == ["KS 2020/9", "KS 2020/10", "§ 9", "§ 99", "§ 100"]


def test_a_superscript_footnote_mark_is_text_and_gives_a_key() -> None:
    refs = ["KS 2020/12²", "KS 2020/12", "KS 2020/3¹"]
    assert sorted(refs, key=numbers_by_value) == ["KS 2020/3¹", "KS 2020/12", "KS 2020/12²"]


def test_digits_of_another_script_are_numbers() -> None:
    assert numbers_by_value("§ ١٢") == numbers_by_value("§ 12")
