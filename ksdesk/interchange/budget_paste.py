"""A budget table copied out of a PDF viewer and pasted as text, read into a grid of cells.

What a PDF viewer gives when a table is copied out of it (Adobe Reader, Edge, Chrome's viewer,
Preview, pdftotext) comes in three shapes, all read here:

- a line per row, one space between the columns (and between the thousands of a figure):
  "Gymnasieskola 16-19 år 4 120,3 (5 300,1) −1 179,8";
- a line per row with the columns laid out by runs of spaces (pdftotext -layout, Preview);
- each cell on a line of its own, often with blank lines between.

The figures at the end of each line are split into the table's columns by
budget_paste_figures.py; the words before them are the row's label. Lines above the first row
with figures are the title, the unit line and the column header, which may be broken over two
lines ("Budget" over "2021", or "Budget 2021" over "Intäkter Kostnader Netto"). The grid then
goes through the same reading as a spreadsheet (core/budget_grid.py). No word is dropped: a
word that fits no column stays in the row's label.
"""

from __future__ import annotations

import re
import statistics

from ksdesk.core.budget import Sheet
from ksdesk.core.budget_grid import Grid, GridValue, sheet_from_grid
from ksdesk.core.import_report import ImportReport, count
from ksdesk.interchange.budget_paste_above import header_cells_on_lines, lines_above, year_column
from ksdesk.interchange.budget_paste_cells import one_cell_per_line, rows_from_cells
from ksdesk.interchange.budget_paste_entity import report_part_placing
from ksdesk.interchange.budget_paste_figures import UNKNOWN, Table, signs_set_apart, split
from ksdesk.interchange.budget_paste_header import header_cells
from ksdesk.interchange.budget_paste_layout import laid_out_lines, placed_under_columns
from ksdesk.interchange.budget_paste_pairs import joined_label_lines, report_paired
from ksdesk.interchange.budget_paste_placing import place_by_sums, report_narrowed
from ksdesk.interchange.budget_paste_tokens import (
    Token,
    digits,
    fewest_figures,
    figure_run,
    has_decimals,
    is_data_row,
    tokens,
)
from ksdesk.interchange.budget_paste_word_pairs import paired_header, report_word_pairs
from ksdesk.interchange.budget_paste_years import place_after_named_year, report_year_placing
from ksdesk.interchange.budget_report import clean_grid, report_grid, row_named

_YEAR = re.compile(r"^(?:19|20)\d{2}$")


def sheet_from_pasted(
    text: str, title: str, report: ImportReport | None = None, filename: str = ""
) -> Sheet:
    """The sheet in text pasted out of a PDF (or a .txt file of it)."""
    cells, guessed, short, notes, paired, two_lines = _read(text)
    short, narrowed, by_part = place_by_sums(cells, short, notes, title) if short else ([], [], [])
    by_year, short = place_after_named_year(cells, short, notes) if short else ([], [])
    grid = Grid(cells=cells, filename=filename)
    clean_grid(grid, report)
    sheet = sheet_from_grid(grid, title)
    if report is not None:
        _report_reading(sheet, grid, guessed, [cells[r] for r in short], report)
        report_paired(paired, report)
        report_narrowed([cells[r] for r in narrowed], report)
        report_part_placing(by_part, cells, report)
        report_year_placing(by_year, cells, report)
        report_word_pairs(two_lines, report)
    return sheet


def _report_reading(
    sheet: Sheet,
    grid: Grid,
    guessed: int,
    short_rows: list[list[GridValue]],
    report: ImportReport,
) -> None:
    """What the import report says of a pasted table: how it was read, and the rows whose
    figures the text alone could not place."""
    report.read.append("text kopierad ur en PDF eller en webbsida, kolumnerna lästa ur raderna")
    report_grid(sheet, grid, report)
    if guessed:
        report.warn(
            "Tabellen",
            count(guessed, "rad", "rader") + " där bara mellanslag skiljer talen åt",
            "talen delades så att de liknar radens och kolumnens andra tal; stäm av mot "
            "källan (PDF:en eller webbsidan) om kontrollen av summorna visar fel",
        )
    if short_rows:
        report.warn(
            "Tabellen",
            count(len(short_rows), "rad", "rader")
            + f" med färre tal än kolumner, t.ex. {row_named(short_rows[0])}",
            "texten visar inte vilka kolumner som är tomma, och inga summor avgjorde det: "
            "talen lades i de första kolumnerna; stäm av mot källan (PDF:en eller "
            "webbsidan), eller kopiera tabellen med kolumnerna utlagda",
        )


