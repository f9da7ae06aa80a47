"""The delegationsordningar of real_delegation_tenth.py, read point by point: Lagrum first with
the ärende under "Innehåll" (the file was refused), "Beslutanderätt" naming the Delegat beside
an Ärende (the delegates went to an extra column), a point in lettered parts a) and b) that
each name a delegat (their delegates ran together in one point), and a header table of label |
value pairs whose labels ksdesk has no field for (dropped)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from ksdesk.services.delegation_import import read_file
from tests.interchange.delegation_rounds import point_fields, read_built
from tests.interchange.real_delegation_documents import _table
from tests.interchange.real_delegation_tenth import (
    MALMO_FURTHER,
    TENTH_DOCUMENTS,
    write_hassleholm,
    write_malmo,
    write_ofn,
)


@pytest.mark.parametrize("name", sorted(TENTH_DOCUMENTS))
def test_each_point_of_a_tenth_real_document_is_read_right(name: str, tmp_path: Path) -> None:
    build, expected = TENTH_DOCUMENTS[name]
    version, _report = read_built(build, tmp_path)
    assert point_fields(version) == expected


def test_the_vidaredelegering_column_stays_with_each_part(tmp_path: Path) -> None:
    version, _report = read_built(write_malmo, tmp_path)
    assert {p.nr: p.vidaredelegation for _, p in version.all_points()} == MALMO_FURTHER
    assert version.column_headings["delegat"] == "Beslutanderätt"
    assert version.extra_columns == []


def test_the_lettered_parts_are_lines_in_the_report(tmp_path: Path) -> None:
    """The opening row is no point any more: said, with the parts it opens."""
    _version, report = read_built(write_malmo, tmp_path)
    changed = [(line.where, line.why) for line in report.changed]
    assert (
        "Punkt 3.2.2",
        "inledning till punktens delar a), b) …: står först i delarnas Ärende",
    ) in changed
    assert sum("del av punkt 3.2.2 med egen delegat" in why for _, why in changed) == 2


def test_labels_without_a_field_in_a_header_table_are_fields_of_their_own(tmp_path) -> None:
    """ "Organisation | Malmö stad", "Framtaget av | Fastighets- och gatukontoret" beside
    labels of ours were dropped; "Revisionsdatum" is the Senast reviderad."""
    version, report = read_built(write_malmo, tmp_path)
    assert version.header["Organisation"] == "Malmö stad"
    assert version.header["Framtaget av"] == "Fastighets- och gatukontoret"
    assert version.header["Senast reviderad"] == "2020-05-26, §"
    assert version.header["Diarienummer"] == "TN-2018-4218"
    assert not report.dropped


def test_the_series_table_at_a_fliks_head_is_the_document_header(tmp_path: Path) -> None:
    """ "FÖRFATTNINGSSAMLING | BESLUT | GÄLLER FR | FLIK | SID" over its values was dropped as a
    table without points. Its page number "SID | 1" is no field of the ordning (ksdesk prints
    its own pages): one line in the report."""
    version, report = read_built(write_ofn, tmp_path)
    assert version.header["Giltigt från"] == "2014-07-01"
    assert version.header["FLIK"] == "Öf 1"
    assert version.header["Författningssamling"] == "Överförmyndaren"
    assert "SID" not in version.header
    assert [line.text for line in report.dropped] == ["SID 1"]


def test_lettered_rows_without_a_delegat_of_their_own_still_go_on_the_point(tmp_path) -> None:
    """ "a) … b) …" rows that only list what the point covers stay in its Ärende."""
    document = docx.Document()
    rows = [
        ["1.1", "Beslut om avskrivning av fordran", "Ekonomichef", ""],
        ["a)", "hyresfordringar", "", ""],
        ["b)", "avgifter för barnomsorg", "", ""],
        ["1.2", "Beslut om bidrag", "Förvaltningschef", ""],
    ]
    _table(document, ["Nr", "Ärende", "Delegat", "Lagrum"], rows)
    path = tmp_path / "d.docx"
    document.save(str(path))
    version, _report = read_file(path)
    points = [(p.nr, p.delegat) for _, p in version.all_points()]
    assert points == [("1.1", ["Ekonomichef"]), ("1.2", ["Förvaltningschef"])]
    assert "hyresfordringar" in version.all_points()[0][1].arende


def test_the_decision_date_and_the_fliks_series_line_are_the_header(tmp_path: Path) -> None:
    """ "Fastställt den: 2020-02-27 § 4" and "KOMMUNAL FÖRFATTNINGSSAMLING A 8" were lines of
    the introduction, and the "Anmäls" column is kept under its heading. Labels ksdesk has no
    field for, in the block of "Label: value" lines with those it knows, are fields of their
    own (the eleventh round: they stayed in the introduction, away from the rest of the
    header a secretary reads them with)."""
    version, report = read_built(write_hassleholm, tmp_path)
    assert version.header["Beslutad"] == "2020-02-27 § 4"
    assert version.header["Beslutsinstans"] == "Tekniska nämnden"
    assert version.header["Författningssamling"] == "KOMMUNAL FÖRFATTNINGSSAMLING A 8"
    assert version.header["För uppföljning ansvarar"] == "Tekniska förvaltningen"
    assert version.header["Giltighetsperiod"] == "2020-03-05-- tillsvidare"
    intro = "\n".join(section.text for section in version.intro)
    assert "ansvarar:" not in intro and "Giltighetsperiod" not in intro
    assert "FÖRFATTNINGSSAMLING" not in intro
    assert [p.extra for _, p in version.all_points()] == [
        {"Anmäls": "Ja"},
        {"Anmäls": "Nej"},
        {"Anmäls": "Ja"},
    ]
    assert not report.dropped


def test_a_footnote_on_the_first_lettered_part_stays_with_it(tmp_path: Path) -> None:
    """The part's row was counted as no point (its opening row was taken out), and its
    footnote was dropped as a note on a row that is no point."""
    from tests.interchange.real_delegation_documents import add_footnote

    document = docx.Document()
    rows = [
        ["2.1", "Beslut om direktupphandling:", "", "LOU"],
        ["a)", "upp till 100 000 kr", "Enhetschef", ""],
        ["b)", "över 100 000 kr", "Förvaltningschef", ""],
    ]
    table = _table(document, ["Nr", "Ärende", "Delegat", "Lagrum"], rows)
    add_footnote(document, table.rows[2].cells[2].paragraphs[0], "Gäller även avrop.")
    path = tmp_path / "d.docx"
    document.save(str(path))
    version, report = read_file(path)
    points = {p.nr: p for _, p in version.all_points()}
    assert list(points) == ["2.1 a)", "2.1 b)"]
    assert "Gäller även avrop." in points["2.1 a)"].anmarkning
    assert not report.dropped
