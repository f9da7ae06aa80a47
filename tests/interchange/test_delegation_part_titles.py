"""Part titles over the chapters of a Word delegationsordning ("Del A Kommunstyrelsen" over
chapters 1–2, "Del B Socialnämnden" over chapter 3). A version has chapters (a title and a
sub-title each) and an introduction printed before them all: no place for a part above its
chapters without a new field in the database. So the chapters keep their own titles and each
part title is one line in the report, never the chapter's title with the chapter's own title
pushed down to its sub-title."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import VARA_HEADER, _table

_PART = "en del med flera kapitel"


def _ordning(tmp_path: Path, part, chapter, prose: bool = False) -> Path:
    document = docx.Document()
    document.add_paragraph("Delegationsordning för kommunen", style="Title")
    for part_title, chapters in (
        ("Del A Kommunstyrelsen", [("1 Allmänna ärenden", "1.1"), ("2 Ekonomi", "2.1")]),
        ("Del B Socialnämnden", [("3 Individ och familj", "3.1")]),
    ):
        part(document, part_title)
        if prose:
            document.add_paragraph("Nämnden har delegerat beslutanderätten enligt nedan.")
        for title, nr in chapters:
            chapter(document, title)
            _table(document, VARA_HEADER, [[nr, f"Ärende {nr}", "Kanslichef", "", "", ""]])
    path = tmp_path / "delar.docx"
    document.save(str(path))
    return path


def _heading(level: int):
    return lambda document, text: document.add_heading(text, level)


def _bold(document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


@pytest.mark.parametrize(
    ("part", "chapter"),
    [(_heading(1), _heading(2)), (_bold, _heading(1))],
    ids=["word-headings", "bold-part-line"],
)
def test_part_titles_are_reported_and_chapters_keep_their_titles(tmp_path, part, chapter):
    version, report = read_file(_ordning(tmp_path, part, chapter))
    assert [(c.title, c.subtitle) for c in version.chapters] == [
        ("1 Allmänna ärenden", ""),
        ("2 Ekonomi", ""),
        ("3 Individ och familj", ""),
    ]
    parts = [line.text for line in report.dropped if _PART in line.why]
    assert parts == ["Del A Kommunstyrelsen", "Del B Socialnämnden"]


def test_a_part_title_with_prose_under_it_is_reported_as_a_part(tmp_path) -> None:
    """The prose under the second part's title introduces its points; the title itself is
    the part's, said so in the report."""
    version, report = read_file(_ordning(tmp_path, _heading(1), _heading(2), prose=True))
    assert [c.title for c in version.chapters] == [
        "1 Allmänna ärenden",
        "2 Ekonomi",
        "3 Individ och familj",
    ]
    assert "Del B Socialnämnden" in [line.text for line in report.dropped if _PART in line.why]