def looks_pasted(text: str) -> bool:
    """True for text that is no CSV or tab-separated file: no line (of most) has ";" or a tab."""
    lines = [line for line in text.splitlines() if line.strip()][:50]
    if not lines:
        return False
    return all(sum(mark in line for line in lines) * 2 < len(lines) for mark in (";", "\t"))


def pasted_grid(text: str) -> list[list[GridValue]]:
    """The cells of a pasted table, row by row, as a spreadsheet would hold them."""
    return _read(text)[0]


def _read(
    text: str,
) -> tuple[list[list[GridValue]], int, list[int], tuple[int, ...], list[str], list[str]]:
    """The cells; how many rows had figures that only their sizes told apart ("1 868
    1 929" may be two figures or four); the rows of single spaces with fewer figures than
    columns, put in the first columns (Burlöv's "1507 1 166 23" under the last three
    years of five; budget_paste_placing.py lets the sums place them); the Not column; and the
    labels whose figures stood on the line under them (budget_paste_pairs.py); and the
    column headings read from a word over a word (budget_paste_word_pairs.py)."""
    lines = [_plain(line) for line in text.splitlines()]
    cell_per_line = one_cell_per_line(lines)
    paired: list[str] = []
    if cell_per_line:
        lines = rows_from_cells([line for line in lines if line.strip()])
    else:
        lines, paired = joined_label_lines(lines)
    lines = [line for line in lines if line.strip()]
    words = [tokens(line) for line in lines]
    first = next((i for i, w in enumerate(words) if is_data_row(w)), None)
    if first is None:
        return [[line.strip()] for line in lines], 0, [], (), paired, []
    data = [w for w in words[first:]]
    runs = [w[_run_start(w) :] for w in data]
    decimals = _decimal_table(runs)
    upper = words[:first]
    if not cell_per_line:
        upper = header_cells_on_lines(upper, _columns_from_data(runs, decimals)) or upper
    upper, two_lines = paired_header(upper, _columns_from_data(runs, decimals))
    above, header_lines, headings = lines_above(upper, _columns_from_data(runs, decimals))
    header = header_cells(header_lines, _columns_from_data(runs, decimals))
    columns = len(header) - 1
    notes = tuple(c - 1 for c, h in enumerate(header) if c and _is_note(h))
    signs = signs_set_apart(runs, columns)
    table = _table(columns, (UNKNOWN,) * columns, decimals, notes, signs=signs)
    named = _column_words(header)
    rows = [_row(w, table, named)[0] for w in data]
    usual = _usual_count(rows, notes)
    table = _table(columns, _sizes(rows, table), decimals, notes, usual, signs)
    read = [_row(w, table, named) for w in data]
    laid_out = not cell_per_line and laid_out_lines(data)
    rows = placed_under_columns(read, notes, decimals) if laid_out else [row for row, _ in read]
    header, rows = year_column(header, header_lines, rows)
    headings_rows = [[text, *([None] * (len(header) - 1))] for text in headings]
    guessed = sum(_told_by_size(w, row) for w, (row, _ends) in zip(data, read, strict=True))
    top = len(above) + 1 + len(headings_rows)
    short = (
        [] if laid_out else [top + k for k, row in enumerate(rows) if _fewer_figures(row, notes)]
    )
    cells = [*[[line] for line in above], list(header), *headings_rows, *rows]
    return cells, guessed, short, tuple(n + 1 for n in notes), paired, two_lines


def _run_start(words: list[Token]) -> int:
    """Where a row's figures begin: a year one space after the label with a wide gap after
    it ends the label ("… pensionsavsättning före 1998     13       501", Helsingborg) and
    is no column of figures (as `_row` reads it)."""
    at = figure_run(words)
    year = 0 < at < len(words) - 1 and bool(_YEAR.match(words[at].text))
    return at + 1 if year and not words[at].hard and words[at + 1].hard else at


def _table(
    columns: int,
    sizes: tuple[float, ...],
    decimals: bool,
    notes: tuple[int, ...],
    usual: int = 0,
    signs: bool = False,
) -> Table:
    first = notes[0] if notes else -1
    return Table(columns, sizes, decimals, first, usual, notes[1:], signs)


def _fewer_figures(row: list[GridValue], notes: tuple[int, ...]) -> bool:
    """Some of the row's amount cells filled, not all (the Not columns aside)."""
    amounts = [v for c, v in enumerate(row[1:]) if c not in notes]
    filled = sum(v is not None for v in amounts)
    return 0 < filled < len(amounts)


