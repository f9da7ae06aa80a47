"""A column header pasted over two lines whose cells are broken across both, read back into
one line of whole cells.

Laid out by runs of spaces, each top cell ends where the cell under it ends ("Om-" over
"budget År", right-aligned: Vårgårda). With single spaces the words tell: a word ending in "-"
goes with the next word in lower case below it ("Kost-" "nader"), any other heading of the
top line with the next year below ("Budget" "2021", "Urspr budget" "2023"). A capitalised
word between the end of a broken word and a year a heading above took is the broken cell's
("Om-" over "budget År", then "Budget" over "2023"), where the line would otherwise have a
heading more than the figures have columns (budget_paste_header.py counts)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.budget_unit import unit_line
from ksdesk.interchange.budget_paste_tokens import PERIOD_WORD, Token

# A year, a span or day of one, or a period in words ("helår", "januari–augusti").
YEAR = re.compile(
    rf"^(?:(?:19|20)\d{{2}}(?:[/\u2013-](?:19|20)?\d{{2}})?|\d{{4}}-\d{{2}}-\d{{2}}|{PERIOD_WORD})$"
)
NOTE = re.compile(r"^(?:not|noter)$", re.IGNORECASE)


@dataclass(frozen=True)
class BrokenHeader:
    """The bottom line with the top line's words joined to it."""

    tokens: list[Token]
    continued: frozenset[int]  # where the second half of a word broken at "-" stands
    taken: frozenset[int]  # the years a heading above took

    def rest_joined(self) -> list[Token]:
        """A capitalised word between the end of a broken word and a year a heading above took
        belongs to the broken word's cell ("Om-" over "budget År", then "Budget" over "2023"),
        where the line has more headings than the figures have columns: the year below a
        heading stands bare, so the word heads nothing else. (Where the count is right, it is a
        cell of one line: Tyresö's "Kommun-" over "bidrag", then "Avvikelse", then "Avvikelse"
        over "2017".)"""
        result: list[Token] = []
        joining = False
        for i, token in enumerate(self.tokens):
            if i in self.continued:
                joining = True
            elif joining and i not in self.taken and _next_taken(self.tokens, i, self.taken):
                last = result[-1]
                result[-1] = Token(f"{last.text} {token.text}", last.hard, token.end)
                continue
            else:
                joining = False
            result.append(token)
        return result


_ALIGNED = 2  # characters apart two right-aligned lines of one cell may end (PDF text)


def _cells(line: list[Token]) -> list[Token]:
    """The cells of a laid-out line: words between wide gaps, one token each."""
    cells: list[Token] = []
    for t in line:
        if t.hard or not cells:
            cells.append(Token(t.text, t.hard, t.end))
        else:
            cells[-1] = Token(f"{cells[-1].text} {t.text}", cells[-1].hard, t.end)
    return cells


def stacked_by_position(top: list[Token], bottom: list[Token]) -> list[Token] | None:
    """Two laid-out header lines whose top cells each end where a cell below ends (header
    cells broken over two lines in a table whose columns are right-aligned: "Om-" over
    "budget År", Vårgårda): one line of whole cells. None when a top cell stands over no
    single cell (a group line over several years)."""
    if not any(t.hard for t in top[1:]) or not any(t.hard for t in bottom[1:]):
        return None
    upper, lower = _cells(top), _cells(bottom)
    joined = list(lower)
    taken: set[int] = set()
    for cell in upper:
        under = [i for i, low in enumerate(lower) if abs(low.end - cell.end) <= _ALIGNED]
        if len(under) != 1:
            return None
        taken.add(under[0])
        low = joined[under[0]]
        text = (
            cell.text[:-1] + low.text
            if cell.text.endswith("-") and low.text[:1].islower()
            else f"{cell.text} {low.text}"
        )
        joined[under[0]] = Token(text, low.hard, low.end)
    # A bare year with nothing over it beside one under a top cell: the top cells are groups
    # over runs of years ("Kommunen" over 2018 2019, right-aligned over the last of them).
    if any(YEAR.match(low.text) for i, low in enumerate(lower) if i and i not in taken):
        return None
    return joined


def broken_cells(top: list[Token], bottom: list[Token]) -> BrokenHeader | None:
    """Header cells broken over two lines, read back into one line: a word ending in "-" goes
    with the next word in lower case below it ("Kost-" "nader"), any other heading with the
    next year below ("Budget" "2021", "Urspr budget" "2023", "Period" "2019-2022"). None
    when the lines are not so."""
    words = _top_cells(top)
    if words is None:
        return None
    merged = list(bottom)
    # More years below than words above: the words may be group lines over several years.
    grouped = sum(not w.endswith("-") for w in words) < sum(
        bool(YEAR.match(t.text)) for t in bottom
    )
    if _repeated_runs([t.text for t in bottom if YEAR.match(t.text)], words):
        return None
    first_year = _next_year(merged, 0)
    if (lone := _lone_word_end(words, merged, first_year)) is not None:
        return BrokenHeader(lone, frozenset(), frozenset())
    at = 0
    continued: set[int] = set()  # where the second half of a word broken at "-" stands
    taken: set[int] = set()  # the years a heading above took
    for word in words:
        hyphen = word.endswith("-")
        if hyphen:
            at = _word_end_below(bottom, at)
        elif not (first_year < at < len(merged) and _rest_of_heading(merged[at].text)):
            at = _next_year(merged, at)
        if at == len(merged) or (grouped and not hyphen and _has_own_word(merged, at, continued)):
            return None  # "Kommunen" over "Bokslut 2015": a group line, not a broken cell
        below = merged[at]
        text = word[:-1] + below.text if hyphen else f"{word} {below.text}"
        merged[at] = Token(text, below.hard, below.end)
        (continued if hyphen else taken).add(at)
        at += 1
    # Headings of several words ("Kommunala koncernen") over years with bare years beside
    # the ones they took head runs of years ("2018 2019 2018 2019"), not a year each; one
    # word over the first year may be its broken cell ("BUDGET" over "2020 2020 2019 2018").
    if len(words) < len(top) and _bare_year_beside(merged, taken):
        return None
    return BrokenHeader(merged, frozenset(continued), frozenset(taken))


