"""The document's title read whole when its cover sets it on two lines. Södra Roslagens miljö-
och hälsoskyddsnämnd's cover (real_delegation_fourth.write_srmh, from
https://docplayer.se/162837219-Sodra-roslagens-miljo-och-halsoskyddsnamnds.html) has the
organ in the title style and "Delegationsordning" under it; the other shapes are variants of
that cover (ours), and the lines that must stay what they are."""

from __future__ import annotations

import docx
import pytest

from ksdesk.services.delegation_import import read_file
from tests.interchange.real_delegation_documents import VARA_HEADER, _table
from tests.interchange.test_real_delegation_documents import _read

_ORGAN = "Södra Roslagens miljö- och hälsoskyddsnämnds"
_SENTENCE = "Nämnden delegerar sin beslutanderätt enligt följande."


def test_the_organ_over_the_kind_of_document_is_one_title(tmp_path) -> None:
    _, version, report, _ = _read("srmh", tmp_path)
    assert version.header["Dokumentnamn"] == f"{_ORGAN} delegationsordning"
    (line,) = [line for line in report.merged if line.text == "Delegationsordning"]
    assert line.why == "titeln fortsätter på nästa rad"
    assert "Delegationsordning" not in [s.text.split("\n")[0] for s in version.intro]


@pytest.mark.parametrize(
    ("lines", "title", "intro"),
    [
        # The kind over the organ, as many covers have it.
        (
            [("Delegationsordning", "Title"), ("för miljö- och hälsoskyddsnämnden", None)],
            "Delegationsordning för miljö- och hälsoskyddsnämnden",
            [],
        ),
        # Both lines in the title style.
        (
            [(_ORGAN, "Title"), ("Delegationsordning", "Title")],
            f"{_ORGAN} Delegationsordning",
            [],
        ),
        # An empty paragraph between the lines of the cover.
        (
            [(_ORGAN, "Title"), ("", None), ("Delegationsordning", None)],
            f"{_ORGAN} delegationsordning",
            [],
        ),
        # A whole title and the organisation under it: two lines, as before.
        (
            [("Delegationsordning för nämnden", "Title"), ("Täby kommun", None)],
            "Delegationsordning för nämnden",
            ["Täby kommun"],
        ),
        # A sentence under the title is no part of it.
        (
            [(_ORGAN, "Title"), ("Delegationsordningen gäller från och med 2019-04-01.", None)],
            _ORGAN,
            ["Delegationsordningen gäller från och med 2019-04-01."],
        ),
    ],
)
def test_a_title_on_two_lines(tmp_path, lines, title, intro) -> None:
    document = docx.Document()
    for text, style in lines:
        document.add_paragraph(text, style=style)
    document.add_paragraph(_SENTENCE)
    _table(document, VARA_HEADER, [["M.1.1", "Besluta om förelägganden", "MC", "", "", ""]])
    path = tmp_path / "o.docx"
    document.save(str(path))
    version, _ = read_file(path)
    assert version.header["Dokumentnamn"] == title
    assert version.intro[0].text.split("\n\n") == [*intro, _SENTENCE]


def test_a_title_broken_after_for(tmp_path) -> None:
    """A city's byggnadsnämnd (real_delegation_bmhn.write_bn): "Delegationsordning för" over
    "byggnadsnämnden"."""
    _, version, report, _ = _read("bn", tmp_path)
    assert version.header["Dokumentnamn"] == "Delegationsordning för byggnadsnämnden"
    assert [line.text for line in report.merged] == ["byggnadsnämnden"]
