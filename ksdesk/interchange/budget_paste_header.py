"""The column header of a table pasted out of a PDF: which words head which column.

On a line laid out by runs of spaces, each run of words is a column's heading. On a line with
single spaces the words are grouped: a year ends the heading it belongs to ("Budget 2021",
"Avvikelse 2017"; a year after a year is a heading of its own), a word in lower case
continues the heading before it ("Avvikelse mot budget 2020"), a capitalised word starts a new
one, and a word broken at a line end ("Kost- nader") is one word. The headings furthest right
head the figure columns; what is left at the left heads the label column.

A header over two lines is joined: cells broken over both lines are read back into one
(budget_paste_broken.py); two lines with a heading for each column pair up ("Budget" over
"2021"); a line with fewer headings is a group line over the columns below it, each group
over an equal share of them ("Budget 2021" over "Intäkter Kostnader Netto").
"""

from __future__ import annotations

import re

from ksdesk.core.budget_grid import GridValue
from ksdesk.core.budget_unit import unit_line
from ksdesk.interchange.budget_paste_broken import NOTE, YEAR, broken_cells, stacked_by_position
from ksdesk.interchange.budget_paste_tokens import (
    FOOTNOTE,
    Token,
    is_list_heading,
    numbers_a_period,
)

_JOINING = frozenset(
    ("i", "mot", "per", "och", "av", "till", "enligt", "enl.", "för", "exkl.", "inkl.")
)


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
    texts = [t.text for t in line]
    # A unit in brackets written again and again ("Nämnd/förvaltning (mkr) (mkr) (mkr)",
    # Kungsbacka): one under each column, never the end of the heading before it.
    repeated = {w for w in texts if w.startswith("(") and texts.count(w) > 1 and unit_line(w)}
    for t in line:
        word = t.text
        if word in repeated:
            found.append([word])
            closed = True
            continue
        if found and found[-1][-1].endswith("-") and word[:1].islower():
            found[-1].append(word)  # "Kost-" "nader"
        elif found and numbers_a_period(word, found[-1][-1]):
            found[-1].append(word)  # "Helårsprognos delår 1": which delår is part of it
        elif YEAR.match(word):
            # With `years_alone`, a year still ends a word of the lower line that has none
            # ("Plan 2024" beside "Bokslut" over "2020" …: Region Västernorrland's last cell).
            alone_word = years_alone and found and not t.hard and not _has_year(found[-1])
            if found and not closed and (not years_alone or alone_word):
                found[-1].append(word)
            else:
                found.append([word])
            closed = True
            continue
        elif NOTE.match(word):
            found.append([word])
        elif found and FOOTNOTE.match(word):
            found[-1].append(word)  # "Kommunbidrag 2)": the heading's footnote mark
        elif found and _open_bracket(found[-1]):
            found[-1].append(word)  # "(bas budget 2021)": one heading up to its bracket's end
            closed = not _open_bracket(found[-1])
            continue
        elif len(found) == 1 and len(found[0]) == 1 and is_list_heading(found[0][0]):
            found[-1].append(word)  # "Nr." "Kostnader": the labels' heading, whole
            closed = True
            continue
        elif found and not closed and _continues(word, found[-1][-1]):
            found[-1].append(word)
        elif found and word[:1].islower() and unit_line(" ".join([*found[-1], word])):
            found[-1].append(word)  # "Miljoner" "kronor": one unit (Region Blekinge's header)
        else:
            found.append([word])
        closed = bool(NOTE.match(word)) or bool(unit_line(" ".join(found[-1])))
    return [_joined(words) for words in found]


