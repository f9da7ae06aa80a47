"""The import report of a Word or PDF ärendelista names each row where the secretary finds it
in the document ("Tabell 1, rad 3", "Stycke 2", "Sida 2, rad 5"), not "Rad 7" of the text the
document was read as, which no one can see."""

from __future__ import annotations

import docx
import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.agenda_import import read_agenda
from tests.interchange.real_agenda_groups import saved


def _kallelse(rows: list[tuple[str, ...]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("KALLELSE")
    document.add_paragraph("Kommunstyrelsen kallas till sammanträde tisdag 19 januari 2027.")
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    return saved(document)


def test_a_word_tables_rows_are_named_by_table_and_row() -> None:
    data = _kallelse(
        [
            ("Nr", "Ärende", "Dnr", "Anteckning"),
            ("1", "Val av justerare", "", ""),
            ("2", "Budget 2027", "KS 2026/1", "Ring Eva"),
        ]
    )
    report = read_agenda(data, "kallelse.docx").report
    dropped = {line.text: line.where for line in report.dropped}
    assert dropped["KALLELSE"] == "Stycke 1"
    assert dropped["Kommunstyrelsen kallas till sammanträde tisdag 19 januari 2027."] == "Stycke 2"
    assert dropped["Ring Eva"] == "Tabell 1, rad 3"
    assert not any(
        line.where.startswith("Rad ") for _, lines in report.sections() for line in lines
    )


def test_a_word_refusal_names_the_table_row() -> None:
    data = _kallelse([("Nr", "Ärende"), ("1", "Val av justerare"), ("x", "Budget")])
    with pytest.raises(InvalidInput, match=r"^kallelse\.docx, tabell 1, rad 3, kolumn Nr"):
        read_agenda(data, "kallelse.docx")


def test_rename_rows_names_only_the_rows_it_has_places_for() -> None:
    report = ImportReport("dagordning", "k.pdf")
    report.drop("Rad 2", "Eva Ek", "i kolumnen ”Anm”")
    report.warn("Rad 9", "Budget", "saknar Dnr")
    report.change("Filen", "ingen rubrikrad", "läses som en lista")
    report.rename_rows(["Sida 1, rad 1", "Sida 1, rad 4"])
    assert [line.where for line in report.dropped + report.warnings + report.changed] == [
        "Sida 1, rad 4",
        "Rad 9",
        "Filen",
    ]


def test_a_text_file_keeps_its_line_numbers() -> None:
    read = read_agenda("Nr;Ärende;Anm\n1;Val av justerare;Eva\n".encode(), "lista.csv")
    assert [line.where for line in read.report.dropped] == ["Rad 2"]


def test_a_word_kallelses_table_under_many_paragraphs_is_found() -> None:
    """The rubrikrad was looked for in the first six rows only: a kallelse's heading, time,
    place and greeting above its table made it "kolumnen Ärende saknas"."""
    document = docx.Document()
    for text in ("KALLELSE", "Kommunstyrelsen", "Tid: tisdag 19 januari 2027 kl. 13.00"):
        document.add_paragraph(text)
    for text in ("Plats: Kommunhuset", "Ledamöter", "Eva Ek", "Lars Berg", "Ärenden"):
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=3)
    for row in (("Nr", "Ärende", "Dnr"), ("1", "Val av justerare", ""), ("2", "Budget", "KS 1")):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    read = read_agenda(saved(document), "kallelse.docx")
    assert [(i.title, i.dnr) for i in read.items] == [("Val av justerare", ""), ("Budget", "KS 1")]
    assert ("Stycke 8", "Ärenden") in [(line.where, line.text) for line in read.report.dropped]
