"""Rows of a förvaltning's own table of delegationsbeslut, as Kungsbacka's nämnder write it
(tests/interchange/real_beslut_lists_third_kungsbacka.py): a Word table whose cells hold
several paragraphs ("Julia / Tryggvadottir / Tollesson / FC", a word broken at the line's
end "personuppgifts- / incident"), a row per point of the delegeringsordning with no column
for the date, and a row that heads the points under it ("10.1 | LAS, AB §§ 3-5 | Anställa")."""

from __future__ import annotations

import csv
import io
import re

from ksdesk.interchange.beslut_cells import read_date
from ksdesk.interchange.beslut_columns import COLUMNS
from ksdesk.interchange.import_guard import decode_text

UNDATED = (
    "ingen kolumn för beslutsdatum: ett datum som raden anger som beslutets (”datum 2025-07-01”) "
    "läses som beslutsdatum, annars läses raden utan datum"
)
SECTION_HEADING = "rubrik för delegeringsordningens avsnitt: ingen rad med beslut"

# A word broken at a cell's line end: "personuppgifts-" over "incident". Not "vård-" over
# "och omsorg", where the hyphen stands for a word left out.
_BROKEN = re.compile(r"(\w)-\n(?!(?:och|eller|samt)\b)(?=[a-zåäö])")


def one_line(cell: str) -> str:
    """The cell's lines as one line, a word broken over two whole again."""
    return " ".join(_BROKEN.sub(r"\1", cell.strip()).split())


def word_records(data: bytes) -> list[tuple[int, list[str]]]:
    """The records of a Word document as docx_as_text writes it: a table's cells set apart by
    tabs, a cell of several paragraphs quoted. Its lines are not split at a tab count read off
    one line: a cell's own lines hold none."""
    reader = csv.reader(io.StringIO(decode_text(data), newline=""), delimiter="\t")
    return [(number, cells) for number, cells in enumerate(reader, start=1)]


def section_row(cells: list[str], columns: dict[str, int]) -> bool:
    """Whether a row names a point but no decision: no Dnr, date or text of what was decided."""

    def filled(name: str) -> bool:
        index = columns.get(name)
        return index is not None and index < len(cells) and bool(cells[index].strip())

    decided = any(filled(name) for name in ("dnr", "date", "rubrik", "beslut"))
    return filled("punkt") and not decided


_POINT_LABEL = re.compile(
    r"(?i)\b(?:delegationsordning(?:en)?|delegeringsordning(?:en)?|punkt|pkt|p)\b\.?"
)


def more_than_point(written: str, punkt: str) -> bool:
    """Whether a point's cell says more than its number ("2.1.10 Dataskyddsförordningen GDPR,
    Artikel 33 och 34", a second point "2.2.17"), not only a label ("p. 3.2")."""
    rest = _POINT_LABEL.sub("", written.replace(punkt, "", 1))
    return any(ch.isalnum() for ch in rest)


# A point's number opening its cell: "2.1.10", "Punkt 2.1.11", "4.15", "10.1"; not a number
# alone ("34" of "GDPR, Artikel 33 och 34" wrapped).
_POINT_FIRST = re.compile(r"^(?:(?i:punkt|pkt|p)\.?\s*\d+(?:\.\d+)*|\d+(?:\.\d+)+)\b")


def starts_row(rubrikrad: list[str], cells: list[str]) -> bool:
    """Whether a printed table's line opens a row: a date under the date's column, a Dnr
    under the Dnr's, or a point's number opening the point's cell (beslut_pdf_table)."""
    fields = [COLUMNS.field_of(heading)[0] for heading in rubrikrad]
    # A table with a date or a Dnr opens its rows by them: a point's cell may hold two
    # points, one under the other ("2.2.16" over "2.2.17"); a table of points by its points.
    keyed = bool({"date", "dnr"} & set(fields))
    for field, cell in zip(fields, cells, strict=False):
        text = cell.strip()
        if not text:
            continue
        if field == "dnr" or (field == "date" and read_date(text) is not None):
            return True
        if field == "punkt" and not keyed and _POINT_FIRST.match(text):
            return True
    return False