def _repeated_runs(years: list[str], words: list[str]) -> bool:
    """The same run of years once under each heading above ("KONCERNEN KOMMUNEN" over
    "Not 2018 2017 2018 2017", Nynäshamn): the headings are groups, one over each run."""
    groups = len(words)
    if groups < 2 or any(w.endswith("-") for w in words) or len(years) % groups:
        return False
    size = len(years) // groups
    if size < 2:
        return False
    runs = {tuple(years[i : i + size]) for i in range(0, len(years), size)}
    return len(runs) == 1 and len(set(years[:size])) == size


def _bare_year_beside(merged: list[Token], taken: set[int]) -> bool:
    """A year no heading above took, straight after a year or one that a heading took: the
    words above head runs of years, not one year each."""
    return any(
        YEAR.match(t.text) and i not in taken and (i - 1 in taken or YEAR.match(merged[i - 1].text))
        for i, t in enumerate(merged)
        if i
    )


def _top_cells(top: list[Token]) -> list[str] | None:
    """The headings of a header's top line whose cells go on below it: each begins with a
    capital or ends in "-"; a word in lower case goes on the heading before it ("Urspr
    budget" over "2023", Vårgårda). None when the line is no such line (a year on it, a
    unit line, a word in lower case first)."""
    cells: list[list[str]] = []
    for t in top:
        word = t.text
        if YEAR.match(word):
            return None
        if word[:1].islower() and cells and not cells[-1][-1].endswith("-"):
            cells[-1].append(word)
        elif word[:1].isupper() or word.endswith("-"):
            cells.append([word])
        else:
            return None  # a broken cell's first line starts a heading: "Budget", "Kost-"
    texts = [" ".join(cell) for cell in cells]
    if any(len(cell) > 1 and unit_line(text) for cell, text in zip(cells, texts, strict=True)):
        return None  # "Belopp i mnkr": the unit above the table, not a heading over a year
    return texts


def _next_taken(merged: list[Token], at: int, taken: set[int]) -> bool:
    """The words from `at` on run up to a year a heading above took, with no year between."""
    for i in range(at, len(merged)):
        if i in taken:
            return True
        if YEAR.match(merged[i].text):
            return False
    return False


def _lone_word_end(words: list[str], line: list[Token], first_year: int) -> list[Token] | None:
    """One word alone on the top line, broken without a hyphen, over the one word in lower
    case among the headings below ("Budgetavvike" over "… Prognos 2024 lse 2024 Delår 2024":
    Vård & Omsorg's investeringar, Kungsbacka): the line with the word's end joined to it.
    None otherwise (a word alone over the years is a group line: "Kommunen")."""
    if len(words) != 1 or words[0].endswith("-"):
        return None
    ends = [i for i in range(first_year + 1, len(line)) if _rest_of_heading(line[i].text)]
    if len(ends) != 1 or ends[0] + 1 >= len(line) or not YEAR.match(line[ends[0] + 1].text):
        return None
    at = ends[0]
    end = line[at]
    return [*line[:at], Token(f"{words[0]} {end.text}", end.hard, end.end), *line[at + 1 :]]


def _rest_of_heading(text: str) -> bool:
    """A word in lower case, past the first year, that ends the heading above it rather than
    a year: "Avvikelse" over "delår" (Kungsbacka's "Budget- Delår Delår Avvikelse" over
    "avvikelse 2023 2024 delår")."""
    return text[:1].islower() and text.isalpha() and not unit_line(text)


def _next_year(line: list[Token], at: int) -> int:
    while at < len(line) and not YEAR.match(line[at].text):
        at += 1
    return at


def _word_end_below(line: list[Token], at: int) -> int:
    """Where the end of a word broken at its hyphen stands: the next word in lower case that
    begins a heading (after a year, a unit or Not: "Budget för 2022 prognos för 2023"), else
    the next word in lower case ("(mnkr) Intäkter nader kostnad")."""
    lower = [i for i in range(at, len(line)) if line[i].text[:1].islower()]
    for i in lower:
        before = line[i - 1].text if i else ""
        if not before or YEAR.match(before) or NOTE.match(before) or unit_line(before):
            return i
    return lower[0] if lower else len(line)


def _has_own_word(line: list[Token], at: int, continued: set[int]) -> bool:
    """The year at `at` already has its word before it ("Bokslut 2015"); a word just after
    the end of a broken word is that cell's ("Om-" over "budget År", Vårgårda), not the
    year's."""
    if at == 0 or line[at].hard:
        return False
    before = line[at - 1].text
    if " " in before or YEAR.match(before) or NOTE.match(before) or unit_line(before):
        return False
    return before[:1].isupper() and at - 2 not in continued
