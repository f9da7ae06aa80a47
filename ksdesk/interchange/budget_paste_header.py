"""The column header of a table pasted out of a PDF: which words head which column.

On a line laid out by runs of spaces, each run of words is a column's heading. On a line with
single spaces the words are grouped: a year ends the heading it belongs to ("Budget 2021",
"Avvikelse 2017"; a year after a year is a heading of its own), a word in lower case
continues the heading before it ("Avvikelse mot budget 2020"), a capitalised word starts a new
one, and a word broken at a line end ("Kost- nader") is one word. The headings furthest right
head the figure columns; what is left at the left heads the label column.

A header over two lines is joined: two lines with a heading for each column pair up
("Budget" over "2021"); a line with fewer headings is a group line over the columns below it,
each group over an equal share of them ("Budget 2021" over "Intäkter Kostnader Netto").
"""

from __future__ import annotations

import re

from ksdesk.core.budget_grid import GridValue
from ksdesk.core.budget_unit import unit_line
from ksdesk.interchange.budget_paste_figures import Token

_YEAR = re.compile(r"^(?:(?:19|20)\d{2}(?:[/\u2013-](?:19|20)?\d{2})?|\d{4}-\d{2}-\d{2})$")
_JOINING = frozenset(
    ("i", "mot", "per", "och", "av", "till", "enligt", "enl.", "för", "exkl.", "inkl.")
)
_NOTE = re.compile(r"^(?:not|noter)$", re.IGNORECASE)


def groups(line: list[Token], years_alone: bool = False) -> list[str]:
    """The headings of one header line, left to right (`years_alone`: a year is a heading of
    its own, its word having come from the line above)."""
    if any(t.hard for t in line[1:]):
        found: list[list[str]] = []
        for t in line:
            if t.hard or not found:
                found.append([])
            found[-1].append(t.text)
        return [_joined(words) for words in found]
    found = []
    closed = True  # the heading before is complete (a year or "Not" ended it)
    for t in line:
        word = t.text
        if found and found[-1][-1].endswith("-") and word[:1].islower():
            found[-1].append(word)  # "Kost-" "nader"
        elif _YEAR.match(word):
            # With `years_alone`, a year still ends a word of the lower line that has none
            # ("Plan 2024" beside "Bokslut" over "2020" …: Region Västernorrland's last cell).
            alone_word = years_alone and found and not t.hard and not _has_year(found[-1])
            if found and not closed and (not years_alone or alone_word):
                found[-1].append(word)
            else:
                found.append([word])
            closed = True
            continue
        elif _NOTE.match(word):
            found.append([word])
        elif found and not closed and _continues(word, found[-1][-1]):
            found[-1].append(word)
        elif found and word[:1].islower() and unit_line(" ".join([*found[-1], word])):
            found[-1].append(word)  # "Miljoner" "kronor": one unit (Region Blekinge's header)
        else:
            found.append([word])
        closed = bool(_NOTE.match(word)) or bool(unit_line(" ".join(found[-1])))
    return [_joined(words) for words in found]


def _has_year(words: list[str]) -> bool:
    return any(re.search(r"(?:19|20)\d{2}", w) for w in words)


def _continues(word: str, previous: str) -> bool:
    """A word that goes on the heading before it: in lower case, after "i", "mot", "och" …,
    or a bracket or "%" ("Förändring (%)")."""
    return word[:1].islower() or previous in _JOINING or word[:1] in "(%"


def _joined(words: list[str]) -> str:
    return re.sub(r"(?<=[a-zåäö])- (?=[a-zåäö])", "", " ".join(words))


