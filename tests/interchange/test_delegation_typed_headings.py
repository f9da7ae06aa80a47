"""Headings typed by hand in a Word delegationsordning: a short bold line in the Normal style,
or a bold row merged across the table over its header, where another kommun has a Word
heading. Read as the heading would be: a chapter where it reads like one ("3
Personalärenden", "B.3 - Socialtjänstlagen, SoL", "Ekonomi" over a table), a sub-heading a
level below the chapter, a group of the abbreviation list; the bold first cell of an ordinary
point stays a point."""

from __future__ import annotations

from pathlib import Path

import docx

from ksdesk.core.delegation import Version
from ksdesk.core.import_report import ImportReport
from ksdesk.services.delegation_import import read_file

HEADER = ["Nr", "Ärende", "Delegat", "Anmärkning"]


def _bold_line(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def _table(document, rows: list[list[str]], bold_first: bool = False) -> None:
    """A point table; a row of one text is merged across it, bold."""
    table = document.add_table(rows=0, cols=len(HEADER))
    for texts in rows:
        cells = table.add_row().cells
        if len(texts) == 1:
            cells[0].merge(cells[-1]).paragraphs[0].add_run(texts[0]).bold = True
            continue
        for number, (cell, text) in enumerate(zip(cells, texts, strict=True)):
            cell.paragraphs[0].add_run(text).bold = bold_first and number == 0


def _read(document, tmp_path: Path) -> tuple[Version, ImportReport]:
    path = tmp_path / "ordning.docx"
    document.save(str(path))
    return read_file(path)


def _points(version: Version) -> list[tuple[str, str, str]]:
    return [(c.title, p.heading, p.nr) for c, p in version.all_points()]


def test_a_bold_line_over_a_table_is_its_chapter_and_frames_it(tmp_path: Path) -> None:
    """A bold line where a Word heading would stand: the chapter, not an intro paragraph; a
    merged row under it over the header is a sub-heading of that chapter."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning för nämnden", style="Title")
    document.add_paragraph("Nämnden delegerar enligt följande.")
    _bold_line(document, "Ekonomi")
    _table(
        document,
        [
            ["Ekonomisk förvaltning"],
            HEADER,
            ["1.1", "Omfördelning av medel", "Förvaltningschef", ""],
        ],
    )
    _bold_line(document, "3 Personalärenden")
    _table(document, [HEADER, ["3.1", "Anställning av personal", "Förvaltningschef", ""]])
    version, report = _read(document, tmp_path)
    assert _points(version) == [
        ("Ekonomi", "Ekonomisk förvaltning", "1.1"),
        ("3 Personalärenden", "", "3.1"),
    ]
    assert [(s.heading, s.text) for s in version.intro] == [
        ("", "Nämnden delegerar enligt följande.")
    ]
    assert not report.dropped


def test_a_bold_row_over_a_later_table_reads_as_over_the_first(tmp_path: Path) -> None:
    """Chapters as Word headings, each law's heading typed as a bold merged row over its
    table: a sub-heading of the chapter on every table, not only the first; a bold row
    numbered with a dash ("B.3 - Socialtjänstlagen, SoL") is a chapter of its own."""
    document = docx.Document()
    document.add_heading("Allmänna ärenden", 1)
    _table(
        document,
        [["Tryckfrihetsförordningen"], HEADER, ["1.1", "Vägra lämna ut handling", "Chef", ""]],
    )
    _table(
        document,
        [["Förvaltningslagen"], HEADER, ["1.2", "Avvisa för sent överklagande", "Chef", ""]],
    )
    document.add_heading("Personalärenden", 1)
    _table(document, [["Anställningen"], HEADER, ["2.1", "Anställning", "Chef", ""]])
    _table(
        document,
        [["B.3 - Socialtjänstlagen, SoL"], HEADER, ["B.3.1", "Bistånd i hemtjänst", "Chef", ""]],
    )
    version, _ = _read(document, tmp_path)
    assert _points(version) == [
        ("Allmänna ärenden", "Tryckfrihetsförordningen", "1.1"),
        ("Allmänna ärenden", "Förvaltningslagen", "1.2"),
        ("Personalärenden", "Anställningen", "2.1"),
        ("B.3 - Socialtjänstlagen, SoL", "", "B.3.1"),
    ]


def test_bold_lines_in_the_abbreviation_list_are_its_groups(tmp_path: Path) -> None:
    """Under a heading "Förkortningar", a bold line over more abbreviations names a group
    (said in the report, not an intro section); a bold line over a point table is the next
    chapter's heading."""
    document = docx.Document()
    document.add_heading("Förkortningar", 1)
    for group, pairs in (("Avdelningar", [("AC", "Avdelningschef")]), ("Lagar", [("KL", "K")])):
        _bold_line(document, group)
        table = document.add_table(rows=0, cols=2)
        for short, long in pairs:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = short, long
    document.add_paragraph("FL = Förvaltningslagen")
    _bold_line(document, "A Allmänna ärenden")
    _table(document, [HEADER, ["A 1", "Brådskande ärenden", "AC", ""]])
    version, report = _read(document, tmp_path)
    assert [a.short for a in version.abbreviations] == ["AC", "KL", "FL"]
    assert version.intro == []
    assert _points(version) == [("A Allmänna ärenden", "", "A 1")]
    groups = [line.text for line in report.changed if "grupp i förkortningslistan" in line.why]
    assert groups == ["Avdelningar", "Lagar"]


def test_the_bold_first_cell_of_an_ordinary_point_stays_a_point(tmp_path: Path) -> None:
    """Chapters as bold lines and every Nr bold: the bold lines are the chapters, the rows
    under them points."""
    document = docx.Document()
    _bold_line(document, "Ekonomi")
    _table(
        document,
        [
            HEADER,
            ["1.1", "Omfördelning av medel", "Förvaltningschef", ""],
            ["1.2", "Attest", "Ekonomichef", "Enligt reglementet"],
        ],
        bold_first=True,
    )
    _bold_line(document, "Personal")
    _table(
        document,
        [HEADER, ["2.1", "Anställning", "Chef", ""], ["2.2", "Uppsägning", "Chef", ""]],
        bold_first=True,
    )
    version, _ = _read(document, tmp_path)
    assert _points(version) == [
        ("Ekonomi", "", "1.1"),
        ("Ekonomi", "", "1.2"),
        ("Personal", "", "2.1"),
        ("Personal", "", "2.2"),
    ]
