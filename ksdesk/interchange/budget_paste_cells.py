"""A table pasted with each cell on a line of its own (Chrome's PDF viewer, plain pdftotext),
made one line per row again for budget_paste.py: a text line starts a row and the figure lines
after it are its cells; the lines above the first row are the title, the header's cells (a
word and its year on two lines, "Budget" "2021", made one) and headings under the header."""

from __future__ import annotations

import re

from ksdesk.core.budget_unit import unit_line
from ksdesk.interchange.budget_paste_header import runs_under_groups, year_runs
from ksdesk.interchange.budget_paste_tokens import (
    PERIOD_WORD,
    is_data_row,
    is_figure,
    is_list_heading,
    is_note,
    is_period,
    tokens,
)


def one_cell_per_line(lines: list[str]) -> bool:
    """Each cell on a line of its own: most lines hold one figure, none a label and figures."""
    filled = [line.strip() for line in lines if line.strip()]
    alone = sum(1 for line in filled if is_figure(" ".join(line.split())))
    mixed = sum(1 for line in filled if is_data_row(tokens(line)))
    return len(filled) >= 4 and alone * 3 >= len(filled) and mixed * 5 < alone


def rows_from_cells(lines: list[str]) -> list[str]:
    """One line per row again, the cells joined by wide gaps: a text line starts a row and the
    figure lines after it are its cells (a note such as "2, 3" too); the text lines before the
    first row are the title, the header (one line per cell, made one header line) and
    headings under it ("Kommunstyrelse" over its verksamheter)."""
    is_cell = [
        is_figure(" ".join(line.split())) or is_note(line.strip()) or _is_year(line)
        for line in lines
    ]
    # Years above the first figure are the header's ("Budget" "2021"), not figures; a year
    # between the first row's label and its figures is a cell of the row ("2019-2020").
    first = next(
        (i for i, f in enumerate(is_cell) if f and not _is_year(lines[i])),
        len(lines),
    )
    while first - 1 > 0 and _is_year(lines[first - 1]) and not _is_year(lines[first - 2]):
        first -= 1
    rows: list[list[str]] = []
    for line, cell in zip(lines[first - 1 :], is_cell[first - 1 :], strict=True):
        if cell and rows:
            rows[-1].append(line.strip())
        else:
            rows.append([line.strip()])
    widest = max((len(r) - 1 for r in rows), default=0)
    above = [line.strip() for line in lines[: max(0, first - 1)]]
    # The lines down to a period line ("2018-01-01 – 2018-12-31") are over the table: the
    # period is the last of them, the title line of what header_over_years reads.
    period = max((i for i, line in enumerate(above) if is_period(line)), default=0)
    title, above = above[:period], joined_cells(above[period:])
    by_years = header_over_years(above, widest)
    if by_years is not None:
        return [*title, *by_years, *("  ".join(row) for row in rows)]
    at, size = _header_window(above, widest)
    head, headings = above[at : at + size], above[at + size :]
    header = "  ".join(head) if len(head) > 1 else ""
    kept = title + above[:at] + ([header] if header else head)
    return [*kept, *headings, *("  ".join(row) for row in rows)]


_HAS_YEAR = re.compile(rf"\b(?:19|20)\d{{2}}\b|(?<!\S){PERIOD_WORD}(?!\S)")
_LAST_HEADING = re.compile(
    r"^\s*(?:(?:\w*avvikelse|förändring)(?:\s+[a-zåäö]+)?|differens|återstår|återstående"
    r"|kvar(?:\s+att\s+förbruka)?)(?:\s*\((?:kr|tkr|mkr|mnkr|%)\))?\s*$",
    re.IGNORECASE,
)


def _is_year(line: str) -> bool:
    return bool(_YEAR_CELL.match(line.strip()))


def header_over_years(above: list[str], widest: int) -> list[str] | None:
    """The header when its cells with years are the figure columns' headings ("Bokslut 2015",
    or bare years under a merged cell), made one line: the word lines between the title and
    them head the label column, a Not column, and (over two runs of years or more, "Kommunen"
    over 2018 2019, "Kommunala koncernen" over 2018 2019) each run. Lines after the years are
    headings. None when the header has no such block."""
    # The title (the first line) may name years too; the block runs from the first cell
    # with a year to the last, headings without one inside it ("Avvikelse").
    # A year in brackets is no column's ("Ackumulerade värden (bas budget 2021)", Norrköping).
    with_year = [i for i, line in enumerate(above) if i and _HAS_YEAR.search(_unbracketed(line))]
    if not with_year:
        return None
    start, end = with_year[0], with_year[-1] + 1
    notes = [w for w in above[1:start] if w.lower() in ("not", "noter")][:1]
    # A heading without a year after them that names a difference ("Återstår", "Avvikelse")
    # is the last column's, never a heading in the body (Simrishamn: Utfall 2025, Budget
    # 2025, Återstår).
    while (
        end < len(above) and end - start + len(notes) < widest and _LAST_HEADING.match(above[end])
    ):
        end += 1
    # Headings without a year before the first with one ("Intäkter" … "Avvikelse 2017"):
    # as many cells back as the figures have columns (a unit line or Not ends them).
    while start - 1 >= 1 and end - start + len(notes) < widest:
        if unit_line(above[start - 1]) or above[start - 1] in notes:
            break
        start -= 1
    words, years = above[1:start], _joined_yearless(above[start:end], widest - len(notes))
    if len(years) + len(notes) < widest:
        return None
    rest = [w for w in words if w not in notes]
    units = [w for w in rest if unit_line(w)]  # "Belopp i mnkr": the label column's heading
    others = [w for w in rest if w not in units]
    # A Not between the years (KONCERNEN's own, Kramfors) heads no run of years.
    inner = [i for i, h in enumerate(years) if h.lower() in ("not", "noter")]
    runs = runs_under_groups(others, year_runs([h for i, h in enumerate(years) if i not in inner]))
    heads, labels = years, others
    if len(runs) >= 2 and len(runs) <= len(others) <= len(runs) + 1:
        labels, over = others[: len(others) - len(runs)], others[len(others) - len(runs) :]
        if is_list_heading(others[-1]):  # "Nr. Kommunfullmäktige" under the groups
            labels, over = others[-1:], others[:-1]
        heads = [f"{group} {h}" for group, run in zip(over, runs, strict=True) for h in run]
        for i in inner:
            heads.insert(i, years[i])
    # A unit line heads the label column when nothing else does; else it is a line above,
    # as is a sentence that names the unit ("Belopp anges i miljoner kronor …priser.").
    sentences = [w for w in units if w.endswith(".")]
    heading = [w for w in units if w not in sentences]
    kept = sentences + (heading if labels else [])
    label = " ".join(labels or heading)
    header = "  ".join(x for x in (label, *notes, *heads) if x)
    return [above[0], *kept, header, *above[end:]]


