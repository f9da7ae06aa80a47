"""The lines of a pasted table above its first row with figures: the title, unit and caption
lines, the column header's lines (also when its cells come a line each), and headings
between the header and the first figures; and a column of years the header names that the
rows give as their labels' last word. ksdesk/interchange/budget_paste.py reads the rows."""

from __future__ import annotations

import re

from ksdesk.core.budget_grid import GridValue
from ksdesk.core.budget_unit import unit_line
from ksdesk.interchange.budget_paste_cells import header_over_years, joined_cells
from ksdesk.interchange.budget_paste_header import groups
from ksdesk.interchange.budget_paste_tokens import PERIOD_WORD, Token, is_period, tokens

# A year, a day of it ("2019-12-31"), or a period in words ("helår", "januari–augusti").
_YEAR = re.compile(rf"^(?:(?:19|20)\d{{2}}(?:-[01]\d-[0-3]\d)?|{PERIOD_WORD})$")
_WHEN = re.compile(r"^(?:19|20)\d{2}(?:\s*[-\u2013/]\s*(?:19|20)?\d{2})?$")


def lines_above(
    lines: list[list[Token]], columns: int = 0
) -> tuple[list[str], list[list[Token]], list[str]]:
    """(title, unit and caption lines; the header's lines; heading rows between the header
    and the first row with figures, "Kommunstyrelse" over its verksamheter). The header is
    the last line of column words above the table, and the one before it too when that is
    no title or unit line (a group line over the years, or words whose years come below)."""
    texts = [" ".join(t.text for t in line) for line in lines]
    if not lines:
        return [], [], []
    header_at = len(lines) - 1
    # Back over headings between the header and the first figures ("Kommunstyrelse"); a line
    # of two headings or more is the header even without years ("Nämnd Not Intäkter …").
    while header_at > 0 and (
        _under_years(lines, header_at)
        or _heading_under_header(lines, header_at, columns)
        or not (_header_like(lines[header_at]) or len(groups(_unbulleted(lines[header_at]))) >= 2)
    ):
        header_at -= 1
    headings = texts[header_at + 1 :]
    for _ in range(2):  # up to three lines: a group line, words, and the years under them
        if header_at >= 2 or (
            header_at == 1 and _header_like(lines[0]) and _words_over_columns(lines[0])
        ):
            previous = lines[header_at - 1]
            # A line that ends a sentence ("i löpande priser.", a caption broken over two
            # lines in the PDF) is text above the table, never a line of its header.
            sentence = texts[header_at - 1].endswith(".") and texts[header_at - 1][:1].islower()
            if (
                sentence
                or unit_line(texts[header_at - 1])
                or is_period(texts[header_at - 1])
                or not _header_like(previous, loose=True, below=lines[header_at])
            ):
                break
            header_at -= 1
    above: list[str] = texts[:header_at]
    header = lines[header_at : len(lines) - len(headings)]
    if len(header) >= 2:  # "Belopp i mnkr Budget 2021" over the columns: the unit apart
        unit, rest = _unit_prefix(header[0])
        # Only a unit before a group line with a year is a line of its own; "mnkr" before
        # "Intäkter Kostnader …" heads the label column.
        if unit and any(_YEAR.match(t.text) for t in rest):
            above.append(unit)
            header = [rest, *header[1:]] if rest else header[1:]
    return above, header, headings


def _under_years(lines: list[list[Token]], at: int) -> bool:
    """Line `at` is words without a year straight under a line of years only: a header ends
    with its years, so it is a heading of the table ("DEN LÖPANDE VERKSAMHETEN" under
    "2018 2017 2018 2017"), not more header."""
    line, above = lines[at], lines[at - 1]
    if any(_YEAR.match(t.text) for t in line) or any(t.hard for t in line[1:]):
        return False
    years = [t for t in above if _YEAR.match(t.text)]
    return len(years) >= 2 and len(years) == len(above)


