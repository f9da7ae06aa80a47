"""Part titles over the chapters of a Word delegationsordning ("Del A Kommunstyrelsen" over
chapters 1–2, "Del B Socialnämnden" over chapter 3): each chapter keeps its own title and
names its part (Chapter.part), never the part as the chapter's title with the chapter's own
title pushed down to its sub-title. The report says which chapters each part heads."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import VARA_HEADER, _table

_PARTS = [
    "Del A Kommunstyrelsen: rubrik för kapitel 1–2",
    "Del B Socialnämnden: rubrik för kapitel 3",
]


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
def test_chapters_keep_their_titles_and_name_their_part(tmp_path, part, chapter):
    version, report = read_file(_ordning(tmp_path, part, chapter))
    assert [(c.title, c.subtitle, c.part) for c in version.chapters] == [
        ("1 Allmänna ärenden", "", "Del A Kommunstyrelsen"),
        ("2 Ekonomi", "", "Del A Kommunstyrelsen"),
        ("3 Individ och familj", "", "Del B Socialnämnden"),
    ]
    assert [line for line in report.read if "rubrik för kapitel" in line] == _PARTS
    assert not [line for line in report.dropped if "Del " in line.text]


def test_a_part_title_with_prose_under_it_heads_the_next_chapters(tmp_path) -> None:
    """The prose under the second part's title introduces its points; the title itself is
    the part's. Before the first point a heading with prose under it is the introduction's
    (its text is kept there), as before parts were read."""
    version, report = read_file(_ordning(tmp_path, _heading(1), _heading(2), prose=True))
    assert [(c.title, c.part) for c in version.chapters] == [
        ("1 Allmänna ärenden", ""),
        ("2 Ekonomi", ""),
        ("3 Individ och familj", "Del B Socialnämnden"),
    ]
    assert [s.heading for s in version.intro] == ["Del A Kommunstyrelsen"]
    assert [line for line in report.read if "rubrik för kapitel" in line] == _PARTS[1:]


def test_a_part_title_at_the_end_with_no_chapters_is_reported(tmp_path) -> None:
    path = _ordning(tmp_path, _heading(1), _heading(2))
    document = docx.Document(str(path))
    document.add_heading("Del C Byggnadsnämnden", 1)
    document.add_paragraph("Nämnden har inte delegerat något.")
    document.save(str(path))
    version, report = read_file(path)
    assert {c.part for c in version.chapters} == {"Del A Kommunstyrelsen", "Del B Socialnämnden"}
    dropped = [(line.text, line.why) for line in report.dropped if "Del C" in line.text]
    assert dropped == [("Del C Byggnadsnämnden", "rubrik för en del utan kapitel med punkter")]


def _von_with_a_part(path: Path) -> Path:
    """The structure of a "Delegations- och verkställighetsordning för Vård- och
    omsorgsnämnden" (http://docplayer.se/13396916-Delegations-och-verkstallighetsordning.html):
    its contents list reads "B.2 Beslutanderätt enligt lag …", then "Individ och
    familjeomsorg :" over "B.3 - Socialtjänstlagen, SoL" to "B.6 - Föräldrabalken, FB", then
    "B.8 Offentlighets- och sekretesslag" in no part. Titles as in the source; the points are
    one each, worded for the test. The part is a Word heading a level above its chapters,
    and the chapter after it stands at the part's own level."""
    document = docx.Document()
    document.add_paragraph(
        "Delegations- och verkställighetsordning för Vård- och omsorgsnämnden", style="Title"
    )
    chapters = [
        (1, "B.2 Beslutanderätt enligt lag (s.k. kompletterande beslutanderätt)", "B.2.1"),
        (1, "Individ och familjeomsorg :", None),
        (2, "B.3 - Socialtjänstlagen, SoL", "B.3.1"),
        (2, "B.4 - Vård enligt LVU", "B.4.1"),
        (1, "B.8 Offentlighets- och sekretesslag", "B.8.1"),
    ]
    for level, title, nr in chapters:
        document.add_heading(title, level)
        if nr:
            _table(document, VARA_HEADER, [[nr, f"Ärende {nr}", "Förvaltningschef", "", "", ""]])
    document.save(str(path))
    return path


def test_a_part_ends_at_a_chapter_heading_of_its_own_level(tmp_path) -> None:
    version, report = read_file(_von_with_a_part(tmp_path / "von.docx"))
    assert [(c.title, c.part) for c in version.chapters] == [
        ("B.2 Beslutanderätt enligt lag (s.k. kompletterande beslutanderätt)", ""),
        ("B.3 - Socialtjänstlagen, SoL", "Individ och familjeomsorg :"),
        ("B.4 - Vård enligt LVU", "Individ och familjeomsorg :"),
        ("B.8 Offentlighets- och sekretesslag", ""),
    ]
    assert "Individ och familjeomsorg :: rubrik för kapitel 2–3" in report.read


def test_a_part_names_its_chapters_by_their_own_numbers() -> None:
    """Kungsbacka's IFO förteckning 2025-06-12 is part "4 Barn och unga" over chapter "4.1":
    the report said "rubrik för kapitel 1" (its place in the file)."""
    from ksdesk.core.delegation import Chapter
    from ksdesk.interchange.delegation_titles import _chapters

    one = [Chapter("4.1 Utredning och bistånd till barn och unga")]
    assert _chapters([1], one) == "4.1"
    three = [Chapter("2.1 Allmänt"), Chapter("2.3 Personal"), Chapter("2.4 Ekonomi")]
    assert _chapters([1, 2, 3], three) == "2.1–2.4"
    assert _chapters([1, 2], [Chapter("Allmänt"), Chapter("2.3 Personal")]) == "1–2"
