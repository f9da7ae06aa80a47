"""Delegationsordningar in the shapes other kommuner's Word and Excel files take: every point
right, and every word either imported or named in the import report."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from openpyxl import Workbook

from ksdesk.core.delegation import Version
from ksdesk.core.import_report import ImportReport
from ksdesk.services.delegation_import import import_file, read_file
from tests.interchange.delegation_documents import (
    ABBREVIATIONS,
    EXPECTED,
    actual,
    running_header,
    write_testby_document,
)
from tests.interchange.delegation_rounds import version_words, words


@pytest.fixture(scope="module")
def testby(tmp_path_factory) -> tuple[Path, Version, ImportReport]:
    path = tmp_path_factory.mktemp("testby") / "delegering.docx"
    write_testby_document(path)
    version, report = read_file(path)
    return path, version, report


def test_every_point_of_the_testby_document_comes_out_right(testby) -> None:
    _, version, _ = testby
    assert [actual(c, p) for c, p in version.all_points()] == EXPECTED


def test_chapters_come_from_title_rows_in_any_cell_not_from_running_headers(testby) -> None:
    _, version, _ = testby
    assert [(c.title, c.subtitle) for c in version.chapters] == [
        ("2.1 Allmänna ärenden", ""),
        ("2.2 Ekonomi och inköp", ""),
        ("2.3 Styrelsen som arbetsgivare", "Kommunövergripande personalärenden"),
        ("2.6 Lokaler och fastigheter", ""),
    ]


def test_header_abbreviations_columns_and_intro(testby) -> None:
    _, version, _ = testby
    assert version.header == {
        "Dokumentnamn": "Delegering av beslutanderätt för kommunstyrelsen",
        "Beslutsinstans": "Kommunstyrelsen 2022-03-14 § 45",
        "Giltigt från": "2022-04-01",
        "Diarienummer": "KS 2022/77",
        "Ansvarig förvaltning": "Kommunledningsförvaltningen",
    }
    assert [a.short for a in version.abbreviations] == ABBREVIATIONS
    assert version.abbreviations[1].long == "Offentlighets- och sekretesslag (2009:400)"
    assert version.column_headings["arende"] == "Delegeringens omfattning"
    assert version.column_headings["delegat"] == "Delegerat till"
    assert version.extra_columns == ["Beslutsnivå"]
    assert [s.heading for s in version.intro] == ["1 Inledning"]


def test_the_report_names_what_was_merged_dropped_and_unknown(testby) -> None:
    _, _, report = testby
    merged = {line.where: line for line in report.merged}
    assert merged["Punkt 2.1.12"].text.startswith("med utlämnande till enskild")
    assert "sidbrytning" in merged["Punkt 2.2.4"].why
    running = [line for line in report.dropped if line.where == "Sidhuvud eller sidfot"]
    assert len(running) == 1 and "8 gånger" in running[0].why
    assert [line.text for line in report.unknown_columns] == ["Beslutsnivå"]
    changed = " ".join(line.sentence() for line in report.changed)
    assert "vidareelegera" in changed and "stadsbyggnads-kontoret" in changed
    assert "Vid förfall för ordföranden" in changed
    assert report.read[:2] == [
        "2 Delegeringar: rubrik för kapitel 2.1–2.6",
        "15 punkter i 4 kapitel",
    ]


def _document_words(path: Path) -> set[str]:
    document = docx.Document(str(path))
    found: set[str] = set()
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            for row in block.rows:
                for cell in row.cells:
                    found |= words(cell.text)
        elif block.text.strip() != " ".join(running_header(0).split()):
            found |= words(block.text)
    return found


def test_no_word_disappears_without_a_line_in_the_report(testby) -> None:
    path, version, report = testby
    reported = words(json.dumps(report.as_json(), ensure_ascii=False))
    # Our own column names, the change mark and the words joined at a hyphen are accounted for.
    known = words("Nr Med rätt att vidareelegera NY stadsbyggnads kontoret ärende")
    missing = _document_words(path) - version_words(version) - reported - known
    assert not missing


def test_saved_draft_keeps_every_structure_and_json_report(demo_path, testby, capsys) -> None:
    from ksdesk.cli import main

    path, _, _ = testby
    code = main(["delegation", "import", "--db", str(demo_path), str(path), "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["saved"] is True and data["kind"] == "delegationsordning"
    assert set(data) >= {"read", "merged", "dropped", "unknown_columns", "changed", "warnings"}
    assert data["unknown_columns"][0]["text"] == "Beslutsnivå"
    code = main(["delegation", "list", "--db", str(demo_path), "--version", "delegering", "--json"])
    listed = json.loads(capsys.readouterr().out)
    points = {p["nr"]: p for c in listed["chapters"] for p in c["points"]}
    assert points["2.3.2"]["heading"] == "Anställa"
    assert points["2.3.2"]["extra"] == {"Beslutsnivå": "Utskott"}
    assert points["2.2.2"]["marked"] == "ny"
    assert listed["chapters"][2]["subtitle"] == "Kommunövergripande personalärenden"


def test_dry_run_saves_nothing(demo_store, testby) -> None:
    from ksdesk.db import delegation_repo

    path, _, _ = testby
    before = delegation_repo.list_versions(demo_store)
    version, report = import_file(demo_store, path, "Prov", dry_run=True)
    assert len(version.all_points()) == 15 and not report.saved
    assert delegation_repo.list_versions(demo_store) == before


def test_xlsx_with_typos_unknown_column_sub_headings_and_control_characters(tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Punkt", "Ärende", "Lagstöd", "Delegaat", "Anmärknig", "Intern kommentar"])
    sheet.append([None, "1 Allmänt", None, None, None, None])
    sheet.append(["1.1", "Yttra_x0007_nde i remiss", "KL", "Ordf.", None, "se rutin"])
    sheet.append([None, "Anställa", None, None, None, None])
    sheet.append(["1.2", "Anställa chef", None, "Kommundirektör; HR-chef", None, None])
    sheet.append([None, None, None, None, "gäller tills vidare", None])
    path = tmp_path / "ordning.xlsx"
    book.save(path)
    version, report = read_file(path)
    (chapter,) = version.chapters
    assert chapter.title == "1 Allmänt"
    first, second = chapter.points
    assert (first.arende, first.lagrum, first.delegat) == ("Yttrande i remiss", "KL", ["Ordf."])
    assert first.extra == {"Intern kommentar": "se rutin"}
    assert (second.heading, second.delegat) == ("Anställa", ["Kommundirektör", "HR-chef"])
    assert second.anmarkning == "gäller tills vidare"
    assert [line.text for line in report.unknown_columns] == ["Intern kommentar"]
    assert any("styrtecken" in line.text for line in report.changed)
    assert len([line for line in report.changed if "nära stavning" in line.why]) == 2


def test_csv_in_utf16_with_a_header_that_repeats(tmp_path) -> None:
    text = (
        "Nr;Ärende;Delegat\n"
        "1;Avvisa överklagande;Kommunsekreterare\n"
        "Nr;Ärende;Delegat\n"
        "2;Lämna ut handling;Registrator\n"
    )
    path = tmp_path / "ordning.csv"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    version, report = read_file(path)
    assert [p.nr for _, p in version.all_points()] == ["1", "2"]
    assert not report.dropped


def test_another_kommuns_shape_imports_every_point_right(tmp_path) -> None:
    from tests.interchange.delegation_documents import (
        EXEMPELVIK,
        short,
        write_exempelvik_document,
    )

    path = tmp_path / "exempelvik.docx"
    write_exempelvik_document(path)
    version, report = read_file(path)
    assert [short(c, p) for c, p in version.all_points()] == EXEMPELVIK
    assert version.header["Diarienummer"] == "KS 2021/5"
    assert [a.short for a in version.abbreviations] == ["KL", "FL", "KSO", "KD"]
    assert version.column_headings["delegat"] == "Beslutsfattare"
    (running,) = [line for line in report.dropped if line.where == "Sidhuvud eller sidfot"]
    assert "3 gånger" in running.why
    assert [line.where for line in report.merged] == ["Punkt 1.2"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".docx"])
def test_an_imported_ordning_exports_and_reads_back_whole(demo_store, testby, tmp_path, suffix):
    from ksdesk.services import delegation_export

    _, version, _ = testby
    version.name = "Testby"
    data = delegation_export.export_bytes(demo_store, version, suffix)
    path = tmp_path / f"testby{suffix}"
    path.write_bytes(data)
    back, report = read_file(path)
    assert [actual(c, p) for c, p in back.all_points()] == EXPECTED
    assert [(c.title, c.subtitle) for c in back.chapters] == [
        (c.title, c.subtitle) for c in version.chapters
    ]
    assert back.extra_columns == ["Beslutsnivå"]
    # Only the status line ksdesk's own Word export writes under the title is left out.
    assert [line.text for line in report.dropped] in ([], ["Utkast – ej antagen"])


def test_a_misspelt_heading_is_printed_spelt_right(tmp_path) -> None:
    path = tmp_path / "o.csv"
    path.write_text("Nr;Ärende;Delegaat;Anmärknig\n1;Yttrande;Ordf.;\n", encoding="utf-8")
    version, _ = read_file(path)
    assert "delegat" not in version.column_headings


def test_no_word_of_the_other_shape_disappears_either(tmp_path) -> None:
    from tests.interchange.delegation_documents import write_exempelvik_document

    path = tmp_path / "exempelvik.docx"
    write_exempelvik_document(path)
    version, report = read_file(path)
    reported = words(json.dumps(report.as_json(), ensure_ascii=False))
    document = words(" ".join(_all_texts(path)))
    # "Sida 2 av 4" … are running footers (reported once); Nr, Ärende, Lagrum are our own
    # column names and "Förkortningar och lagar" the heading the abbreviations stand under.
    known = words("Sida av Nr Ärende Lagrum Förkortningar och lagar")
    assert not document - version_words(version) - reported - known


def _all_texts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    texts = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            texts += [cell.text for row in block.rows for cell in row.cells]
        else:
            texts.append(block.text)
    return texts


def test_a_chapter_title_split_over_the_nr_and_arende_cells(tmp_path) -> None:
    path = tmp_path / "o.csv"
    path.write_text(
        "Nr;Ärende;Delegat\n"
        ";2.1 Allmänna ärenden;\n"
        "2.1.1;Yttrande;Ordf.\n"
        "2.2;Ekonomi och inköp;\n"
        "2.2.1;Attest;Ekonomichef\n",
        encoding="utf-8",
    )
    version, _ = read_file(path)
    assert [c.title for c in version.chapters] == ["2.1 Allmänna ärenden", "2.2 Ekonomi och inköp"]
    assert [p.nr for _, p in version.all_points()] == ["2.1.1", "2.2.1"]
