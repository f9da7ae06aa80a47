"""Prose straight under a chapter's table with no star mark (Kils kommun's BUN ordning:
"Anställning upp till 6 månader är verkställighet …" under the table of 1.2): the chapter's
note, kept and printed after its points where the document had it, never dropped. Prose under a
table whose chapter goes on with another table still introduces the next point."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from ksdesk.interchange.delegation_docx_export import write_docx
from ksdesk.interchange.delegation_tabular_export import write_csv, write_xlsx
from ksdesk.reports.delegation_pdf import render_version
from ksdesk.reports.web.delegationsordning import delegationsordning_blocks
from ksdesk.reports.web.model import Para, Run
from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import VARA_HEADER, _table
from tests.interchange.real_delegation_fourth import FOURTH_DOCUMENTS

KIL_NOTE = "Anställning upp till 6 månader är verkställighet (med undantag för förvaltningschef)."
KIL_CHAPTER = "1.2 Anställa och avveckla personal"


def _kil(tmp_path: Path):
    build, _ = FOURTH_DOCUMENTS["kil"]
    path = tmp_path / "kil.docx"
    build(path)
    return read_file(path)


def test_a_note_under_a_table_is_its_chapters_note(tmp_path) -> None:
    version, report = _kil(tmp_path)
    assert [(c.title, c.note) for c in version.chapters if c.note] == [(KIL_CHAPTER, KIL_NOTE)]
    assert all(KIL_NOTE not in p.heading for _, p in version.all_points())
    assert not [line for line in report.dropped if line.text == KIL_NOTE]
    (line,) = [line for line in report.changed if line.text.startswith(KIL_NOTE[:60])]
    assert line.why == f"text under tabellen: står under ”{KIL_CHAPTER}”"


def test_the_note_prints_after_its_chapters_points(tmp_path) -> None:
    version, _ = _kil(tmp_path)
    text = " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(io.BytesIO(render_version(version))).pages
    )
    last_point = text.index("Beslut enligt kommunens pensionspolicy")
    assert last_point < text.index("Anställning upp till 6 månader") < text.index("2.1 Attest")
    blocks = delegationsordning_blocks(version, None, "")
    assert Para((Run(KIL_NOTE),)) in blocks


@pytest.mark.parametrize(
    ("suffix", "write"), [("docx", write_docx), ("csv", write_csv), ("xlsx", write_xlsx)]
)
def test_the_note_comes_back_from_each_export(suffix, write, tmp_path) -> None:
    version, _ = _kil(tmp_path)
    path = tmp_path / f"export.{suffix}"
    path.write_bytes(write(version))
    again, report = read_file(path)
    assert [(c.title, c.note) for c in again.chapters if c.note] == [(KIL_CHAPTER, KIL_NOTE)]
    assert [p.arende for _, p in again.all_points()] == [p.arende for _, p in version.all_points()]
    assert not report.dropped


def _one_chapter(tmp_path: Path, prose: str, then_a_table: bool):
    document = docx.Document()
    document.add_heading("1 Personal", 1)
    _table(document, VARA_HEADER, [["1.1", "Anställa", "Förvaltningschef", "", "", ""]])
    document.add_paragraph(prose)
    if then_a_table:
        _table(document, VARA_HEADER, [["1.2", "Avsluta", "Förvaltningschef", "", "", ""]])
    path = tmp_path / "kapitel.docx"
    document.save(str(path))
    return read_file(path)


def test_a_note_under_the_last_table_is_kept_too(tmp_path) -> None:
    note = "Beslut om lön fattas enligt kommunens lönepolicy och avtal."
    version, report = _one_chapter(tmp_path, note, then_a_table=False)
    assert [c.note for c in version.chapters] == [note]
    assert not report.dropped


def test_prose_between_two_tables_of_one_chapter_still_heads_the_next_point(tmp_path) -> None:
    prose = "Följande beslut får fattas först efter samråd med personalchefen."
    version, _ = _one_chapter(tmp_path, prose, then_a_table=True)
    assert [c.note for c in version.chapters] == [""]
    assert [p.heading for _, p in version.all_points()] == ["", prose]
