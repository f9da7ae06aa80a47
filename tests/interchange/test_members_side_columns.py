"""Columns of people printed side by side (interchange.members_side_columns and the rows of two
parties in members_cells.Table): the real list of real_members_eighth.py (read whole in
test_members_real.py) as a PDF's text may also give it, and lists made for the test."""

from __future__ import annotations

import re

from ksdesk.interchange.members_paste import read_members
from tests.interchange.real_members_eighth import PERSTORP_KS
from tests.interchange.real_members_eighth_expected import EXPECTED_EIGHTH


def _people(text: str) -> list[tuple[str, str, str, str]]:
    return [(m.name, m.party, m.role, m.personlig_for) for m in read_members(text).members]


def _table_part(text: str) -> tuple[str, list[str]]:
    """Perstorp's text before its table, and the table's cells, a person a cell."""
    head, _, table = text.partition("Ledamöter\n\nErsättare\n")
    return head, [line for line in table.splitlines() if line.strip()]


def test_cells_a_line_under_headings_a_line_are_read_row_by_row() -> None:
    read = read_members(PERSTORP_KS)
    ledamoter = [m.name for m in read.members if m.is_ledamot]
    assert len(ledamoter) == 9  # "består av 9 ledamöter och 9 ersättare", the page says
    assert ledamoter[3:] == [
        "Lennart Johansson",
        "Hans Stifors",
        "Bengt Marntell",
        "Boel Rosdahl",
        "Pia Galia",
        "Jack Henriksen",
    ]
    assert (
        "Ledamöter | Ersättare",
        "kolumner sida vid sida, en cell per rad: lästa rad för rad",
    ) in {(line.text, line.why) for line in read.report.changed}


def test_the_same_table_a_row_a_line_as_a_pdf_gives_it() -> None:
    # The headings on one line and each row's two people on one, as a PDF's text runs.
    head, cells = _table_part(PERSTORP_KS)
    rows = [f"{left} {right}" for left, right in zip(cells[::2], cells[1::2], strict=True)]
    text = head + "Ledamöter Ersättare\n" + "\n".join(rows)
    assert _people(text) == EXPECTED_EIGHTH["Perstorp KS"][1]


def test_a_row_of_two_parties_makes_the_columns_two_lists_with_a_line() -> None:
    """A personal ersättare is elected on the ledamot's party's list: where a row's two are of
    different parties, no ersättare is read as personal, and the report says why."""
    read = read_members(
        "Ledamöter\tErsättare\nAnna Ek (S)\tOlle Vik (V)\nLars Berg (M)\tKim Lo (M)\n"
    )
    assert [(m.name, m.role, m.personlig_for) for m in read.members] == [
        ("Anna Ek", "ledamot", ""),
        ("Olle Vik", "ersättare", ""),
        ("Lars Berg", "ledamot", ""),
        ("Kim Lo", "ersättare", ""),
    ]
    assert [line.text for line in read.report.warnings] == [
        "Ledamöter och ersättare står i två kolumner, men på 1 rad är ledamoten och ersättaren "
        "av olika partier: ersättarna lästes inte som personliga ersättare."
    ]


def test_rows_of_one_party_stay_personal_ersattare() -> None:
    text = "Ledamöter\n\nErsättare\n\nAnna Ek (S)\n\nOlle Vik (S)\n\nLars Berg (M)\n\nKim Lo (M)\n"
    assert _people(text) == [
        ("Anna Ek", "S", "ledamot", ""),
        ("Olle Vik", "S", "ersättare", "Anna Ek"),
        ("Lars Berg", "M", "ledamot", ""),
        ("Kim Lo", "M", "ersättare", "Lars Berg"),
    ]


def test_a_heading_over_its_own_names_is_no_side_by_side_table() -> None:
    # Each heading over its column: the lists one after the other, as they always were read.
    text = "Ledamöter\nAnna Ek (S)\nLars Berg (M)\nErsättare\nOlle Vik (V)\nKim Lo (KD)\n"
    read = read_members(text)
    assert [(m.name, m.role) for m in read.members] == [
        ("Anna Ek", "ledamot"),
        ("Lars Berg", "ledamot"),
        ("Olle Vik", "ersättare"),
        ("Kim Lo", "ersättare"),
    ]
    assert not read.report.changed and not read.report.warnings


def test_lines_that_are_not_one_person_each_end_the_table() -> None:
    # Two headings, then a run: no cells a line to read row by row; a role after a name is.
    text = "Ledamöter\nErsättare\nAnna Ek (S) ersätter Per Holm (S)\nOlle Vik (V)\n"
    assert not any("sida vid sida" in line.why for line in read_members(text).report.changed)
    text = "Ledamöter\nErsättare\nAnna Ek (S) ordförande\nOlle Vik (V)\nLars Berg (M)\nKim Lo (V)"
    assert [(m.name, m.role) for m in read_members(text).members] == [
        ("Anna Ek", "ordförande"),
        ("Olle Vik", "ersättare"),
        ("Lars Berg", "ledamot"),
        ("Kim Lo", "ersättare"),
    ]


def test_a_name_written_twice_keeps_the_spelling_without_a_stray_capital() -> None:
    read = read_members("Ordförande: Ronny NIlsson (S)\nLedamöter\nRonny Nilsson (S)\nEva Ek (M)")
    assert [m.name for m in read.members] == ["Ronny Nilsson", "Eva Ek"]
    changed = [line.sentence() for line in read.report.changed]
    assert [line for line in changed if re.search("NIlsson", line)]


def test_names_that_do_not_fill_the_rows_evenly_are_read_as_before_with_a_warning() -> None:
    # A row short of a cell: which one, the lines cannot tell (a cell left empty in the table).
    text = (
        "Ledamöter\nErsättare\nAnna Ek (S)\nOlle Vik (S)\nLars Berg (M)\nKim Lo (M)\nEva Lund (C)"
    )
    read = read_members(text)
    assert {m.role for m in read.members} == {"ersättare"}
    assert [line.text for line in read.report.warnings] == [
        "Rubrikerna ”Ledamöter” och ”Ersättare” står på rader efter varandra, som kolumner sida "
        "vid sida, men namnen under dem går inte jämnt upp i raderna: de lästes under den sista "
        "rubriken. Kontrollera vilka som är ledamöter och vilka som är ersättare."
    ]
