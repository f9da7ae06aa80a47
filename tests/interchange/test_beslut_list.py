"""Reading a diarium's list of delegationsbeslut (interchange.beslut_list)."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.beslut_list import point_number, read_beslut_list, read_date
from tests.interchange.beslut_lists import CICERON_CSV, public_360_xlsx


def test_public_360_xlsx_below_its_title_keeps_the_extra_column() -> None:
    listed = read_beslut_list(public_360_xlsx(criteria=True), "rapport.xlsx")
    assert [r.row for r in listed.rows] == [5, 6, 7]
    first, second, _ = listed.rows
    assert (first.dnr, first.date, first.delegat, first.punkt) == (
        "KS 2020/501",
        dt.date(2020, 11, 20),
        "Kommunsekreterare",
        "4",
    )
    assert second.date == dt.date(2020, 11, 23)  # the time of day is not the date's
    assert first.text == "Yttrande över remiss om avfallsplan"
    assert first.forvaltning == "Kansliavdelningen"
    assert first.beskrivning == "Status: Avslutat"
    report = listed.report
    assert [line.text for line in report.dropped] == [
        "Sökvillkor",  # a later sheet is not read, and the report says so
        "Delegationsbeslut – Kommunstyrelsen",
        "Delegationsbeslut 2020-11-01 – 2020-11-30",
    ]
    assert [line.text for line in report.unknown_columns] == ["Status"]


def test_ciceron_csv_in_windows_1252_with_the_point_in_lagrum() -> None:
    listed = read_beslut_list(CICERON_CSV, "ciceron.csv")
    rows = listed.rows
    assert [r.dnr for r in rows] == [f"KS 2020/61{n}" for n in range(5)]
    assert [r.date for r in rows] == [
        dt.date(2020, 11, 26),
        dt.date(2020, 11, 27),
        None,
        dt.date(2020, 11, 28),
        None,
    ]
    assert rows[0].text == "Förlängning av hyresavtal för förråd"
    assert (rows[0].punkt, rows[0].organ, rows[0].handlaggare) == (
        "4",
        "Kommunstyrelsen",
        "Åsa Öberg",
    )
    assert rows[0].beskrivning == "Lagrum: Delegationsordning p. 4"
    assert rows[4].date_text == "31.11.2020"


def test_a_heading_with_a_typo_is_read_and_said() -> None:
    data = "Diarienumer,Beslutsdatum,Rubrik,Beslutsfatare\nDnr KS 2020/1,2020-11-02,Avslag,KSO\n"
    listed = read_beslut_list(data.encode("utf-8-sig"), "lista.csv")
    assert (listed.rows[0].dnr, listed.rows[0].delegat) == ("KS 2020/1", "KSO")
    assert any("Beslutsfatare" in line.text for line in listed.report.changed)
    assert any(line.text == "Dnr KS 2020/1" for line in listed.report.changed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-11-26", dt.date(2020, 11, 26)),
        ("2020-11-26 14:32", dt.date(2020, 11, 26)),
        ("26.11.2020", dt.date(2020, 11, 26)),
        ("26/11/2020", dt.date(2020, 11, 26)),
        ("20201126", dt.date(2020, 11, 26)),
        ("44161", dt.date(2020, 11, 26)),  # Excel's serial number in a cell without format
        ("26 november 2020", dt.date(2020, 11, 26)),
        ("31.11.2020", None),
        ("snart", None),
    ],
)
def test_dates_as_exports_write_them(text: str, expected: dt.date | None) -> None:
    assert read_date(text) == expected


def test_point_numbers_out_of_their_cells() -> None:
    assert point_number("p. 3.2.1") == "3.2.1"
    assert point_number("Delegationsordning punkt 2.1.12") == "2.1.12"
    assert point_number("12.") == "12"
    assert point_number("KL 6 kap. 39 §") == ""


def test_a_file_without_rubrikrad_is_refused_in_swedish() -> None:
    with pytest.raises(InvalidInput, match="ingen rubrikrad"):
        read_beslut_list(b"bara;text\nutan;rubriker\n", "fel.csv")
    with pytest.raises(InvalidInput, match="saknar kolumnen Beslutsdatum"):
        read_beslut_list(b"Dnr;Rubrik;Delegat\nKS 1;x;y\n", "fel.csv")


def test_a_plain_datum_beside_beslutsdatum_is_kept_not_read_as_the_decision_date() -> None:
    data = (
        b"Datum;Dnr;Rubrik;Beslutsfattare;Beslutsdatum\n"
        b"2020-12-01;KS 2020/9;Avslag;KSO;2020-11-27\n"
    )
    listed = read_beslut_list(data, "lista.csv")
    assert listed.rows[0].date == dt.date(2020, 11, 27)
    assert listed.rows[0].beskrivning == "Datum: 2020-12-01"
    assert [line.text for line in listed.report.unknown_columns] == ["Datum"]
    # Two such dates and none of the decision: the first is read, as ever.
    both = read_beslut_list(b"Datum;Dokumentdatum;Dnr;Rubrik\n2020-12-01;2020-11-30;KS 1;x\n")
    assert both.rows[0].date == dt.date(2020, 12, 1)


def test_a_point_column_that_cites_the_law_is_kept_not_lost() -> None:
    # Built here, not copied: socialnämnder write the lagrum where the point would stand.
    data = (
        "Dnr;Beslutsdatum;Beslut;Delegat;Delegationspunkt\n"
        "SN 2019/12;2019-03-04;Bistånd beviljas;Socialsekreterare;SoL 4:1\n"
        "SN 2019/13;2019-03-04;Avslag;Socialsekreterare;4 kap. 1 § SoL\n"
        "SN 2019/14;2019-03-04;Avslag;Socialsekreterare;p. 3.2\n"
    )
    listed = read_beslut_list(data.encode(), "lista.csv")
    assert [(r.punkt, r.beskrivning) for r in listed.rows] == [
        ("", "Delegationspunkt: SoL 4:1"),
        ("", "Delegationspunkt: 4 kap. 1 § SoL"),
        ("3.2", ""),
    ]
    assert [(line.where, line.text) for line in listed.report.changed] == [
        ("Rad 2", "SoL 4:1"),
        ("Rad 3", "4 kap. 1 § SoL"),
    ]


def test_a_list_printed_over_pages_and_grouped_by_delegat_reads_only_its_decisions() -> None:
    # Built here, not copied: the report's rubrikrad again at the top of page 2, and the
    # rows grouped under a delegat's sub-heading, as lists copied from a PDF into Excel are.
    header = ["Diarienummer", "Dokumentdatum", "Dokumenttitel", "Beslutsfattare"]
    rows = [
        header,
        ["Kommundirektörens beslut", None, None, None],
        ["KS 2020/501", "2020-11-20", "Yttrande över remiss om avfallsplan", None],
        header,
        ["Individ- och familjeomsorg", None, None, None],
        ["KS 2020/502", "2020-11-23", "Utlämnande av allmän handling", "Kommunsekreterare"],
    ]
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    listed = read_beslut_list(out.getvalue(), "rapport.xlsx")
    assert [(r.row, r.dnr, r.delegat) for r in listed.rows] == [
        (3, "KS 2020/501", "Kommundirektören"),
        (6, "KS 2020/502", "Kommunsekreterare"),
    ]
    dropped = {(line.where, line.why) for line in listed.report.dropped}
    assert ("Rad 4", "rubrikraden upprepas (ny sida): ingen rad med beslut") in dropped
    assert ("Rad 5", "underrubrik i listan: ingen rad med beslut") in dropped
    changed = {(line.where, line.why) for line in listed.report.changed}
    assert ("Rad 2", "delegat för raderna under: Kommundirektören") in changed


def test_a_list_in_a_word_table_reads_as_its_csv() -> None:
    """The list as a kallelse in Word carries it: a table under a heading. A .docx was read
    as a workbook and refused with a message about Excel cells."""
    import csv

    import docx

    document = docx.Document()
    document.add_paragraph("Anmälan av delegationsbeslut till kommunstyrelsen")
    rows = list(csv.reader(io.StringIO(CICERON_CSV.decode("cp1252")), delimiter=";"))
    table = document.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        cells = table.add_row().cells
        for index, text in enumerate(row):
            cells[index].text = text
    out = io.BytesIO()
    document.save(out)
    from_word = read_beslut_list(out.getvalue(), "anmälan.docx")
    from_csv = read_beslut_list(CICERON_CSV, "ciceron.csv")
    fields = ("dnr", "date", "text", "delegat", "punkt", "organ", "handlaggare", "beskrivning")
    assert [[getattr(r, f) for f in fields] for r in from_word.rows] == [
        [getattr(r, f) for f in fields] for r in from_csv.rows
    ]
    assert [line.text for line in from_word.report.dropped] == [
        "Anmälan av delegationsbeslut till kommunstyrelsen"
    ]


def test_a_lagrum_column_is_said_and_printed_under_med_stod_av() -> None:
    """walk37 #9: IFO's "Lagrum" ("4 kap. 1 § SoL") was kept silently in the beskrivning and
    the anmälan's "Med stöd av" column was empty. The client is invented."""
    from ksdesk.core.delegation import Delegationsbeslut
    from ksdesk.reports.delegationsbeslut_pdf import punkt_text

    data = "Datum,Dnr,Beslut,Lagrum\n2025-03-14,IF-2025-00150,Bistånd,4 kap. 1 § SoL\n"
    listed = read_beslut_list(data.encode("utf-8-sig"), "lista.csv")
    row = listed.rows[0]
    assert any("Med stöd av" in line.why for line in listed.report.changed)
    beslut = Delegationsbeslut(row.dnr, dt.date(2025, 3, 14), beskrivning=row.beskrivning)
    assert punkt_text(beslut) == "4 kap. 1 § SoL"