def _told_by_size(words: list[Token], row: list[GridValue]) -> bool:
    """The row's figures could have been read as fewer ("97 668 107 793" as one)."""
    run = words[figure_run(words) :]
    found = sum(1 for v in row[1:] if v is not None)
    return 0 < fewest_figures(run) < found


def _plain(line: str) -> str:
    """No-break and thin spaces as plain ones, so they group thousands as a space does."""
    return re.sub("[\u00a0\u202f\u2009\u2007]", " ", line).rstrip()


def _decimal_table(runs: list[list[Token]]) -> bool:
    figures = [t.text for run in runs for t in run if re.search(r"\d", t.text)]
    with_decimals = sum(1 for t in figures if has_decimals(t))
    return bool(figures) and with_decimals * 2 >= len(figures)


def _columns_from_data(runs: list[list[Token]], decimals: bool) -> int:
    """The most figures a row has, where the table tells by its decimals (each figure ends in
    ",5"); 0 where it cannot tell (whole numbers grouped by spaces)."""
    if not decimals:
        return max((max(_hard_cells(run), fewest_figures(run)) for run in runs), default=0)
    most = 0
    for run in runs:
        texts = [t.text for t in run]
        ends = sum(1 for t in texts if has_decimals(t))
        ends += sum(1 for i, t in enumerate(texts) if _is_nil_cell(texts, i))
        most = max(most, ends)
    return most


def _hard_cells(run: list[Token]) -> int:
    """Cells of a layout line: figures set apart by wide gaps (0 when there are none)."""
    if not any(t.hard for t in run[1:]):
        return 0
    return 1 + sum(1 for t in run[1:] if t.hard)


def _is_nil_cell(texts: list[str], i: int) -> bool:
    """A dash alone as a cell: not a sign before the next figure."""
    if not re.fullmatch(r"[-\u2010-\u2015\u2212]{1,3}", texts[i]):
        return False
    return i + 1 == len(texts) or not re.search(r"\d", texts[i + 1])


def _is_note(header: GridValue) -> bool:
    return isinstance(header, str) and header.strip().lower() in ("not", "noter", "not nr")


def _column_words(header: list[GridValue]) -> frozenset[str]:
    """The words the header puts before its years ("budget", "plan" of "Budget 2023")."""
    return frozenset(
        word.lower()
        for cell in header[1:]
        if isinstance(cell, str) and re.search(r"(?:19|20)\d{2}", cell)
        for word in cell.split()
        if not re.search(r"\d", word)
    )


def _row(
    words: list[Token], table: Table, column_words: frozenset[str] = frozenset()
) -> tuple[list[GridValue], list[int]]:
    """The row's cells, and where each of its figures ends on the line."""
    # In a table with a Not column, "… från not 49 370" is the label's words and the figures
    # decide whether 49 is a note (Nynäshamn: 49 370 is the amount, the label names a note).
    at = figure_run(words, named_notes=table.notes < 0)
    # On a laid-out line a year one space after the label, the figures beyond a wide gap, is
    # the label's ("Budget 2022      -353 075 …", Burlöv), not a figure of the first column;
    # so it is after a label of nothing but the header's words before its years ("Budget"
    # under "Prognos 2022 Budget 2023"): no table prints a row "Budget" of 2022 tkr.
    year = 0 < at < len(words) - 1 and bool(_YEAR.match(words[at].text))
    only_column_words = all(t.text.lower() in column_words for t in words[:at])
    if year and not words[at].hard and (words[at + 1].hard or only_column_words):
        at += 1
    left, figures = split(words[at:], table)
    label = " ".join(t.text for t in words[: at + left])
    ends, rest = [], words[at + left :]
    for figure in (f for f in figures if f):
        count = len(figure.split(" "))
        ends.append(rest[count - 1].end)
        rest = rest[count:]
    return [label or None, *(f or None for f in figures)], ends


def _usual_count(rows: list[list[GridValue]], notes: tuple[int, ...]) -> int:
    """How many amounts most rows with amounts have, from the first reading."""
    counts = [sum(v is not None for c, v in enumerate(row[1:]) if c not in notes) for row in rows]
    counts = [n for n in counts if n]
    return statistics.mode(counts) if counts else 0


def _sizes(rows: list[list[GridValue]], table: Table) -> tuple[float, ...]:
    """The usual digits of each column, from the first reading of every row."""
    sizes = []
    for c in range(table.columns):
        found = [
            digits(v)
            for row in rows
            if isinstance(v := row[c + 1], str)
            and re.search(r"[1-9]", v)  # a 0 has no size ("0 0 0 0" rows of a kassaflöde)
            and not table.is_notes(c)
        ]
        sizes.append(statistics.median(found) if found else UNKNOWN)
    return tuple(sizes)
