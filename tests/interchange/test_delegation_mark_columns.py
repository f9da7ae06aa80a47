"""A column of marks ("D", "V", "x") with no heading in a delegationsordning's table: said
once for the document, each mark with the points it stood at, never a line per row, and the
points read as without the column.

The documents are variants built for the test of Vara kommun's real delegationsordning
(real_delegation_documents.write_vara): the real one has no such column; one is added here to
each of its tables, as some kommuner's ordningar mark delegation (D) and verkställighet (V).
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.shared import Cm

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import VARA, write_vara


def _with_marks(path: Path, marks: dict[str, str]) -> Path:
    """Vara's ordning with a column at the right of every table, no heading over it, holding
    `marks` by point number (a row not named there has an empty cell)."""
    write_vara(path)
    document = docx.Document(str(path))
    for table in document.tables:
        table.add_column(Cm(1))
        for row in table.rows[1:]:
            row.cells[-1].text = marks.get(row.cells[0].text.strip(), "")
    marked = path.with_name("med_markeringar.docx")
    document.save(str(marked))
    return marked


def _points(path: Path) -> list[tuple]:
    version, _ = read_file(path)
    return [
        (p.nr, c.title, p.arende, p.delegat, p.ersattare, p.lagrum, p.anmarkning)
        for c, p in version.all_points()
    ]


def test_the_marks_are_one_line_for_the_document_with_their_points(tmp_path: Path) -> None:
    marks = {"1.1": "D", "1.2": "D", "1.3": "V", "2.1": "D", "2.3": "V", "9.1": "D"}
    path = _with_marks(tmp_path / "vara.docx", marks)
    _, report = read_file(path)
    lines = [line for line in report.dropped if "kolumn" in line.where.lower() + line.why]
    assert [(line.where, line.text) for line in lines] == [
        (
            "Kolumnen utan rubrik efter ”Anmärkning”",
            "”D”: punkt 1.1, 1.2, 2.1, 9.1; ”V”: punkt 1.3, 2.3",
        )
    ]
    assert lines[0].why.startswith("6 rader, markeringar i en kolumn utan rubrik")
    assert _points(path) == VARA


def test_words_in_a_column_without_heading_keep_a_line_each(tmp_path: Path) -> None:
    """A cell that holds words, not a mark, is no mark: it is named where it stands."""
    marks = {"1.1": "D", "1.2": "Gäller även krisledningsnämnden"}
    _, report = read_file(_with_marks(tmp_path / "vara.docx", marks))
    said = [line.sentence() for line in report.dropped]
    assert (
        "Tabell 1, rad 3: Gäller även krisledningsnämnden (kolumn utan egen rubrik i "
        "rubrikraden)" in said
    )
    assert any(
        s.startswith("Kolumnen utan rubrik efter ”Anmärkning”: ”D”: punkt 1.1 (1 rad,")
        for s in said
    )
