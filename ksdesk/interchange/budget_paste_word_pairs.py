"""A column header pasted over two lines as a word over a word: each column's heading is one
word on the top line and the word under it on the bottom line, single spaces, as a PDF viewer
copies a header whose cells are two short lines each (Kungsbacka's IFN, delårsrapport augusti
2025, handlingar.tabeller/51-1.csv):

    Miljoner kronor Bokslut Budget Prognos Budget- Delår Delår Avvikelse
    2024 2025 2025 avvikelse 2024 2025 delår

The bottom line has exactly one word per figure column, each a year, a period or a word in
lower case; the top line ends in as many capitalised words (or words broken at "-"), and
what stands before them ("Miljoner kronor") heads the label column. Read so, the pair is one
header line of whole cells ("Bokslut 2024", "Budgetavvikelse", "Avvikelse delår"), never a
title line over a header shifted one column (walk38 #2)."""

from __future__ import annotations

import re

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.budget_paste_broken import YEAR
from ksdesk.interchange.budget_paste_tokens import Token

_LABEL_WORDS = 4  # words before the column words at most: "Belopp i miljoner kronor"


def paired_header(upper: list[list[Token]], columns: int) -> tuple[list[list[Token]], list[str]]:
    """The lines above the figures with their last two made one header line where they are a
    word over a word per column, and the columns' headings so read ([] when they are not)."""
    pair = word_pairs(upper[-2], upper[-1], columns) if len(upper) > 1 else None
    if pair is None:
        return upper, []
    return [*upper[:-2], pair], [t.text for t in pair if t.hard]


def word_pairs(top: list[Token], bottom: list[Token], columns: int) -> list[Token] | None:
    """The two lines as one line of cells, a token each, marked as after a column gap (the
    label's words first, as one token, unmarked); None when the lines are not a word over a
    word for each of the `columns` figure columns."""
    if columns < 2 or len(bottom) != columns or any(t.hard for t in (*top[1:], *bottom[1:])):
        return None
    if not all(YEAR.match(t.text) or _lower_word(t.text) for t in bottom):
        return None
    if len(top) < columns or len(top) - columns > _LABEL_WORDS:
        return None
    heads, label = top[len(top) - columns :], top[: len(top) - columns]
    if not all(_column_word(t.text) for t in heads) or any(YEAR.match(t.text) for t in top):
        return None
    if all(YEAR.match(t.text) for t in bottom) and not label:
        return None  # "Budget" over "2021" only: the broken-cell reading has it already
    cells = [_joined(a.text, b.text) for a, b in zip(heads, bottom, strict=True)]
    line: list[Token] = []
    end = 0
    if label:
        text = " ".join(t.text for t in label)
        end = len(text)
        line.append(Token(text, False, end))
    for cell in cells:
        end += 2 + len(cell)
        line.append(Token(cell, True, end))  # hard: a cell of its own, as a layout gives
    return line


def _lower_word(text: str) -> bool:
    return text[:1].islower() and text.isalpha()


def _column_word(text: str) -> bool:
    """A word that starts a column's heading: capitalised, or broken at a hyphen."""
    return (text[:1].isupper() and text.rstrip("-").isalpha()) or bool(re.match(r"^\w+-$", text))


def _joined(top: str, bottom: str) -> str:
    """ "Budget-" over "avvikelse" is "Budgetavvikelse"; else the two words with a space."""
    if top.endswith("-") and bottom[:1].islower():
        return top[:-1] + bottom
    return f"{top} {bottom}"


def report_word_pairs(cells: list[str], report: ImportReport) -> None:
    """How the header was read, so she can check it against the PDF."""
    if cells:
        shown = ", ".join(f"”{c}”" for c in cells)
        report.read.append(
            f"kolumnrubrikerna stod på två rader, ett ord över ett ord, och lästes som en: {shown}"
        )
