"""A table whose column of point numbers has a heading ksdesk does not know: Norrtälje's
utbildningsnämnd heads it with the nämnd's short name ("UN | Beslut | Lagrum | …"), other
kommuner with a code word ("Kod"). Kept as an extra column, the numbers were no point's Nr and the
chapter rows beside their letters ("A | Allmänt") no chapters. When no column of the header is
Nr, a column under an unknown short heading whose cells are all point numbers (and letters
of chapters) is read as Nr, with a line in the report. One rule for a Word table, a CSV file
and an Excel sheet (`numbers_as_nr`); in a file, the header is the first row that is one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.delegation_cells import is_point_nr
from ksdesk.interchange.delegation_layout import header_layout

WHY = "kolumnen har punkternas nummer: läses som Nr"

_HEADING_MAX = 12  # characters: a short name or a code word, not a column of text
_CHAPTER_LETTER = re.compile(r"^[A-ZÅÄÖ][.)]?$")
_NUMBERS_MIN = 2


def number_column(rows: list[list[str]]) -> int | None:
    """The index of the column of the table's point numbers under a heading that is not
    Nr's, or None (the header has Nr, is no header, or no such column)."""
    if len(rows) < 1 + _NUMBERS_MIN:
        return None
    header = rows[0]
    layout = header_layout(header)
    if layout is None or layout.has("nr"):
        return None
    for index, heading in enumerate(header):
        name = layout.columns.get(index, "")
        known = name and not name.startswith("extra:")
        if known or not heading.strip() or len(heading.strip()) > _HEADING_MAX:
            continue
        # A repeated header and a title row across the table ("Personal" in every cell of a
        # merged row, or in the first cell of a file's row) say nothing of the column.
        body = [row for row in rows[1:] if row != header and not _title_row(row)]
        cells = [" ".join(row[index].split()) for row in body if index < len(row)]
        values = [c for c in cells if c]
        numbers = [v for v in values if is_point_nr(v)]
        letters = [v for v in values if _CHAPTER_LETTER.match(v)]
        if len(numbers) >= _NUMBERS_MIN and len(numbers) + len(letters) == len(values):
            return index
    return None


def _title_row(row: list[str]) -> bool:
    texts = {" ".join(c.split()) for c in row if c.strip()}
    return len(texts) == 1 and not is_point_nr(texts.pop())


def header_with_numbers(rows: list[list[str]]) -> tuple[int, int] | None:
    """(index of the header row, index of the column) of a table or file whose header's
    column of point numbers has a heading that is not Nr's; None when there is none. The
    header is the first row read as one (a file may have a title or blank rows above it)."""
    for at, row in enumerate(rows):
        if header_layout(row) is not None:
            column = number_column(rows[at:])
            return None if column is None else (at, column)
    return None


def numbers_as_nr(
    rows: list[list[str]], report: ImportReport, where: Callable[[int], str]
) -> tuple[int, int] | None:
    """`header_with_numbers`, said in the report (`where` names a row by its number from 1);
    the header row and each repeat of it then read the column as "Nr" (`as_nr`)."""
    found = header_with_numbers(rows)
    if found is not None:
        at, column = found
        report.change(where(at + 1), rows[at][column].strip(), WHY)
    return found


def as_nr(cells: list[str], header: list[str], column: int) -> list[str]:
    """The row with the column's heading "Nr" when it is the header (or a repeat of it)."""
    if cells != header:
        return cells
    return [*cells[:column], "Nr", *cells[column + 1 :]]


def letter_chapter(nr: str, values: dict[str, str]) -> str | None:
    """ "A | Allmänt" in a row of the table, the letter in the Nr column, the title beside it
    and nothing else: the chapter "A Allmänt" whose points follow ("A1", "A2"); else None."""
    letter = " ".join(nr.split())
    title = " ".join(values.get("arende", "").split())
    others = [v for k, v in values.items() if k not in ("nr", "arende") and v.strip()]
    if not _CHAPTER_LETTER.match(letter) or not title or others:
        return None
    return f"{letter.rstrip('.)')} {title}"
