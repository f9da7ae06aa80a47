"""Columns of people printed side by side, as a text copied from a web page's table or a PDF
gives them a cell a line: the columns' headings on lines of their own, one under the other
("Ledamöter" over "Ersättare"), then the rows' cells in turn, a person a line (Perstorps
kommun's page of kommunstyrelsen, tests/interchange/real_members_eighth.py):

    Ledamöter
    Ersättare
    Torgny Lindau (PF)
    Ulla-Britt Brandin (KD)
    Patrik Ströbeck (M)
    …

Read line by line, every name fell under the last heading: all ersättare. Headings with
nothing between them are a row read as a row, so the cells under them are read so too: the
first of each turn is the first column's, the next the second's. The lines are given back as
the table's rubrikrad and rows, the cells apart by a tab ("Ledamöter\tErsättare",
"Torgny Lindau (PF)\tUlla-Britt Brandin (KD)"), for members_paste to read as the table it
reads from a web page (members_cells.Table), with a line in the report. Names that do not
fill the rows evenly leave a row short of a cell, and the lines cannot tell which: they are
read as before, under the last heading, with a warning to check the roles."""

from __future__ import annotations

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.members_words import IN_BRACKETS, heading_role

_WHY = "kolumner sida vid sida, en cell per rad: lästa rad för rad"
# The columns told apart, and the rubrikrad word members_cells reads each by.
_COLUMNS = {"ledamot": "Ledamöter", "ersättare": "Ersättare"}
_UNEVEN = (
    "Rubrikerna {named} står på rader efter varandra, som kolumner sida vid sida, men "
    "namnen under dem går inte jämnt upp i raderna: de lästes under den sista rubriken. "
    "Kontrollera vilka som är ledamöter och vilka som är ersättare."
)
_FEWEST_ROWS = 2  # one row of cells after the headings is no table to tell columns by


def side_by_side(lines: list[tuple[int, str]], report: ImportReport) -> list[tuple[int, str]]:
    """The numbered lines with each stretch of side-by-side columns given a cell a line made
    into the table's rows; the lines as they are where there is none."""
    out: list[tuple[int, str]] = []
    at = 0
    while at < len(lines):
        headings = _headings(lines, at)
        cells = _cells(lines, at + len(headings))
        if len(headings) < 2 or len(cells) < _FEWEST_ROWS * len(headings):
            out.append(lines[at])
            at += 1
            continue
        width = len(headings)
        named = " | ".join(text for _, text in headings)
        if len(cells) % width:  # a row short of a cell: which, the lines cannot tell
            quoted = " och ".join(f"”{text}”" for _, text in headings)
            report.warn_sentence(f"Rad {lines[at][0]}", _UNEVEN.format(named=quoted))
            out += lines[at : at + width]
            at += width
            continue
        rubrikrad = "\t".join(_COLUMNS[str(heading_role(text))] for _, text in headings)
        out.append((lines[at][0], rubrikrad))
        for row in range(0, len(cells), width):
            out.append((cells[row][0], "\t".join(text for _, text in cells[row : row + width])))
        report.change(f"Rad {lines[at][0]}", named, _WHY)
        at += width + len(cells)
    return out


def _headings(lines: list[tuple[int, str]], at: int) -> list[tuple[int, str]]:
    """The column headings from `at` on: lines that are the heading of ledamöter or ersättare
    alone, each another column's ("Ledamöter", "Personliga ersättare"); a heading repeated is
    a new list, not a column."""
    found: list[tuple[int, str]] = []
    roles: set[str] = set()
    for number, text in lines[at:]:
        role = heading_role(text)
        if role not in _COLUMNS or role in roles:
            break
        roles.add(role)
        found.append((number, text))
    return found


def _cells(lines: list[tuple[int, str]], at: int) -> list[tuple[int, str]]:
    """The lines from `at` on that are each one person with the party in brackets, a role
    after the name or none ("Torgny Lindau (PF) ordförande")."""
    found: list[tuple[int, str]] = []
    for number, text in lines[at:]:
        person = IN_BRACKETS.match(text)
        if person is None or len(IN_BRACKETS.findall(text)) != 1:
            break
        if (rest := text[person.end() :].strip(" ,")) and heading_role(rest) is None:
            break  # a note after the name ("ersätter X", "§ 12"): no lone cell
        found.append((number, text))
    return found
