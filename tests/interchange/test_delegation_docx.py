"""A Word export of the seed's delegationsordning, made here with python-docx the way Word
documents really look (a repeated header row, a point broken over a page, chapter titles as
paragraphs, heading rows and inside the header), imports back to the same 97 points. Where
the shape of the file does not matter, ksdesk's own export (services.delegation_export) makes
the file: export → import is then tested end to end."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ksdesk.core.delegation import HEADER_FIELDS, Version
from ksdesk.core.errors import InvalidInput
from ksdesk.db import delegation_repo
from ksdesk.interchange.delegation_docx import read_docx
from ksdesk.services.delegation_import import import_file

COLUMNS = ["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare", "Anmärkning"]


def _row(table, cells: list[str]) -> None:
    row = table.add_row()
    for cell, text in zip(row.cells, cells, strict=True):
        lines = text.split("\n")
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def _repeat_header(row) -> None:
    # Word's "Upprepa som rubrikrad": in the file the row is there once and flagged; python-docx
    # and PDF converters often give it again on each page, which is what we also add below.
    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def _cells(point) -> list[str]:
    return [
        f"{point.nr}.",
        point.arende,
        point.lagrum,
        "\n".join(point.delegat),
        "\n".join(point.ersattare),
        point.anmarkning,
    ]


def write_docx(version: Version, path: Path) -> None:
    document = docx.Document()
    document.add_heading(version.header["Dokumentnamn"], level=0)
    header = document.add_table(rows=0, cols=2)
    for name in HEADER_FIELDS:
        _row(header, [name, version.header.get(name, "")])
    revisions = document.add_table(rows=0, cols=3)
    _row(revisions, ["Revideringar", "Vad revideringen avsett", "Diarienummer vid revidering"])
    for rev in version.revisions:
        _row(revisions, [rev.beslut, rev.text, rev.dnr])
    for section in version.intro:
        document.add_heading(section.heading, level=1)
        for para in section.text.split("\n\n"):
            for line in para.split("\n"):
                if line.startswith("- "):
                    document.add_paragraph(line[2:], style="List Bullet")
                else:
                    document.add_paragraph(line)
    for index, chapter in enumerate(version.chapters):
        plain_chapter = chapter.title not in ("Livsmedel/kost", "Mark- och planering")
        if plain_chapter and index % 2 == 0:
            document.add_paragraph(chapter.title, style="Heading 2")
        table = document.add_table(rows=0, cols=6)
        if chapter.title == "Livsmedel/kost":
            _row(table, ["Nr", "Livsmedel/kost", *COLUMNS[2:]])  # title in the Ärende header
        elif chapter.title == "Mark- och planering":
            _row(table, ["Nr", "Mark- och planering Ärende", *COLUMNS[2:]])
        else:
            if index % 2:  # a merged heading row above the column header
                title_row = table.add_row()
                title_row.cells[0].merge(title_row.cells[-1]).text = chapter.title
            _row(table, COLUMNS)
            _repeat_header(table.rows[-1])
        for i, point in enumerate(chapter.points):
            cells = _cells(point)
            if point.nr == "58":  # the seed's page break inside point 58's Anmärkning
                _row(table, [*cells[:5], "I samråd med KS presidium vid längre"])
                _row(table, ["", "", "", "", "", "tidsbegränsad anställning eller tillförordnande"])
            elif point.nr == "5":  # a role cut in two by the page break
                ersattare = cells[4].split("\n")
                first, rest = ersattare[0].split(" eller ", 1)
                _row(table, [*cells[:4], f"{first} eller", cells[5]])
                _row(table, ["", "", "", "", "\n".join([rest, *ersattare[1:]]), ""])
            else:
                _row(table, cells)
            if i == 4 and len(chapter.points) > 8:  # the header again on the next page
                if index % 2:
                    title_row = table.add_row()
                    title_row.cells[0].merge(title_row.cells[-1]).text = chapter.title
                _row(table, COLUMNS)
    for abbr in version.abbreviations:
        document.add_paragraph(f"{abbr.short}= {abbr.long}")
    document.save(str(path))


@pytest.fixture
def seed_version(demo_store) -> Version:
    return delegation_repo.find(demo_store, "reviderad-2020-11-26")


def _fields(version: Version) -> list[tuple]:
    return [
        (c.title, p.nr, p.arende, p.lagrum, p.delegat, p.ersattare, p.anmarkning)
        for c, p in version.all_points()
    ]


def test_docx_export_imports_back_to_the_same_97_points(seed_version, tmp_path) -> None:
    path = tmp_path / "delegationsordning.docx"
    write_docx(seed_version, path)
    imported = read_docx(path)
    assert len(imported.all_points()) == 97
    assert [c.title for c in imported.chapters] == [c.title for c in seed_version.chapters]
    assert _fields(imported) == _fields(seed_version)
    assert [(a.short, a.long) for a in imported.abbreviations] == [
        (a.short, a.long) for a in seed_version.abbreviations
    ]
    assert [(r.beslut, r.dnr) for r in imported.revisions] == [
        (r.beslut, r.dnr) for r in seed_version.revisions
    ]
    assert imported.header["Diarienummer"] == "KS 2018/135"
    assert [s.heading for s in imported.intro] == [s.heading for s in seed_version.intro]
    assert imported.intro[0].text == seed_version.intro[0].text


def test_import_saves_a_new_draft_and_refuses_a_taken_name(demo_store, seed_version, tmp_path):
    from ksdesk.services.delegation_export import export_file

    path = tmp_path / "fran-word.docx"
    export_file(demo_store, seed_version.key, path)  # the real exporter
    version, _report = import_file(demo_store, path, "Från Word")
    assert version.status == "utkast"
    stored = delegation_repo.find(demo_store, "Från Word")
    assert len(stored.all_points()) == 97
    assert _fields(stored) == _fields(seed_version)
    assert stored.header == seed_version.header
    with pytest.raises(InvalidInput, match="finns redan"):
        import_file(demo_store, path, "Från Word")


def test_a_document_without_delegation_table_is_refused(tmp_path, demo_store) -> None:
    path = tmp_path / "brev.docx"
    document = docx.Document()
    document.add_paragraph("Hej!")
    document.save(str(path))
    before = len(delegation_repo.list_versions(demo_store))
    with pytest.raises(InvalidInput, match="ingen tabell med delegationspunkter"):
        import_file(demo_store, path)
    assert len(delegation_repo.list_versions(demo_store)) == before


def test_not_a_word_file_is_a_swedish_error(tmp_path, demo_store) -> None:
    path = tmp_path / "trasig.docx"
    path.write_text("inte en docx")
    with pytest.raises(InvalidInput, match="Word-dokument"):
        import_file(demo_store, path)


def test_an_imported_version_is_matched_by_text_not_by_number(demo_store, seed_version, tmp_path):
    from ksdesk.services import delegation

    path = tmp_path / "fran-word.docx"
    write_docx(seed_version, path)
    imported, _report = import_file(demo_store, path, "Från Word")
    comparison = delegation.diff(demo_store, seed_version.key, imported.key)
    assert not comparison.added and not comparison.removed and not comparison.changed
    assert {m.matched_by for m in comparison.matched} == {"text"}  # new uids: text decided
    # The Livsmedel/kost points 83–88 met their own text, not the personnel points 83–88.
    livs = [m for m in comparison.matched if m.new_chapter == "Livsmedel/kost"]
    assert all(m.old_chapter == "Livsmedel/kost" for m in livs)


def test_cli_export_then_import(demo_path, tmp_path, capsys) -> None:
    from ksdesk.cli import main

    path = tmp_path / "ny.docx"
    db = ["--db", str(demo_path)]
    assert (
        main(["delegation", "export", *db, "--version", "reviderad-2020-11-26", "--out", str(path)])
        == 0
    )
    assert main(["delegation", "import", "--db", str(demo_path), str(path), "--version", "Ny"]) == 0
    assert "Importerade 97 punkter i 6 kapitel" in capsys.readouterr().out
    assert main(["delegation", "import", "--db", str(demo_path), str(path), "--version", "Ny"]) == 1
    assert "finns redan" in capsys.readouterr().err


def test_header_fields_written_without_a_colon_go_into_the_header(tmp_path: Path) -> None:
    """Real ordningar often write "Beslutad av kommunfullmäktige 2019-03-19, § 73" and
    "Gäller från 2019-04-01" as plain lines: they are the header, not the introduction; a
    sentence that starts like a field stays in the introduction."""
    document = docx.Document()
    document.add_paragraph("Delegationsordning för kommunstyrelsen", style="Title")
    for line in (
        "Beslutad av kommunfullmäktige 2019-03-19, § 73",
        "Gäller från 2019-04-01",
        "Ansvarig förvaltning Kommunledningsförvaltningen",
        "Senast reviderad av kommunstyrelsen den 28 januari 2021, § 21",
        "Ansvarig förvaltning för varje beslut är den som handlägger ärendet.",
    ):
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Nr", "Ärende", "Delegat"), strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("1.1", "Attest", "Ekonomichef"), strict=True):
        cell.text = text
    path = tmp_path / "o.docx"
    document.save(str(path))
    version = read_docx(path)
    assert version.header == {
        "Dokumentnamn": "Delegationsordning för kommunstyrelsen",
        "Beslutsinstans": "Kommunfullmäktige",
        "Beslutad": "2019-03-19, § 73",
        "Giltigt från": "2019-04-01",
        "Ansvarig förvaltning": "Kommunledningsförvaltningen",
        "Senast reviderad": "kommunstyrelsen den 28 januari 2021, § 21",
    }
    assert [s.text for s in version.intro] == [
        "Ansvarig förvaltning för varje beslut är den som handlägger ärendet."
    ]
