"""An ärendelista in Word: last meeting's kallelse, its table (Nr, Ärende, Dnr) under the
kallelse's heading, or a numbered list with the Dnr set off by tabs. Refused before with a
message about Excel cells ("en cell har mer än 32 767 tecken"), since a .docx is a zip as a
workbook is. It is read as the text Word saves it as, through the same reading as a list
saved as text: every real list of the test data reads the same from Word as from its file."""

from __future__ import annotations

import io
import shlex
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ksdesk.cli import main
from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agenda_groups import ALL_AGENDAS, as_word, saved
from tests.interchange.real_agendas import RealAgenda


def _fields(agenda_import) -> list[tuple]:
    return [
        (n, i.title, i.dnr, i.is_section, i.time_slot, i.presenter, i.secret)
        for n, i in zip(agenda_import.numbers, agenda_import.items, strict=True)
    ]


@pytest.mark.parametrize("agenda", ALL_AGENDAS, ids=lambda a: a.name)
def test_every_real_list_reads_the_same_from_word(agenda: RealAgenda) -> None:
    expected = [
        (e.nr, e.title, e.dnr, e.section, e.time_slot, e.presenter, e.secret)
        for e in agenda.expected
    ]
    assert _fields(read_agenda(as_word(agenda), f"{agenda.name}.docx")) == expected


def test_a_numbered_list_with_the_dnr_after_tabs() -> None:
    """Word's own numbering (the number is no text of the paragraph) and the Dnr set off by
    tabs, under the kallelse's lines and above its greeting: the lines before and after the
    list are reported, not read."""
    document = docx.Document()
    document.add_paragraph("KALLELSE")
    document.add_paragraph("Kommunstyrelsen kallas till sammanträde tisdag 19 januari 2027.")
    for text in (
        "Val av justerare",
        "Budgetuppföljning per november 2026\tKS 2026/412",
        "Försäljning av fastigheten Åmål Ugglan 4\t\tKS 2026/377",
        "Meddelanden",
    ):
        document.add_paragraph(text, style="List Number")
    document.add_paragraph("Välkomna!")
    read = read_agenda(saved(document), "kallelse.docx")
    assert [(n, i.title, i.dnr) for n, i in zip(read.numbers, read.items, strict=True)] == [
        (1, "Val av justerare", ""),
        (2, "Budgetuppföljning per november 2026", "KS 2026/412"),
        (3, "Försäljning av fastigheten Åmål Ugglan 4", "KS 2026/377"),
        (4, "Meddelanden", ""),
    ]
    dropped = [line.text for line in read.report.dropped]
    assert "KALLELSE" in dropped and "Välkomna!" in dropped


def test_tab_columns_under_a_rubrikrad_of_tabs() -> None:
    document = docx.Document()
    for text in ("Nr\tÄrende\tDnr", "1\tVal av justerare\t", "2\tBudget 2027\tKS 2026/1"):
        document.add_paragraph(text)
    read = read_agenda(saved(document), "lista.docx")
    assert [(n, i.title, i.dnr) for n, i in zip(read.numbers, read.items, strict=True)] == [
        (1, "Val av justerare", ""),
        (2, "Budget 2027", "KS 2026/1"),
    ]


def test_a_table_with_a_merged_heading_row_and_a_presenter_line() -> None:
    document = docx.Document()
    table = document.add_table(rows=0, cols=3)
    for row in (
        ("Nr", "Ärende", "Dnr"),
        ("1", "Val av justerare", ""),
        ("", "", ""),
        ("2", "Budget 2027", "KS 2026/1"),
    ):
        cells = table.add_row().cells
        for index, text in enumerate(row):
            cells[index].text = text
    merged = table.rows[2].cells[0].merge(table.rows[2].cells[2])
    merged.text = "Beslutsärenden"
    table.rows[3].cells[1].add_paragraph("Föredragande: Anna Berg, ekonomichef")
    read = read_agenda(saved(document), "tabell.docx")
    assert [
        (n, i.title, i.dnr, i.presenter, i.is_section)
        for n, i in zip(read.numbers, read.items, strict=True)
    ] == [
        (1, "Val av justerare", "", "", False),
        (None, "Beslutsärenden", "", "", True),
        (2, "Budget 2027", "KS 2026/1", "Anna Berg, ekonomichef", False),
    ]


def _kallelse_table(document, rows) -> None:
    table = document.add_table(rows=0, cols=3)
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def test_the_kallelses_closing_paragraphs_after_its_table_are_no_arenden() -> None:
    """ "Välkomna!", the ordförande's name and title, where to send förhinder: under the
    list's table they became three rubrikrader and an ärende."""
    document = docx.Document()
    document.add_paragraph("KALLELSE")
    _kallelse_table(
        document,
        [("Nr", "Ärende", "Dnr"), ("1", "Val av justerare", ""), ("2", "Budget 2022", "KS 21/12")],
    )
    for text in ("Välkomna!", "Anna Andersson", "Ordförande", "Förhinder anmäls till kansliet."):
        document.add_paragraph(text)
    read = read_agenda(saved(document), "kallelse.docx")
    assert [(n, i.title, i.is_section) for n, i in zip(read.numbers, read.items, strict=True)] == [
        (1, "Val av justerare", False),
        (2, "Budget 2022", False),
    ]
    dropped = [(line.where, line.text) for line in read.report.dropped]
    assert dropped == [
        ("Stycke 1", "KALLELSE"),
        ("Stycke 2", "Välkomna!"),
        ("Stycke 3", "Anna Andersson"),
        ("Stycke 4", "Ordförande"),
        ("Stycke 5", "Förhinder anmäls till kansliet."),
    ]
    assert all("dokumentets avslutning" in line.why for line in read.report.dropped[1:])