def _unbracketed(line: str) -> str:
    return re.sub(r"\([^()]*\)", "", line)


def _joined_yearless(cells: list[str], columns: int) -> list[str]:
    """More header cells than columns: two without a year side by side are one cell split at
    a capital ("Ombudget" "År", Vårgårda's "Om-\nbudget År" copied a line each)."""
    cells = list(cells)
    while len(cells) > columns:
        pair = next(
            (i for i in range(len(cells) - 1)
             if not _HAS_YEAR.search(cells[i]) and not _HAS_YEAR.search(cells[i + 1])),
            None,
        )  # fmt: skip
        if pair is None:
            break
        cells[pair : pair + 2] = [f"{cells[pair]} {cells[pair + 1]}"]
    return cells


def _header_window(above: list[str], widest: int) -> tuple[int, int]:
    """(where the header's cells begin, how many) among the text lines above the first row:
    the `widest` lines (one per figure column) with the most years and notes in them, the
    latest of equals, and the line before them when it heads the label column (short, not
    the title)."""
    if widest == 0 or len(above) < widest:
        return max(0, len(above) - widest), min(widest, len(above))
    starts = range(len(above) - widest + 1)

    def score(s: int) -> tuple[float, int]:
        """Years in the window, less half a point for each line left between it and the
        first row (a heading may stand there, seldom more)."""
        # The title's year ("Driftsredovisning 2016, mnkr", Helsingborg) heads no column.
        years = sum(bool(_HAS_YEAR.search(above[i])) for i in range(max(s, 1), s + widest))
        return years - (len(above) - s - widest) / 2, s

    at = max(starts, key=score)
    size = widest
    if at >= 2 and above[at - 1].lower() in ("not", "noter"):
        at, size = at - 1, size + 1  # a Not column that no row of figures fills
    if at >= 2 and len(above[at - 1].split()) <= 4:
        return at - 1, size + 1
    return at, size


def joined_cells(lines: list[str]) -> list[str]:
    """A header cell broken over two lines, each its own line here, made one again: a year
    under a word ("Budget" "2021") and a word's end under its hyphen ("Kost-" "nader")."""
    joined: list[str] = []
    # A unit in brackets under every heading ("Helårsprognos delår 1" "(mkr)" …, Kungsbacka):
    # each ends the heading above it.
    repeated = {w for w in lines if w.startswith("(") and lines.count(w) > 1 and unit_line(w)}
    for i, line in enumerate(lines):
        previous = joined[-1] if len(joined) > 1 else ""  # never onto the title
        # Years one after another under two words or more stand under merged cells
        # ("Intäkter" over 2020 and 2021): the first of them is not the end of the word
        # before it; under one word ("BUDGET" "2020" "2020" "2019") it is.
        words = [w for w in joined[1:] if not (unit_line(w) or w.lower() in ("not", "noter"))]
        in_a_block = i + 1 < len(lines) and bool(_YEAR_CELL.match(lines[i + 1]))
        in_a_block = in_a_block and len(words) >= 2
        under_word = (
            previous
            and not previous.endswith("-")
            and not unit_line(previous)
            and not _HAS_YEAR.search(previous)  # a year already a cell of its own
            and previous.lower() not in ("not", "noter")
            and not is_list_heading(previous)  # "Nr. Kostnader" heads the labels, not 2022
        )
        if under_word and not in_a_block and _YEAR_CELL.match(line):
            joined[-1] = f"{previous} {line}"
            continue
        if line in repeated and previous and not unit_line(previous):
            joined[-1] = f"{previous} {line}"
            continue
        if previous.endswith("-") and line[:1].islower():
            joined[-1] = previous[:-1] + line
            continue
        # A line that begins in lower case under a heading without a year ends it
        # ("Avvikelse" "delår"; "Budgetavvi" "kelse 2024", broken without a hyphen: Kungsbacka).
        first = line.split()[0] if line.split() else ""
        if under_word and first.isalpha() and first[:1].islower() and not unit_line(line):
            joined[-1] = f"{previous} {line}"
            continue
        joined.append(line)
    return joined


_YEAR_CELL = re.compile(
    rf"^(?:(?:19|20)\d{{2}}(?:[/\u2013-](?:19|20)?\d{{2}}|-[01]\d-[0-3]\d)?|{PERIOD_WORD})$"
)
