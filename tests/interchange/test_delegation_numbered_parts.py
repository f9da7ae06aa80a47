"""A numbered heading over deeper chapters ("1 Arbetsgivarärenden" over "1.1 Anställning",
"1.2 Lön"): the part of the chapters under it, as a secretary expects the heading kept, when
(and only when) every chapter under it is numbered as its sub-chapter. Before, the heading was
a report line ("kapitelrubrik utan punkter") and lost from the ordning."""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

import docx
import pytest

from ksdesk.core.delegation import Chapter
from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import VARA_HEADER, _table
from tests.interchange.test_delegation_lettered_parts import _point, _read, read_real

_NO_POINTS = "kapitelrubrik utan punkter"


# The real documents that have such headings (sources in their builders): the parts of their
# chapters, in order, with how many chapters each heads. Each heading was a report line before.
REAL_NUMBERED_PARTS = {
    "kil": [("1 Arbetsgivarärenden", 2), ("2 Ekonomiärenden", 1)],
    "karlstad": [("1 Arbetsgivarärenden", 2)],
    "omsorg": [("4 OMSORG", 2)],
    "krokom": [("2 Delegationsförteckning", 2)],
    "nacka": [("3 Gemensamt", 2)],
    "sollentuna": [("1 Myndighetsuppgifter", 4), ("2 Fastighetsärenden", 3)],
    "halland": [("3.3 Inköp/Upphandling av varor, tjänster och entreprenader", 2)],
}


@pytest.mark.parametrize("name", list(REAL_NUMBERED_PARTS))
def test_real_numbered_headings_are_the_parts_of_their_chapters(name, tmp_path) -> None:
    version, report = read_real(name, tmp_path)
    parts = [(part, len(list(chapters))) for part, chapters in groupby(version.chapters, _part)]
    assert parts == REAL_NUMBERED_PARTS[name]
    assert not [line for line in report.dropped if line.why == _NO_POINTS]
    for part, _count in parts:
        assert any(line.startswith(f"{part}: rubrik för kapitel ") for line in report.read)


def test_kils_chapters_keep_their_titles_under_the_parts(tmp_path) -> None:
    # Kils kommun's BUN ordning (real_delegation_fourth): "1 Arbetsgivarärenden" over "1.1
    # Organisation" and "1.2 Anställa och avveckla personal", "2 Ekonomiärenden" over "2.1".
    version, _ = read_real("kil", tmp_path)
    assert [(c.part, c.title) for c in version.chapters] == [
        ("1 Arbetsgivarärenden", "1.1 Organisation"),
        ("1 Arbetsgivarärenden", "1.2 Anställa och avveckla personal"),
        ("2 Ekonomiärenden", "2.1 Attest"),
    ]


def _part(chapter: Chapter) -> str:
    return chapter.part


def _headings(tmp_path: Path, headings: list[str]):
    """A Word heading over each of its chapters; a chapter's points numbered from its title."""

    def build(document) -> None:
        for heading in headings:
            document.add_heading(heading, 1 if "." not in heading.split()[0] else 2)
            number = heading.split()[0]
            if "." in number or heading.startswith(("3 ", "Övrigt")):
                _table(document, VARA_HEADER, [_point(f"{number}.1", f"Ärende i {heading}")])

    return _read(tmp_path, build)


def test_a_numbered_heading_over_its_sub_chapters_is_their_part(tmp_path) -> None:
    chapters, report = _headings(
        tmp_path, ["1 Arbetsgivarärenden", "1.1 Anställning", "1.2 Lön", "3 Ekonomi"]
    )
    assert [(part, title) for part, title, _ in chapters] == [
        ("1 Arbetsgivarärenden", "1.1 Anställning"),
        ("1 Arbetsgivarärenden", "1.2 Lön"),
        ("", "3 Ekonomi"),
    ]
    assert not report.dropped


def test_an_unnumbered_chapter_under_the_heading_keeps_it_a_report_line(tmp_path) -> None:
    # "Övrigt" may be under "1 Arbetsgivarärenden" or not: not every chapter under the
    # heading is numbered as its sub-chapter, so the heading stays what it was.
    document = docx.Document()
    document.add_heading("1 Arbetsgivarärenden", 1)
    document.add_heading("1.1 Anställning", 2)
    _table(document, VARA_HEADER, [_point("1.1.1", "Anställning")])
    document.add_heading("Övrigt", 2)
    _table(document, VARA_HEADER, [_point("9", "Övriga ärenden")])
    path = tmp_path / "ovrigt.docx"
    document.save(str(path))
    version, report = read_file(path)
    assert {c.part for c in version.chapters} == {""}
    assert [line.text for line in report.dropped if line.why == _NO_POINTS] == [
        "1 Arbetsgivarärenden"
    ]


def test_a_heading_over_chapters_of_another_number_is_no_part(tmp_path) -> None:
    # "1 Arbetsgivarärenden" straight over "2.1 Attest": not its sub-chapter.
    chapters, report = _headings(tmp_path, ["1 Arbetsgivarärenden", "2.1 Attest"])
    assert [(part, title) for part, title, _ in chapters] == [("", "2.1 Attest")]
    assert [line.text for line in report.dropped if line.why == _NO_POINTS] == [
        "1 Arbetsgivarärenden"
    ]
