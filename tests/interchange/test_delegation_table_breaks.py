"""What a Word delegationsordning, or a PDF turned into one, leaves where a chapter's table
breaks over a page: a line "Fortsättning nästa sida" between the two parts (it was read as a
chapter of its own, the rest of the points moved under it), and the row cut in two, its second
part without a number at the top of the next table; a dash for "nobody" in a role cell; a
point's fields run onto its numbered line."""

from __future__ import annotations

import docx
import pytest
from docx.enum.text import WD_BREAK

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import _table

HEADER = ["Nr", "Ärende", "Delegat", "Ersättare"]
PAGE = object()  # a page break between two parts of the chapter


def _ekonomi(tmp_path, *blocks):
    """A chapter "2 Ekonomi" of tables (lists of rows), lines and page breaks, read."""
    document = docx.Document()
    document.add_heading("2 Ekonomi", 1)
    for block in blocks:
        if block is PAGE:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, str):
            document.add_paragraph(block)
        else:
            _table(document, HEADER, block)
    path = tmp_path / "d.docx"
    document.save(str(path))
    return read_file(path)


@pytest.mark.parametrize(
    "line", ["Fortsättning nästa sida", "(forts.)", "Forts. från föregående sida"]
)
def test_a_line_saying_the_table_goes_on_is_no_chapter(tmp_path, line) -> None:
    version, report = _ekonomi(
        tmp_path,
        [["2.1", "Attest", "Ekonomichef", "Controller"]],
        line,
        PAGE,
        [["2.2", "Avskrivning av fordran", "Ekonomichef", ""]],
    )
    assert [(c.title, p.nr) for c, p in version.all_points()] == [
        ("2 Ekonomi", "2.1"),
        ("2 Ekonomi", "2.2"),
    ]
    assert [(d.text, d.why) for d in report.dropped] == [
        (line, "raden säger bara att tabellen fortsätter")
    ]


@pytest.mark.parametrize(
    ("again", "same"), [("Forts. 2 Ekonomi", True), ("Fortsatt arbete", False)]
)
def test_the_chapters_title_again_with_forts_before_it(tmp_path, again, same) -> None:
    """ "Forts. 2 Ekonomi" over the second part was a sub-heading printed over point 2.2;
    "Fortsatt arbete" is one."""
    version, report = _ekonomi(
        tmp_path,
        [["2.1", "Attest", "Ekonomichef", "Controller"]],
        PAGE,
        [[again], ["2.2", "Avskrivning av fordran", "Ekonomichef", ""]],
    )
    got = [(c.title, p.heading) for c, p in version.all_points()]
    assert got == [("2 Ekonomi", ""), ("2 Ekonomi", "" if same else again)]
    merged = [(m.text, m.why) for m in report.merged]
    assert merged == ([(again, "kapitlets rubrik igen på nästa sida")] if same else [])


def test_a_row_cut_by_the_page_break_goes_on_with_its_point(tmp_path) -> None:
    version, report = _ekonomi(
        tmp_path,
        [["2.2", "Upphandling av varor och tjänster", "Ekonomichef", ""]],
        PAGE,
        [["", "över 5 prisbasbelopp", "", "Kommundirektör"]],
    )
    ((_, point),) = version.all_points()
    assert point.arende == "Upphandling av varor och tjänster över 5 prisbasbelopp"
    assert point.ersattare == ["Kommundirektör"]
    assert [m.why for m in report.merged] == ["fortsättning efter sidbrytning"]


def test_a_dash_in_a_role_cell_is_nobody(tmp_path) -> None:
    """ "–" under Ersättare was a substitute named "–"."""
    version, report = _ekonomi(
        tmp_path,
        [["2.1", "Attest", "Ekonomichef", "–"], ["2.2", "Upphandling", "Ekonomichef", "-"]],
    )
    assert [p.ersattare for _, p in version.all_points()] == [[], []]
    assert [(c.text, c.why) for c in report.changed] == [
        ("–", "streck i Ersättare: ingen angiven"),
        ("-", "streck i Ersättare: ingen angiven"),
    ]


def test_a_numbered_line_with_its_fields_after_the_arende(tmp_path) -> None:
    """ "2.1 Attest av fakturor. Delegat: Ekonomichef" on one line, as a PDF turned into Word
    leaves it: the file was refused as having no points. A numbered line of the introduction
    with a label in it is no point without a Delegat."""
    document = docx.Document()
    document.add_heading("Inledning", 1)
    document.add_paragraph("1. Begrepp. Verkställighet: beslut utan eget övervägande.")
    document.add_heading("2 Ekonomi", 1)
    document.add_paragraph("2.1 Attest av fakturor. Delegat: Ekonomichef")
    document.add_paragraph(
        "2.2 Avskrivning av fordringar. Delegat: Ekonomichef. Ersättare: Controller"
    )
    document.add_paragraph("2.3 Avrop från ramavtal – Delegat: Inköpschef Lagrum: LOU")
    path = tmp_path / "d.docx"
    document.save(str(path))
    version, _ = read_file(path)
    got = [(c.title, p.nr, p.arende, p.delegat, p.ersattare) for c, p in version.all_points()]
    assert got == [
        ("2 Ekonomi", "2.1", "Attest av fakturor", ["Ekonomichef"], []),
        ("2 Ekonomi", "2.2", "Avskrivning av fordringar", ["Ekonomichef"], ["Controller"]),
        ("2 Ekonomi", "2.3", "Avrop från ramavtal", ["Inköpschef"], []),
    ]
    assert version.chapters[-1].points[-1].lagrum == "LOU"
    assert "Verkställighet: beslut utan eget övervägande." in version.intro[0].text
