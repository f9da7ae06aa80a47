"""Export of the delegationsordning as Word, Excel and CSV: each imports back to the same
points (uids aside); the Word file also to the same header, revisions, introduction and
abbreviations, and it is laid out like the seed (tables with repeated header rows)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ksdesk.core.delegation import Version
from ksdesk.core.errors import InvalidInput
from ksdesk.db import delegation_repo
from ksdesk.services import (
    delegation_document,
    delegation_edit,
    delegation_export,
    delegation_import,
)

DRAFT = "reviderad-2020-11-26"


def _points(version: Version) -> list[tuple]:
    return [
        (c.title, p.nr, p.arende, p.lagrum, p.delegat, p.ersattare, p.vidaredelegation,
         p.anmarkning)
        for c, p in version.all_points()
    ]  # fmt: skip


@pytest.fixture
def draft(demo_store) -> Version:
    """The seed's draft, with one point in another kommun's style: a hierarchical number and
    the right to delegate further, so the extra column is exported too."""
    version = delegation_repo.find(demo_store, DRAFT)
    point = version.chapters[0].points[1]
    delegation_edit.update_point(demo_store, version.id, point.uid, "nr", "2.2.1 a)")
    delegation_edit.update_point(demo_store, version.id, point.uid, "vidaredelegation", "Ja")
    return delegation_repo.find(demo_store, DRAFT)


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".csv"])
def test_export_imports_back_to_the_same_points(demo_store, draft, tmp_path, suffix) -> None:
    path = tmp_path / f"delegationsordning{suffix}"
    exported = delegation_export.export_file(demo_store, DRAFT, path)
    assert exported.key == DRAFT
    imported = delegation_import.read_file(path)[0]
    assert len(imported.all_points()) == 97
    assert _points(imported) == _points(draft)


def test_word_export_keeps_the_whole_document(demo_store, draft, tmp_path) -> None:
    path = tmp_path / "delegationsordning.docx"
    delegation_export.export_file(demo_store, DRAFT, path)
    imported = delegation_import.read_file(path)[0]
    assert imported.header == draft.header
    assert imported.revisions == draft.revisions
    assert imported.intro == draft.intro
    assert imported.abbreviations == draft.abbreviations

    document = docx.Document(str(path))
    chapter_tables = [t for t in document.tables if t.rows[1].cells[0].text == "Nr"]
    assert [t.rows[0].cells[0].text for t in chapter_tables] == [c.title for c in draft.chapters]
    first = chapter_tables[0]
    assert [c.text for c in first.rows[1].cells] == [
        "Nr", "Ärende", "Lagrum", "Delegat", "Ersättare", "Med rätt att vidaredelegera",
        "Anmärkning",
    ]  # fmt: skip
    for row in first.rows[:2]:  # chapter row and column header repeat on every page
        assert row._tr.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None
    assert first.rows[2].cells[0].text == "1."  # the seed's "1."
    assert document.core_properties.title == "Kommunstyrelsens delegationsordning"
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert "NUMPAGES" in footer and "Sida" in footer


def test_an_empty_header_field_stays_empty(demo_store, tmp_path) -> None:
    version = delegation_repo.find(demo_store, DRAFT)
    version.header = {"Dokumentnamn": "Delegationsordning"}
    path = tmp_path / "tom.docx"
    from ksdesk.interchange.delegation_docx_export import write_docx

    path.write_bytes(write_docx(version))
    header = delegation_import.read_file(path)[0].header
    assert header["Dokumentnamn"] == "Delegationsordning"
    assert header["Dokumenttyp"] == "" and header["Omfattning"] == ""


def test_an_unknown_format_is_refused_and_nothing_written(demo_store, tmp_path) -> None:
    with pytest.raises(InvalidInput, match=r"Word \(\.docx\), Excel \(\.xlsx\) eller CSV"):
        delegation_export.export_file(demo_store, DRAFT, tmp_path / "d.pdf")
    assert not (tmp_path / "d.pdf").exists()


def test_cli_export(demo_path: Path, tmp_path, capsys) -> None:
    from ksdesk.cli import main

    out = tmp_path / "ks.xlsx"
    code = main(["delegation", "export", "--db", str(demo_path), "--out", str(out)])
    assert code == 0 and out.exists()
    assert "(97 punkter) sparades i" in capsys.readouterr().out
    version_args = ["--version", "gallande-2019-08-20", "--out", str(tmp_path / "g.csv")]
    assert main(["delegation", "export", "--db", str(demo_path), *version_args]) == 0
    assert len(delegation_import.read_file(tmp_path / "g.csv")[0].all_points()) == 92
    assert main(["delegation", "export", "--db", str(demo_path), "--out", "x.txt"]) == 1
    assert "känns inte igen" in capsys.readouterr().err


def test_abbreviations_under_their_heading_come_back_whatever_their_shape(
    demo_store, tmp_path
) -> None:
    from ksdesk.core.delegation import Abbreviation
    from ksdesk.interchange.delegation_docx_export import write_docx

    version = delegation_repo.find(demo_store, DRAFT)
    version.abbreviations.append(
        Abbreviation("EG-förordning", "Europeiska gemenskapens förordning")
    )
    path = tmp_path / "f.docx"
    path.write_bytes(write_docx(version))
    back = delegation_import.read_file(path)[0].abbreviations
    assert (back[-1].short, back[-1].long) == (
        "EG-förordning",
        "Europeiska gemenskapens förordning",
    )


def test_an_ordning_without_numbers_gives_the_nr_width_to_no_column(store, tmp_path) -> None:
    """Without a Nr column, Word's first column is Ärende and gets Ärende's share (it got the
    narrow width meant for Nr), and paper lays out a hand-made draft without numbers too."""
    from docx.shared import Mm

    from ksdesk.core.delegation import Chapter, Point
    from ksdesk.reports.delegation_columns import print_columns
    from ksdesk.reports.fonts import SANS, register_fonts

    point = Point("", "Beslut i brådskande ärenden", lagrum="6 kap. 39 § KL", delegat=["Chef"])
    point.ersattare, point.anmarkning = ["Kanslichef"], "Anmäls"
    version = Version("u", "U", chapters=[Chapter("Allmänt", [point])])
    register_fonts()
    keys = [c.key for c in print_columns(version, 481.9, SANS, 8.5)]
    assert keys == ["arende", "lagrum", "delegat", "ersattare", "anmarkning"]
    data = delegation_export.export_bytes(store, version, ".docx")
    (tmp_path / "u.docx").write_bytes(data)
    table = docx.Document(str(tmp_path / "u.docx")).tables[-1]
    widths = [column.width for column in table.columns]
    assert table.cell(1, 0).text == "Ärende"  # under the chapter title
    assert widths[0] == max(widths) and widths[0] > Mm(40)


# Two parts as a kommun with several nämnder has them, and one as an ordning of one nämnd with
# several areas names it: a title the Word import's rule would not know without the style.
_PARTS = ["Del A Kommunstyrelsen"] * 3 + ["Personalutskottet"] * 2 + [""]


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".csv"])
def test_parts_are_exported_and_import_back(demo_store, draft, tmp_path, suffix) -> None:
    for index, part in enumerate(_PARTS):
        delegation_document.set_chapter_part(demo_store, draft.id, index, part)
    path = tmp_path / f"delegationsordning{suffix}"
    delegation_export.export_file(demo_store, DRAFT, path)
    imported, report = delegation_import.read_file(path)
    assert [(c.title, c.part) for c in imported.chapters] == [
        (c.title, part) for c, part in zip(draft.chapters, _PARTS, strict=True)
    ]
    assert _points(imported) == _points(draft)
    assert [line for line in report.read if "rubrik för kapitel" in line] == [
        "Del A Kommunstyrelsen: rubrik för kapitel 1–3",
        "Personalutskottet: rubrik för kapitel 4–5",
    ]
    assert not report.unknown_columns and not imported.extra_columns


def test_a_part_title_stands_once_above_its_first_chapter_in_word(demo_store, draft, tmp_path):
    for index, part in enumerate(_PARTS):
        delegation_document.set_chapter_part(demo_store, draft.id, index, part)
    path = tmp_path / "delegationsordning.docx"
    delegation_export.export_file(demo_store, DRAFT, path)
    document = docx.Document(str(path))
    order = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows") and len(block.rows) > 1 and block.rows[1].cells[0].text == "Nr":
            order.append(block.rows[0].cells[0].text)
        elif not hasattr(block, "rows") and block.style.name == "Del i delegationsordningen":
            order.append(f"[{block.text}]")
    titles = [c.title for c in draft.chapters]
    # The last chapter is in no part: an empty part heading ends the one before it.
    assert order == [
        "[Del A Kommunstyrelsen]", *titles[:3], "[Personalutskottet]", *titles[3:5], "[]",
        titles[5],
    ]  # fmt: skip


def test_an_empty_field_does_not_take_the_labelled_cell_beside_it(tmp_path) -> None:
    # Härjedalens kommun's delegationsordning (source in write_herjedalen) names only its
    # Dokumentnamn and Diarienummer. Exported to Word, the header grid's row reads
    # "Beslutad | Bör revideras | Beslutsinstans | Diarienummer\nKS 2022/100", and read back
    # Beslutsinstans was "Diarienummer KS 2022/100" and the Diarienummer was lost.
    from ksdesk.interchange.delegation_docx_export import write_docx
    from tests.interchange.real_delegation_documents import write_herjedalen

    write_herjedalen(tmp_path / "herjedalen.docx")
    version = delegation_import.read_file(tmp_path / "herjedalen.docx")[0]
    assert version.header["Diarienummer"] == "KS 2022/100"
    path = tmp_path / "export.docx"
    path.write_bytes(write_docx(version))
    header = delegation_import.read_file(path)[0].header
    assert header["Diarienummer"] == "KS 2022/100"
    assert header["Beslutsinstans"] == ""
