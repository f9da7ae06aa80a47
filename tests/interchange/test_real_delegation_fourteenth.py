"""The delegationsordningar of real_delegation_fourteenth.py, read point by point and around
the points; and what the thirteenth round left: "Fastställd av regionstyrelsen 2014-12-04, att
gälla från 2015-01-01" went whole into the revisions (its day of validity and the adoption in
no header field). Before this round "Gäller från och med … Antagen av …" on one line stayed
in the introduction, a Dnr at a decision line's end with no stop before it stayed in
Beslutad, "Giltig: Från och med 2015-03-01" was a field "Giltig" of its own, and the
unnumbered heading "Delegationsförteckning" over the first chapter's heading made every
chapter after it a sub-heading of one chapter "Delegationsförteckning"."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ksdesk.services.delegation_import import read_file
from tests.interchange.delegation_rounds import point_fields, read_built
from tests.interchange.real_delegation_documents import _table
from tests.interchange.real_delegation_fourteenth import (
    FOURTEENTH_DOCUMENTS,
    MBN_CHAPTERS,
    write_mbn,
)
from tests.interchange.real_delegation_fourteenth_rows import write_nst, write_omn
from tests.interchange.real_delegation_tenth import write_svedala
from tests.interchange.real_delegation_thirteenth import write_rf


@pytest.mark.parametrize("name", sorted(FOURTEENTH_DOCUMENTS))
def test_each_point_of_a_fourteenth_real_document_is_read_right(name: str, tmp_path) -> None:
    build, expected = FOURTEENTH_DOCUMENTS[name]
    version, _report = read_built(build, tmp_path)
    assert point_fields(version) == expected


def test_att_galla_fran_fills_the_header_and_leaves_the_revision(tmp_path: Path) -> None:
    version, report = read_built(write_rf, tmp_path)
    assert version.header["Giltigt från"] == "2015-01-01"
    assert version.header["Beslutad"] == "2014-12-04"
    assert version.header["Beslutsinstans"] == "Regionstyrelsen"
    assert next((r.beslut, r.text) for r in version.revisions) == (
        "regionstyrelsen 2014-12-04",
        "Fastställd",
    )
    line = next(line for line in report.changed if line.text.startswith("Fastställd av"))
    assert "2015-01-01 under ”Giltigt från”" in line.why


def test_galler_fran_after_an_adoption_sentence_is_its_validity(tmp_path: Path) -> None:
    # "Antagen av valnämnden 2018-06-12, § 11. Gäller från 2018-07-01" (the tenth round).
    version, _report = read_built(write_svedala, tmp_path)
    assert version.header["Giltigt från"] == "2018-07-01"
    assert [r.beslut for r in version.revisions] == ["valnämnden 2018-06-12, § 11"]


def test_a_line_that_only_adopts_fills_no_header_field(tmp_path: Path) -> None:
    path = tmp_path / "d.docx"
    document = docx.Document()
    document.add_paragraph("Delegationsordning för tekniska nämnden", style="Title")
    document.add_paragraph("Antagen av tekniska nämnden 2019-02-12, § 14")
    document.add_paragraph("Reviderad av tekniska nämnden 2019-09-03, gäller från 2019-10-01")
    document.add_paragraph("Reviderad av tekniska nämnden 2020-05-05, gäller från 2020-06-01")
    _table(document, ["Nr", "Ärende", "Delegat"], [["1", "Upplåtelse av allmän plats", "Gatuchef"]])
    document.save(str(path))
    version = read_file(path)[0]
    assert "Beslutad" not in version.header and "Beslutsinstans" not in version.header
    # The last revision's day of validity: the version applies from it.
    assert version.header["Giltigt från"] == "2020-06-01"


def test_validity_before_the_adoption_on_one_line(tmp_path: Path) -> None:
    version, _report = read_built(write_mbn, tmp_path)
    assert version.header["Giltigt från"] == "2015-01-01"
    assert version.header["Beslutad"] == "2014-12-10, § 125"
    assert version.header["Beslutsinstans"] == "Miljö- och byggnämnden"
    assert [r.text for r in version.revisions] == ["Antagen"]
    assert not any(s.text.startswith("Gäller") for s in version.intro)


def test_the_lists_own_heading_is_the_part_over_its_chapters(tmp_path: Path) -> None:
    version, _report = read_built(write_mbn, tmp_path)
    assert [c.title for c in version.chapters] == [title for title, _rows in MBN_CHAPTERS]
    assert {c.part for c in version.chapters} == {"Delegationsförteckning"}
    assert not any(p.heading for _c, p in version.all_points())


def test_a_dnr_after_the_decision_without_a_stop(tmp_path: Path) -> None:
    version, _report = read_built(write_nst, tmp_path)
    assert version.header["Diarienummer"] == "NST15-5"
    assert version.header["Beslutad"] == "den 22 januari 2015"
    assert version.header["Beslutsinstans"] == "Nämnden för service och teknik"


def test_giltig_fran_och_med_is_giltigt_fran(tmp_path: Path) -> None:
    version, _report = read_built(write_omn, tmp_path)
    assert version.header["Giltigt från"] == "2015-03-01"
    assert "Giltig" not in version.header
