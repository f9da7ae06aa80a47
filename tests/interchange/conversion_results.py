"""What a converted delegationsordning (docx_conversions) imports to: its points, compared
with what the unconverted document must give, and the words of the file that are neither
imported nor named in the report. Used by test_delegation_conversions and
bench/conversion_figures.py."""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

import docx

from ksdesk.services.delegation_import import read_file
from tests.interchange import docx_conversions as pdf
from tests.interchange import docx_edits as edit
from tests.interchange.delegation_documents import EXPECTED, actual, write_testby_document
from tests.interchange.delegation_rounds import version_words as _version_words
from tests.interchange.delegation_rounds import words as _words
from tests.interchange.real_delegation_documents import REAL_DOCUMENTS
from tests.interchange.real_delegation_more import MORE_DOCUMENTS
from tests.interchange.real_delegation_third import THIRD_DOCUMENTS

# Conversions after which every point is marked as new.
MARKING = {"NY:", "Ny punkt:", "slarvig redigering"}
CONVERSIONS: dict[str, tuple[pdf.Conversion, ...]] = {
    "radbrytningar": (pdf.lines_with_breaks,),
    "rader som stycken": (pdf.lines_as_paragraphs,),
    "delade textkörningar": (pdf.split_runs,),
    "sidor, tomt stycke": (pdf.pages_with_empty_paragraph,),
    "sidor, avsnittsbrytning": (pdf.pages_with_section_break,),
    "sidor, sidhuvud som text": (pdf.pages_with_running_text,),
    "sidor, sidhuvud i ram": (pdf.pages_with_framed_header,),
    "tomma stycken i celler": (pdf.empty_cell_paragraphs,),
    "hårda mellanslag, mjuka bindestreck": (pdf.nbsp_and_soft_hyphens,),
    "tabbar": (pdf.tabs_for_spaces,),
    "tom kolumn": (edit.empty_last_column,),
    "tomma rader": (edit.empty_rows,),
    "sammanfogad rubrikcell": (edit.merged_header_cell,),
    "indragen tabell": (edit.indented_table,),
    "nästlad tabell i cell": (edit.nested_arende_table,),
    "fetstil i stället för rubrik": (edit.bold_lines_for_headings,),
    "rubrikrad i tabellen": (edit.bold_rows_for_headings,),
    "titel i andra cellen": (edit.title_in_second_cell,),
    "nummer med punkt": (edit.number_with_full_stop,),
    "nummer med mellanslag": (edit.number_with_space,),
    "nummer med hårt mellanslag": (edit.number_with_nbsp,),
    "NY:": (edit.ny_before_arende,),
    "Ny punkt:": (edit.ny_punkt_before_arende,),
    "udda bindestreck": (edit.odd_hyphens,),
    "pdf-konvertering": (
        pdf.pages_with_running_text,
        pdf.lines_as_paragraphs,
        pdf.split_runs,
        pdf.nbsp_and_soft_hyphens,
        pdf.empty_cell_paragraphs,
    ),
    "slarvig redigering": (
        edit.indented_table,
        edit.empty_rows,
        edit.number_with_full_stop,
        edit.ny_before_arende,
    ),
}


def convert(source: Path, target: Path, conversions: tuple[pdf.Conversion, ...]) -> None:
    document = docx.Document(str(source))
    for conversion in conversions:
        conversion(document)
    document.save(str(target))


# Our own column names, and words the testby document's report names in another form
# (the typo "vidareelegera", the change mark, the words joined at a hyphen).
_KNOWN = _words(
    "Nr Ärende Delegat Ersättare Lagrum Anmärkning Med rätt att vidareelegera NY Ny punkt "
    "stadsbyggnads kontoret"
)
DOCUMENTS = {
    "testby": (write_testby_document, EXPECTED),
    **REAL_DOCUMENTS,
    **MORE_DOCUMENTS,
    **THIRD_DOCUMENTS,
}


@dataclass
class Result:
    right: int
    total: int
    wrong: list[tuple[object, object]]  # (got, expected) of each point not right
    missing: set[str]  # words of the file neither imported nor in the report
    error: str = ""


def points(name: str, version) -> list:
    """The points as the document's expected points are written, and each point's mark."""
    if name == "testby":
        return [(actual(c, p), p.marked) for c, p in version.all_points()]
    return [
        ((p.nr, c.title, p.arende, p.delegat, p.ersattare, p.lagrum, p.anmarkning), p.marked)
        for c, p in version.all_points()
    ]


def _expected(name: str, conversion: str, expected: list) -> list:
    """The document's points, each marked as new after a conversion that marks them all."""
    if conversion in MARKING and name == "testby":
        return [(replace(e, marked="ny"), "ny") for e in expected]
    if conversion in MARKING:
        return [(e, "ny") for e in expected]
    if name == "testby":
        return [(e, e.marked) for e in expected]
    return [(e, None) for e in expected]


def result(name: str, conversion: str, folder: Path) -> Result:
    build, expected = DOCUMENTS[name]
    source = folder / f"{name}.docx"
    if not source.exists():
        build(source)
    slug = re.sub(r"\W+", "-", conversion)
    target = folder / f"{name}-{slug}.docx"
    convert(source, target, CONVERSIONS[conversion])
    try:
        version, report = read_file(target)
    except Exception as error:  # a refusal counts as nothing right
        return Result(0, len(expected), [], set(), f"{type(error).__name__}: {error}")
    expected = _expected(name, conversion, expected)
    got = points(name, version)
    if conversion not in MARKING and name != "testby":
        got = [(g, None) for g, _mark in got]  # the real documents' marks are not expected
    right = sum(1 for g, e in zip(got, expected, strict=False) if g == e)
    wrong = [(g, e) for g, e in zip(got, expected, strict=False) if g != e]
    if len(got) != len(expected):
        wrong.append((len(got), len(expected)))
    reported = _words(json.dumps(report.as_json(), ensure_ascii=False))
    missing = _words(shown_text(target)) - _version_words(version) - reported - _KNOWN
    return Result(right, len(expected), wrong, {w for w in missing if not w.isdigit()})


def shown_text(path: Path) -> str:
    """Every w:t of the body (a text box once), soft hyphens left out, as Word shows it: runs
    of a paragraph run on, a break, a tab or a new paragraph is a space."""
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    for fallback in root.iter(
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    ):
        fallback.clear()
    pieces = [
        element.text or "" if element.tag == f"{w}t" else " "
        for element in root.iter(f"{w}t", f"{w}br", f"{w}tab", f"{w}cr", f"{w}p")
    ]
    return "".join(pieces).replace("\u00ad", "")