def _open_bracket(words: list[str]) -> bool:
    text = " ".join(words)
    return text.count("(") > text.count(")")


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
    aligned = stacked_by_position(lines[-2], lines[-1]) if len(lines) >= 2 else None
    if aligned is not None:  # laid out: each top cell stands over its own column
        lines = [*lines[:-2], aligned]
    broken = broken_cells(lines[-2], lines[-1]) if len(lines) >= 2 else None
    merged = broken.tokens if broken is not None else None
    if broken is not None and columns and len(groups(merged, years_alone=True)) > columns + 1:
        merged = broken.rest_joined()  # a word too many: "År" of "Om-" over "budget År"
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
        notes = heads[:1] if heads and NOTE.match(heads[0]) else []
        # Columns the lower line leaves without a heading (a Not column headed on the line
        # above only: "Belopp, mkr Not Kommunen Kommunkoncernen" over "2018 2017 2018 2017").
        lead = len(notes)
        while lead < len(heads) and not heads[lead]:
            lead += 1
        # A Not column between the years (Kramfors: KOMMUNEN's Not, 2018, 2017, then
        # KONCERNEN's Not, 2018, 2017) stands apart from the runs of years and their groups.
        inner = {i for i in range(lead, len(heads)) if NOTE.match(heads[i])}
        plain = [h for i, h in enumerate(heads) if i not in inner]
        runs = year_runs(plain[lead:])
        groups_over = _groups_over_runs(top, runs)
        if groups_over is not None:
            first, over, runs = groups_over
            # What stands left of the groups heads the label column, and a Not column.
            notes = notes or [g for g in first if NOTE.match(g)][:1]
            label = " ".join(x for x in (*[g for g in first if not NOTE.match(g)], label) if x)
            years = plain[len(plain) - sum(len(run) for run in runs) :]
            if over:
                years = [f"{group} {h}" for group, run in zip(over, runs, strict=True) for h in run]
            joined = notes + [""] * (len(plain) - len(notes) - len(years)) + years
            for i in sorted(inner, reverse=True):  # each Not back, as many after it as before
                joined.insert(len(joined) - (len(heads) - 1 - i), heads[i])
            heads = joined
        else:
            top_label, top_heads = (
                _label_and_heads(top, columns) if len(top) > columns else ("", top)
            )
            label = " ".join(x for x in (top_label, label) if x)
            heads = notes + _stacked(top_heads, heads[len(notes) :])
    return [label or None, *heads]


def _groups_over_runs(
    top: list[str], runs: list[list[str]]
) -> tuple[list[str], list[str], list[list[str]]] | None:
    """(what heads the label column and Not, the group over each run of years, the runs) of
    a top line over headings with years; None when the top line is not so. A top line of
    only the label's heading, a unit or Not has no groups ("(mnkr)" over "Bokslut 2023 …")."""
    if not runs:
        return None
    plain = [g for g in top if not (unit_line(g) or NOTE.match(g))]
    if not plain:
        return top, [], runs
    runs = runs_under_groups(top, runs)
    if len(top) < len(runs) or len(top) > len(runs) + 2:
        return None
    first, over = top[: len(top) - len(runs)], top[len(top) - len(runs) :]
    if any(unit_line(g) or NOTE.match(g) for g in over):
        return None
    return first, over, runs


def runs_under_groups(top: list[str], runs: list[list[str]]) -> list[list[str]]:
    """Runs of years joined where the top line has fewer groups than there are runs and the
    groups end alike: "Miljoner kronor Kommunen Koncernen" over "Budget 2014 | Utfall 2013
    Utfall 2014 | Utfall 2013 Utfall 2014" (Kungsbacka) is Kommunen over the first three
    columns, its Budget column first, and Koncernen over the last two."""
    lead = 0
    while lead < len(top) and (unit_line(top[lead]) or NOTE.match(top[lead])):
        lead += 1
    groups = len(top) - lead
    if not 2 <= groups < len(runs):
        return runs
    surplus = len(runs) - groups + 1
    merged = [[h for run in runs[:surplus] for h in run], *runs[surplus:]]
    last = merged[-1]
    if any(run[-len(last) :] != last for run in merged):
        return runs
    return merged


def year_runs(heads: list[str]) -> list[list[str]]:
    """Headings that end in years, in runs that go up ("2020 2021 | 2020 2021 | 2021"): the
    columns under each group of a line above. [] when a heading has no year."""
    years = [re.search(r"((?:19|20)\d{2})(?:-[01]\d-[0-3]\d)?\D*$", h) for h in heads]
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


def _label_and_heads(found: list[str], columns: int) -> tuple[str, list[str]]:
    # A Not between the amounts' headings is a column of its own besides them ("Not 2018
    # 2017 Not 2018 2017" over four amount columns: Kramfors).
    amounts = taken = 0
    while taken < len(found) and amounts < columns:
        at = len(found) - 1 - taken
        inner = 0 < at < len(found) - 1 and NOTE.match(found[at])
        inner = inner and _has_year([found[at - 1]]) and _has_year([found[at + 1]])
        amounts, taken = amounts + (not inner), taken + 1
    columns = max(columns, taken)
    if len(found) > columns and NOTE.match(found[-columns - 1]):
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
