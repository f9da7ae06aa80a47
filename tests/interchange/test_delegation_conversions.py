"""The test delegationsordningar (the testby document and the 20 real-structure documents)
converted from PDF to Word or carelessly edited (docx_conversions): every point still comes
out right, field by field, and every word of the converted file is imported or named in the
import report."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.interchange.conversion_results import CONVERSIONS, DOCUMENTS, result

# Documents not yet right after a conversion (none now).
NOT_YET: dict[str, set[str]] = {}


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("conversions")


@pytest.mark.parametrize("conversion", list(CONVERSIONS))
def test_every_point_and_word_survives_the_conversion(conversion: str, folder: Path) -> None:
    failures = {}
    for name in DOCUMENTS:
        found = result(name, conversion, folder)
        if found.error or found.wrong or found.missing:
            failures[name] = (found.error, found.wrong[:2], sorted(found.missing)[:5])
    assert set(failures) == NOT_YET.get(conversion, set()), failures


def test_the_report_of_a_converted_document_says_each_thing_once(folder: Path) -> None:
    """The testby document as a PDF conversion: a header row repeated on every page with a
    misspelt heading is one line of the report, and each running header or footer is one
    line that counts its pages."""
    from ksdesk.services.delegation_import import read_file
    from tests.interchange.conversion_results import convert

    source, target = folder / "report.docx", folder / "report-pdf.docx"
    DOCUMENTS["testby"][0](source)
    convert(source, target, CONVERSIONS["pdf-konvertering"])
    _, report = read_file(target)
    near = [line for line in report.changed if line.why == "nära stavning"]
    assert [line.text for line in near] == [
        "kolumnen ”Med rätt att vidareelegera” lästes som ”Med rätt att vidaredelegera”"
    ]
    running = [line for line in report.dropped if line.where == "Sidhuvud eller sidfot"]
    assert sorted(line.text for line in running) == [
        "Sida 1 (15)",
        "Testby kommun Delegering av beslutanderätt Kommunstyrelsen 1 (9)",
        "Xxx kommun Delegering av beslutanderätt Kommunstyrelsen 2 (15)",
    ]