def _heading_under_header(lines: list[list[Token]], at: int, columns: int) -> bool:
    """Line `at` is a heading of the table, not header: no year and no gap of a laid-out
    line, headings for fewer than half the `columns` the figures show, and a line of column
    words above it ("Investeringsobjekt <3 mnkr" under Vårgårda's header)."""
    line = lines[at]
    if not columns or any(_YEAR.match(t.text) for t in line) or any(t.hard for t in line[1:]):
        return False
    # A phrase in capitals ("DEN LÖPANDE VERKSAMHETEN") is one heading, not a word a column.
    capitals = all(t.text.isupper() for t in line if any(ch.isalpha() for ch in t.text))
    if not capitals and len(groups(_unbulleted(line))) >= max(2, (columns + 1) // 2):
        return False
    return any(_header_like(above) for above in lines[:at])


def _unbulleted(line: list[Token]) -> list[Token]:
    """The line without a dash that opens it as a list item ("– Goodwill med flera
    immateriella tillgångar", Kramfors): one heading, not a dash and a heading."""
    if len(line) > 1 and re.fullmatch(r"[-\u2013\u2014\u2212•]", line[0].text):
        return line[1:]
    return line


def _words_over_columns(line: list[Token]) -> bool:
    """The first line of a paste may be the header's top line, not a title, when it is
    capitalised words and years only ("Budget 2021 Budget 2022"); a title has small words or
    a comma ("Investeringsbudget 2022 med plan 2023–2025, tkr")."""
    texts = [t.text for t in line]
    return len(texts) <= 12 and all(
        (w[:1].isupper() or _YEAR.match(w) or w.endswith("-")) and "," not in w for w in texts
    )


def _header_like(line: list[Token], loose: bool = False, below: list[Token] | None = None) -> bool:
    """A line of column words: with years, or spaced out (a layout line); `loose`: also a
    short line of capitalised words ("Bokslut Budget Budget Plan Plan" over the years), or of
    a few words over a line with years ("Kommunen Kommunala koncernen")."""
    texts = [t.text for t in line]
    if any(_YEAR.match(t) for t in texts) or any(t.hard for t in line[1:]):
        return True
    if not loose or len(texts) > 14:
        return False
    if all(w[:1].isupper() or w.endswith("-") for w in texts):
        return True
    years_below = sum(bool(_YEAR.match(t.text)) for t in below or [])
    if below and years_below >= 2 and years_below == len(below):
        return True  # words over a line of years only
    # A bracket is one word here ("Ackumulerade värden (bas budget 2021) Belopp per år").
    words = len(re.sub(r"\([^()]*\)", "()", " ".join(texts)).split())
    return words <= 6 and (years_below >= 2 or _header_like(below or [], loose=True))


def _unit_prefix(line: list[Token]) -> tuple[str, list[Token]]:
    """ "Belopp i mnkr Budget 2021": the unit words at the start, and the rest."""
    for n in range(len(line) - 1, 0, -1):
        words = " ".join(t.text for t in line[:n])
        if unit_line(words):
            rest = line[n:]
            return words, [Token(rest[0].text, False, rest[0].end), *rest[1:]]
    return "", line


def header_cells_on_lines(upper: list[list[Token]], widest: int) -> list[list[Token]] | None:
    """A header whose cells come a line each above rows of single spaces (Adobe Reader, and
    pdftotext -raw, copy a header cell broken over two lines so: "Bokslut" "2020" "Budget"
    …): read as a cell per line, then one header line again. None when it is not so."""
    texts = [" ".join(t.text for t in line) for line in upper]
    period = max((i for i, text in enumerate(texts) if is_period(text)), default=0)
    if period:  # the lines down to a period line are over the table, the period their last
        below = header_cells_on_lines(upper[period:], widest)
        return [*upper[:period], *below] if below else None
    short = [w for w in upper[1:] if len(w) <= 4 and not any(t.hard for t in w[1:])]
    if len(upper) < 4 or len(short) < 3:
        return None
    # The cells a line holds side by side ("Belopp i mnkr Not", "2019 Avvikelse"), each apart.
    cells = [" ".join(t.text for t in upper[0])]
    # Lines after the last with a year are headings of the table, each one cell whole
    # ("Investeringsobjekt <3 mnkr"), not column words to split.
    last = max(
        (i for i, line in enumerate(upper) if any(_YEAR.match(t.text) for t in line)), default=0
    )
    for i, line in enumerate(upper[1:], start=1):
        whole = " ".join(t.text for t in line)
        # A unit line stays one cell ("Belopp anges i miljoner kronor i löpande priser.").
        cells += [whole] if i > last or unit_line(whole) else groups(line, years_alone=True)
    lines = header_over_years(joined_cells(cells), widest)
    return [tokens(line) for line in lines] if lines else None


def year_column(
    header: list[GridValue], header_lines: list[list[Token]], rows: list[list[GridValue]]
) -> tuple[list[GridValue], list[list[GridValue]]]:
    """A column of years between the label and the figures ("Planeras vara klart": 2019,
    2019-2020), which a pasted line gives as the label's last word: its own column again when
    the header has a heading for it and most rows end their label in a year or span."""
    if len(header_lines) != 1:
        return header, rows
    found = groups(header_lines[0])
    if len(found) != len(header) + 1:
        return header, rows
    ends = [_last_word(row[0]) for row in rows]
    when = [e for e in ends if e and _WHEN.match(e)]
    if len(when) * 2 <= len(rows):
        return header, rows
    label = found[0]
    moved = []
    for row, end in zip(rows, ends, strict=True):
        year = end if end and _WHEN.match(end) else None
        text = str(row[0])[: -len(end)].rstrip() if year else row[0]
        moved.append([text or None, year, *row[1:]])
    return [label, found[1], *header[1:]], moved


def _last_word(label: GridValue) -> str:
    words = str(label or "").split()
    return words[-1] if len(words) > 1 else ""
