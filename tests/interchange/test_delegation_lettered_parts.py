"""Lettered headings over the chapters of a delegationsordning ("M. Miljöbalkens område" over
"M.1 …", "B Regionövergripande uppdrag" over "B 1 Personal", "A. Myndighetsutövning mot
enskild" over "1. Ekonomiskt bistånd", "Del B", "AVSNITT C"): the part of the chapters under
them, named in the report's read lines, never a chapter title dropped for want of points.
Where such a heading is the only one over its points, it is their chapter."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import REAL_DOCUMENTS, VARA_HEADER, _table
from tests.interchange.real_delegation_fifth import FIFTH_DOCUMENTS
from tests.interchange.real_delegation_fourth import FOURTH_DOCUMENTS
from tests.interchange.real_delegation_more import MORE_DOCUMENTS
from tests.interchange.real_delegation_third import THIRD_DOCUMENTS

_REAL = {
    **REAL_DOCUMENTS,
    **MORE_DOCUMENTS,
    **THIRD_DOCUMENTS,
    **FOURTH_DOCUMENTS,
    **FIFTH_DOCUMENTS,
}


def read_real(name: str, tmp_path: Path) -> tuple:
    """The real document `name` (of any set) built and imported: (version, report)."""
    build, _ = _REAL[name]
    path = tmp_path / f"{name}.docx"
    build(path)
    return read_file(path)


# Real documents (sources in their builders): each chapter's (part, title).
REAL_PARTS = {
    "srmh": [
        ("M. Miljöbalkens område", "M.1 Allmänna hänsynsregler m.m., 2 kap. MB"),
        ("L. Livsmedelslagstiftningens område", "L.1 Livsmedelslagen"),
    ],
    "vgr": [
        ("", "A Brådskande ärenden i regionstyrelsen"),
        ("B Regionövergripande uppdrag", "B 1 Personal- och förhandlingsärenden"),
        ("B Regionövergripande uppdrag", "B 2 Ekonomiärenden"),
    ],
    "ifn": [
        ("A. Myndighetsutövning mot enskild", "1. EKONOMISKT BISTÅND"),
        ("A. Myndighetsutövning mot enskild", "2. VÅRD AV UNGA"),
    ],
}


@pytest.mark.parametrize("name", list(REAL_PARTS))
def test_a_lettered_heading_over_numbered_chapters_is_their_part(name, tmp_path) -> None:
    version, report = read_real(name, tmp_path)
    assert [(c.part, c.title) for c in version.chapters] == REAL_PARTS[name]
    parts = {part for part, _ in REAL_PARTS[name] if part}
    assert not [line for line in report.dropped if line.text in parts]
    assert {
        line.split(": rubrik för kapitel")[0] for line in report.read if "rubrik för" in line
    } == (parts)


def _point(nr: str, arende: str) -> list[str]:
    return [nr, arende, "Kanslichef", "", "", ""]


def _read(tmp_path: Path, build) -> tuple:
    document = docx.Document()
    build(document)
    path = tmp_path / "delar.docx"
    document.save(str(path))
    version, report = read_file(path)
    return [(c.part, c.title, [p.nr for p in c.points]) for c in version.chapters], report


def test_part_rows_across_the_table_begin_a_part_each(tmp_path) -> None:
    # Variant of the Västra Götalandsregionen table (rows across the table for its parts),
    # with "Del A"/"Del B" as Vara's ordning for two organs would name them.
    rows = [["Del A Kommunstyrelsen"], ["1 Allmänt"], _point("1.1", "Brådskande ärenden")]
    rows += [["Del B Socialnämnden"], ["2 Individ och familj"], _point("2.1", "Bistånd")]
    chapters, report = _read(tmp_path, lambda d: _table(d, VARA_HEADER, rows))
    assert chapters == [
        ("Del A Kommunstyrelsen", "1 Allmänt", ["1.1"]),
        ("Del B Socialnämnden", "2 Individ och familj", ["2.1"]),
    ]
    assert not report.dropped


def test_avsnitt_is_a_part_as_a_row_and_as_a_heading(tmp_path) -> None:
    rows = [["AVSNITT C"], ["1 Allmänt"], _point("1.1", "Brådskande ärenden")]
    chapters, report = _read(tmp_path, lambda d: _table(d, VARA_HEADER, rows))
    assert chapters == [("AVSNITT C", "1 Allmänt", ["1.1"])]
    assert not report.dropped

    def headings(document) -> None:
        document.add_heading("AVSNITT C Socialtjänst", 1)
        document.add_heading("Personal", 2)
        _table(document, VARA_HEADER, [_point("1", "Anställa")])

    chapters, report = _read(tmp_path, headings)
    assert chapters == [("AVSNITT C Socialtjänst", "Personal", ["1"])]
    assert not report.dropped


@pytest.mark.parametrize("title", ["M. Miljöbalkens område", "B Regionövergripande uppdrag"])
def test_a_lettered_heading_alone_over_points_is_their_chapter(title, tmp_path) -> None:
    def build(document) -> None:
        document.add_heading(title, 1)
        _table(document, VARA_HEADER, [_point("M.1", "Förelägganden"), _point("M.2", "Vite")])

    chapters, report = _read(tmp_path, build)
    assert chapters == [("", title, ["M.1", "M.2"])]
    assert not report.dropped


def test_part_rows_with_points_of_their_own_are_chapters(tmp_path) -> None:
    # Skövde's vård- och omsorgsnämnd names its chapters "Del 1 Allmänt", "Del 2 Ekonomi" …
    # (http://docplayer.se/2314391-Vard-och-omsorgsnamndens-delegationsordning-beslutad-i-
    # vard-och-omsorgsnamnden-2015-01-29-8.html), here as rows across one table.
    rows = [["Del 1 Allmänt"], _point("1.1", "Brådskande ärenden")]
    rows += [["Del 2 Ekonomi"], _point("2.1", "Attest")]
    chapters, report = _read(tmp_path, lambda d: _table(d, VARA_HEADER, rows))
    assert chapters == [("", "Del 1 Allmänt", ["1.1"]), ("", "Del 2 Ekonomi", ["2.1"])]
    assert not report.dropped
