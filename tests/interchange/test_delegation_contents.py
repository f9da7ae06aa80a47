"""A table of contents whose lines are grouped under a line without a page number: the
contents goes on past the group line when page-numbered lines follow it. The contents is
Nacka's (real_delegation_fifth, write_nacka) with a group line added, as many ordningar
group their utskott or their parts."""

from __future__ import annotations

from pathlib import Path

import docx

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import VARA_HEADER, _table
from tests.interchange.test_real_delegation_third import _point

_INTRO = "Delegationsordningen styr vilka beslut som fattas av nämnden eller anställda."


def _with_contents(tmp_path: Path, contents: list[str]):
    document = docx.Document()
    document.add_paragraph("Delegationsordning för äldrenämnden", style="Title")
    document.add_paragraph("Innehållsförteckning")
    for line in contents:
        document.add_paragraph(line)
    document.add_heading("Dokumentets syfte", 1)
    document.add_paragraph(_INTRO)
    document.add_heading("3 Gemensamt", 1)
    _table(document, VARA_HEADER, [_point("3.1", "Brådskande ärenden")])
    path = tmp_path / "innehall.docx"
    document.save(str(path))
    return read_file(path)


def _contents_line(report):
    (line,) = [x for x in report.dropped if x.text.startswith("Innehållsförteckning")]
    return line


def test_a_group_line_without_a_page_number_does_not_end_the_contents(tmp_path) -> None:
    contents = [
        "1 Förkortningar\t3",
        "Utskott",  # a group of the contents: no page number of its own
        "2.1 Arbetsutskottet\t5",
        "2.2 Personalutskottet\t5",
        "3 Gemensamt\t6",
    ]
    version, report = _with_contents(tmp_path, contents)
    assert [(s.heading, s.text) for s in version.intro] == [("Dokumentets syfte", _INTRO)]
    line = _contents_line(report)
    assert line.why.startswith("innehållsförteckning, 5 rader")
    shown = [" ".join(entry.split()) for entry in contents]
    assert line.text == f"Innehållsförteckning: {'; '.join(shown)}"
    assert [p.nr for _, p in version.all_points()] == ["3.1"]


def test_two_group_lines_in_a_row_stay_in_the_contents(tmp_path) -> None:
    contents = ["Del A Kommunstyrelsen", "Utskott", "2.1 Arbetsutskottet\t5"]
    version, report = _with_contents(tmp_path, contents)
    assert [(s.heading, s.text) for s in version.intro] == [("Dokumentets syfte", _INTRO)]
    assert _contents_line(report).why.startswith("innehållsförteckning, 3 rader")


def test_a_line_with_no_page_numbered_line_after_it_ends_the_contents(tmp_path) -> None:
    contents = ["1 Förkortningar\t3", "3 Gemensamt\t6", "Inledande ord", _INTRO]
    version, report = _with_contents(tmp_path, contents)
    assert _contents_line(report).why.startswith("innehållsförteckning, 2 rader")
    assert version.intro[0].text.startswith("Inledande ord")