def test_a_numbered_paragraph_after_the_table_goes_on_with_the_list() -> None:
    document = docx.Document()
    _kallelse_table(document, [("Nr", "Ärende", "Dnr"), ("1", "Val av justerare", "")])
    document.add_paragraph("Informationsärenden")
    document.add_paragraph("2. Information från kommundirektören")
    read = read_agenda(saved(document), "kallelse.docx")
    assert read.items[-1].title.endswith("Information från kommundirektören")  # not left out
    assert not any("avslutning" in line.why for line in read.report.dropped)


def test_a_numbered_paragraph_after_the_table_keeps_its_number_as_the_nr() -> None:
    """ "12. Övriga frågor" under the table was read as a heading titled "12. Övriga frågor"
    and the greeting after it as another heading; the paragraph's tabs part its Dnr."""
    document = docx.Document()
    _kallelse_table(
        document, [("Nr", "Ärende", "Dnr"), ("1", "Val av justerare", ""), ("11", "Budget", "")]
    )
    for text in ("Informationsärenden", "12. Övriga frågor", "13.\tMeddelanden\tKS 2021/9"):
        document.add_paragraph(text)
    document.add_paragraph("Välkomna!")
    read = read_agenda(saved(document), "kallelse.docx")
    got = [(n, i.title, i.dnr, i.is_section) for n, i in zip(read.numbers, read.items, strict=True)]
    assert got[2:] == [
        (None, "Informationsärenden", "", True),
        (12, "Övriga frågor", "", False),
        (13, "Meddelanden", "KS 2021/9", False),
    ]
    assert [(line.where, line.text) for line in read.report.dropped] == [("Stycke 4", "Välkomna!")]


def test_a_heading_row_merged_across_a_spreadsheet_is_a_heading() -> None:
    """Excel keeps a merged cell's text in its first column: the Nr. It was refused
    ("ärendet saknar rubrik")."""
    text = "Nr;Ärende;Dnr\n1;Val av justerare;\nBeslutsärenden;;\n2;Budget 2027;KS 2026/1\n"
    read = read_agenda(text.encode(), "lista.csv")
    assert [(n, i.title, i.is_section) for n, i in zip(read.numbers, read.items, strict=True)] == [
        (1, "Val av justerare", False),
        (None, "Beslutsärenden", True),
        (2, "Budget 2027", False),
    ]


def test_a_tracked_deletion_is_reported_and_not_read() -> None:
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for row in (("Nr", "Ärende"), ("1", "Val av justerare"), ("2", "Budget 2027")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = row
    cell = table.rows[2].cells[1]
    paragraph = cell.paragraphs[0]
    run = paragraph.runs[0]._r
    deleted = OxmlElement("w:del")
    deleted.set(qn("w:id"), "1")
    deleted.set(qn("w:author"), "Sekreteraren")
    paragraph._p.remove(run)
    deleted.append(run)
    paragraph._p.append(deleted)
    for text in run.iter(qn("w:t")):
        text.tag = qn("w:delText")
    cell.add_paragraph("Budget 2028")
    read = read_agenda(saved(document), "spårad.docx")
    assert [i.title for i in read.items] == ["Val av justerare", "Budget 2028"]
    assert [(line.where, line.text) for line in read.report.dropped] == [
        ("Spårad ändring", "Budget 2027")
    ]


def test_a_damaged_word_file_is_refused_in_swedish() -> None:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("word/document.xml", "<inte xml")
    with pytest.raises(InvalidInput, match="kan inte läsas som ett Word-dokument"):
        read_agenda(out.getvalue(), "trasig.docx")


def test_the_command_line_imports_a_word_list(store, tmp_path: Path, capsys) -> None:
    from datetime import date, time

    from ksdesk.services import meetings

    meetings.create_meeting(store, "Kommunstyrelsen", date(2027, 1, 19), time(13, 15))
    db = store.path
    store.close()
    document = docx.Document()
    for text in ("Budget 2027\tKS 2026/1", "Taxor 2027\tKS 2026/2"):
        document.add_paragraph(text, style="List Number")
    path = tmp_path / "kallelse.docx"
    path.write_bytes(saved(document))
    command = f"agenda import --db {db} --meeting 2027-01-19 {path}"
    assert main(shlex.split(command)) == 0
    out = capsys.readouterr().out
    assert "Läste in 2 ärenden" in out
