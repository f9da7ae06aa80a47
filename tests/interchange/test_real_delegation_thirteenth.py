"""The delegationsordningar of real_delegation_thirteenth.py, read point by point and around
the points: "Gäller fr o m 2011-01-01" over the title (read as the field "Gäller fr" with the
value "o m 2011-01-01"), a page number typed in brackets, "(2)", alone on a line (it stayed in
the introduction's text), "Datum 2017-12-06<tab>Dnr RS 2017/12" on one line (the
introduction's first section, no header field), a landscape table of seven columns with
Vidaredelegation and "Anmäls till", a Lagrum merged down beside a chapter's points, and a
page's header typed as a table at each page's head (its second row of labels "Ersätter |
ändrad | Sign" dropped cell by cell, the block on page 2 four lines of "tabell utan
delegationspunkter"). Also the one rule for a column of point numbers under a heading that
is not Nr's ("UN"), which read a Word table's column as Nr but kept a CSV or Excel file's
as an extra column."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.delegation_tabular import read_csv, read_xlsx
from tests.interchange.delegation_rounds import point_fields, read_built
from tests.interchange.real_delegation_thirteenth import (
    RF_ABBREVIATIONS,
    THIRTEENTH_DOCUMENTS,
    write_ofn,
    write_rf,
    write_rtj,
    write_sn,
)


@pytest.mark.parametrize("name", sorted(THIRTEENTH_DOCUMENTS))
def test_each_point_of_a_thirteenth_real_document_is_read_right(name: str, tmp_path) -> None:
    build, expected = THIRTEENTH_DOCUMENTS[name]
    version, _report = read_built(build, tmp_path)
    assert point_fields(version) == expected


def test_galler_fr_o_m_is_the_whole_label(tmp_path: Path) -> None:
    version, report = read_built(write_rtj, tmp_path)
    assert version.header["Giltigt från"] == "2011-01-01"
    said = [line.text for line in report.changed if line.where == "Stycke 1"]
    assert said == ["Gäller fr o m: 2011-01-01"]


def test_a_page_number_in_brackets_alone_on_a_line_is_no_text(tmp_path: Path) -> None:
    version, report = read_built(write_rtj, tmp_path)
    assert "(2)" not in "\n".join(s.text for s in version.intro)
    assert [(line.where, line.text) for line in report.dropped] == [
        ("Sidhuvud eller sidfot", "(2)")
    ]


def test_seven_columns_keep_vidaredelegation_and_who_is_told(tmp_path: Path) -> None:
    version, _report = read_built(write_rtj, tmp_path)
    points = [p for _, p in version.all_points()]
    assert [p.vidaredelegation for p in points][1:4] == [
        "Stf räddningschef",
        "Brandinspektör",
        "Brandinspektör",
    ]
    assert version.extra_columns == ["Anmäls till"]
    assert {p.extra["Anmäls till"] for p in points} == {"Räddningsnämnden"}


def test_two_fields_on_one_line_with_a_tab_between(tmp_path: Path) -> None:
    version, _report = read_built(write_rf, tmp_path)
    assert version.header["Datum"] == "2017-12-06"
    assert version.header["Diarienummer"] == "RS 2017/12"
    assert not [s for s in version.intro if "2017-12-06" in s.text]
    assert [(a.short, a.long) for a in version.abbreviations] == RF_ABBREVIATIONS


def test_a_tab_in_a_sentence_makes_no_fields(tmp_path: Path) -> None:
    """Only a line whose every piece is a field: a tab in prose leaves it prose."""
    from ksdesk.interchange.delegation_header_lines import inline_pairs

    assert inline_pairs("Datum 2017-12-06\tDnr RS 2017/12") == [
        ("Datum", "2017-12-06", "Datum"),
        ("Diarienummer", "RS 2017/12", "Dnr"),
    ]
    assert inline_pairs("Datum 2017-12-06\tnämnden beslutar om detta") == []


def test_a_merged_lagrum_is_each_points(tmp_path: Path) -> None:
    version, report = read_built(write_ofn, tmp_path)
    assert [p.lagrum for _, p in version.all_points()] == ["11 kap. FB"] * 3 + ["14 kap. FB"] * 2
    assert not report.dropped


# One rule for a column of point numbers, in Word, CSV and Excel ------------------------------

_UN_ROWS = [
    ["UN", "Beslut", "Lagrum", "Delegat"],
    ["A", "Allmänt", "", ""],
    ["A1", "Brådskande ärenden", "6 kap. 39 § KL", "Ordförande"],
    ["A2", "Avvisa för sent inkommet överklagande", "45 § FL", "Förvaltningschef"],
    ["B", "Ekonomi", "", ""],
    ["B1", "Attest av fakturor", "", "Ekonomichef"],
]


def _points(version) -> list[tuple[str, str, str]]:
    return [(p.nr, c.title, p.arende) for c, p in version.all_points()]


_UN_POINTS = [
    ("A1", "A Allmänt", "Brådskande ärenden"),
    ("A2", "A Allmänt", "Avvisa för sent inkommet överklagande"),
    ("B1", "B Ekonomi", "Attest av fakturor"),
]


def test_a_csv_number_column_under_a_short_heading_is_nr(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("\n".join(";".join(row) for row in _UN_ROWS), encoding="utf-8")
    report = ImportReport("delegationsordning", path.name)
    version = read_csv(path, report)
    assert _points(version) == _UN_POINTS
    assert not version.extra_columns
    assert [(line.where, line.text, line.why) for line in report.changed] == [
        ("Rad 1", "UN", "kolumnen har punkternas nummer: läses som Nr")
    ]


def test_an_excel_number_column_under_a_short_heading_is_nr(tmp_path: Path) -> None:
    """Under a title row and with its header repeated further down, as a printed list has."""
    book = Workbook()
    sheet = book.active
    sheet.title = "UN"
    sheet.append(["Delegationsordning för utbildningsnämnden"])
    for row in [*_UN_ROWS[:4], _UN_ROWS[0], *_UN_ROWS[4:]]:
        sheet.append(row)
    path = tmp_path / "d.xlsx"
    book.save(path)
    report = ImportReport("delegationsordning", path.name)
    version = read_xlsx(path, report)
    assert _points(version) == _UN_POINTS
    assert not version.extra_columns
    said = [(line.where, line.text) for line in report.changed if line.text == "UN"]
    assert said == [("Blad UN, rad 2", "UN")]


def test_a_csv_text_column_under_a_short_heading_stays_extra(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "Ärende;Delegat;Avd\nYttranden;Kommunchef;Kansli\nAttest;Ekonomichef;Ekonomi 2\n"
        "Avskrivning;Ekonomichef;Ekonomi 2\n",
        encoding="utf-8",
    )
    version = read_csv(path)
    assert version.extra_columns == ["Avd"]


def test_the_header_block_typed_again_on_a_later_page_is_one_line(tmp_path: Path) -> None:
    version, report = read_built(write_sn, tmp_path)
    assert [(line.where, line.text, line.why) for line in report.dropped][-1] == (
        "Tabell 3",
        "Fastställd av | Dnr: | Sida",
        "dokumenthuvudets tabell igen, överst på en ny sida",
    )
    assert not [line for line in report.dropped if "2:26" in line.text]
    assert "Sida" not in version.header
    page = [(line.text, line.why) for line in report.dropped if line.where == "Tabell 1"]
    assert page == [("Sida 1:26", "sidans nummer: gäller inte i ksdesk")]


def test_labels_over_dates_under_a_first_row_of_labels_are_fields(tmp_path: Path) -> None:
    """ "Ersätter | ändrad | Sign" over "2013-12-17 | 2014-06-26 |": none of them was a label
    ksdesk knew, and all five cells were dropped."""
    version, report = read_built(write_sn, tmp_path)
    assert version.header["Ersätter"] == "2013-12-17"
    assert version.header["ändrad"] == "2014-06-26"
    assert not [line for line in report.dropped if "2013-12-17" in line.text]