def header_cells(lines: list[list[Token]], columns: int) -> list[GridValue]:
    """The label column's heading (or None) and the heading of each of the figure columns;
    `columns` is how many the figures show (0: as many as the header has, less the label's)."""
    if not lines:
        return [None] * (columns + 1)
    lines = lines[-3:]
    aligned = _stacked_by_position(lines[-2], lines[-1]) if len(lines) >= 2 else None
    if aligned is not None:  # laid out: each top cell stands over its own column
        lines = [*lines[:-2], aligned]
    merged = _broken_cells(lines[-2], lines[-1]) if len(lines) >= 2 else None
    # A year already joined to its word ("Budget 2021") is no longer free to join another.
    years_alone = merged is not None and any(not t.text.endswith("-") for t in lines[-2])
    if merged is not None:
        lines = [*lines[:-2], merged]
    bottom = groups(lines[-1], years_alone=years_alone)
    if columns == 0:
        columns = max(1, len(bottom) - 1)
    label, heads = _label_and_heads(bottom, columns)
    if len(lines) >= 2:
        top = groups(lines[-2])
        notes = heads[:1] if heads and _NOTE.match(heads[0]) else []
        # Columns the lower line leaves without a heading (a Not column headed on the line
        # above only: "Belopp, mkr Not Kommunen Kommunkoncernen" over "2018 2017 2018 2017").
        lead = len(notes)
        while lead < len(heads) and not heads[lead]:
            lead += 1
        runs = year_runs(heads[lead:])
        groups_over = _groups_over_runs(top, runs)
        if groups_over is not None:
            first, over = groups_over
            # What stands left of the groups heads the label column, and a Not column.
            notes = notes or [g for g in first if _NOTE.match(g)][:1]
            label = " ".join(x for x in (*[g for g in first if not _NOTE.match(g)], label) if x)
            years = heads[len(heads) - sum(len(run) for run in runs) :]
            if over:
                years = [f"{group} {h}" for group, run in zip(over, runs, strict=True) for h in run]
            heads = notes + [""] * (len(heads) - len(notes) - len(years)) + years
        else:
            top_label, top_heads = (
                _label_and_heads(top, columns) if len(top) > columns else ("", top)
            )
            label = " ".join(x for x in (top_label, label) if x)
            heads = notes + _stacked(top_heads, heads[len(notes) :])
    return [label or None, *heads]


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


def _stacked_by_position(top: list[Token], bottom: list[Token]) -> list[Token] | None:
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
    if any(_YEAR.match(low.text) for i, low in enumerate(lower) if i and i not in taken):
        return None
    return joined


def _groups_over_runs(top: list[str], runs: list[list[str]]) -> tuple[list[str], list[str]] | None:
    """(what heads the label column and Not, the group over each run of years) of a top
    line over headings with years; None when the top line is not so. A top line of only the
    label's heading, a unit or Not has no groups ("(mnkr)" over "Bokslut 2023 …")."""
    if not runs:
        return None
    plain = [g for g in top if not (unit_line(g) or _NOTE.match(g))]
    if not plain:
        return top, []
    if len(top) < len(runs) or len(top) > len(runs) + 2:
        return None
    first, over = top[: len(top) - len(runs)], top[len(top) - len(runs) :]
    if any(unit_line(g) or _NOTE.match(g) for g in over):
        return None
    return first, over


def year_runs(heads: list[str]) -> list[list[str]]:
    """Headings that end in years, in runs that go up ("2020 2021 | 2020 2021 | 2021"): the
    columns under each group of a line above. [] when a heading has no year."""
    years = [re.search(r"((?:19|20)\d{2})\D*$", h) for h in heads]
    if not heads or not all(years):
        return []
    values = [(int(y.group(1)), h[: y.start()].strip()) for h, y in zip(heads, years, strict=True)]  # type: ignore[union-attr]
    # The same years again and again, in either order ("2018 2017 2018 2017": Luleå's
    # Kommunen and Kommunkoncernen, the latest year first): a group per repetition.
    for size in range(2, len(heads) // 2 + 1):
        if (
            len(heads) % size == 0
            and len(set(values[:size])) == size
            and all(values[i] == values[i % size] for i in range(len(heads)))
        ):
            return [heads[i : i + size] for i in range(0, len(heads), size)]
    runs: list[list[str]] = []
    previous = (0, "")
    for head, year in zip(heads, years, strict=True):
        value = (int(year.group(1)), head[: year.start()].strip())  # type: ignore[union-attr]
        # A year lower than the one before, or the same heading again, starts a new group.
        if not runs or value[0] < previous[0] or value == previous:
            runs.append([])
        runs[-1].append(head)
        previous = value
    return runs


def _broken_cells(top: list[Token], bottom: list[Token]) -> list[Token] | None:
    """Header cells broken over two lines, read back into one line: a word ending in "-" goes
    with the next word in lower case below it ("Kost-" "nader"), any other word with the next
    year below ("Budget" "2021", "Period" "2019-2022"). None when the lines are not so."""
    words = [t.text for t in top]
    if any(_YEAR.match(w) or not (w[:1].isupper() or w.endswith("-")) for w in words):
        return None  # a broken cell's first line starts a heading: "Budget", "Kost-"
    merged = list(bottom)
    # More years below than words above: the words may be group lines over several years.
    grouped = sum(not w.endswith("-") for w in words) < sum(
        bool(_YEAR.match(t.text)) for t in bottom
    )
    at = 0
    for word in words:
        hyphen = word.endswith("-")
        at = _word_end_below(merged, at) if hyphen else _next_year(merged, at)
        if at == len(merged) or (grouped and not hyphen and _has_own_word(merged, at)):
            return None  # "Kommunen" over "Bokslut 2015": a group line, not a broken cell
        below = merged[at]
        text = word[:-1] + below.text if hyphen else f"{word} {below.text}"
        merged[at] = Token(text, below.hard, below.end)
        at += 1
    return merged


def _next_year(line: list[Token], at: int) -> int:
    while at < len(line) and not _YEAR.match(line[at].text):
        at += 1
    return at


def _word_end_below(line: list[Token], at: int) -> int:
    """Where the end of a word broken at its hyphen stands: the next word in lower case that
    begins a heading (after a year, a unit or Not: "Budget för 2022 prognos för 2023"), else
    the next word in lower case ("(mnkr) Intäkter nader kostnad")."""
    lower = [i for i in range(at, len(line)) if line[i].text[:1].islower()]
    for i in lower:
        before = line[i - 1].text if i else ""
        if not before or _YEAR.match(before) or _NOTE.match(before) or unit_line(before):
            return i
    return lower[0] if lower else len(line)


def _has_own_word(line: list[Token], at: int) -> bool:
    """The year at `at` already has its word before it ("Bokslut 2015")."""
    if at == 0 or line[at].hard:
        return False
    before = line[at - 1].text
    if " " in before or _YEAR.match(before) or _NOTE.match(before) or unit_line(before):
        return False
    return before[:1].isupper()


def _label_and_heads(found: list[str], columns: int) -> tuple[str, list[str]]:
    if len(found) > columns + 1 and _NOTE.match(found[-columns - 1]):
        columns += 1  # "Not": a column of its own, even where no row gives a note
    if len(found) > columns:
        return " ".join(found[: len(found) - columns]), found[len(found) - columns :]
    return "", [""] * (columns - len(found)) + found


def _stacked(top: list[str], bottom: list[str]) -> list[str]:
    """Two header lines as one: pairwise when they match, a group over equal shares else."""
    columns = len(bottom)
    if len(top) == columns:
        return [f"{a} {b}".strip() for a, b in zip(top, bottom, strict=True)]
    if top and columns % len(top) == 0:
        share = columns // len(top)
        return [f"{top[c // share]} {b}".strip() for c, b in enumerate(bottom)]
    carried = top + [top[-1] if top else ""] * (columns - len(top))
    return [f"{a} {b}".strip() for a, b in zip(carried, bottom, strict=False)]
