"""Agenda import: CSV with ; or , in UTF-8 or Windows-1252, XLSX, headers in any case and
order, only Ärende required, line breaks in cells, and a Swedish refusal naming the row."""

from __future__ import annotations

import io

import openpyxl
import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.agenda_import import read_agenda

SEED_CSV = (
    "Nr;Ärende;Dnr;Föredragande;Tid;Förslag till beslut\n"
    "1;Val av justerare;;;;\n"
    ";Beslutsärenden;;;;\n"
    '2;"Omfördelning av budgetmedel från\nkommunstyrelsen till samhällsbyggnadsnämnden";'
    '2020/434;Jessica Hedlund;13:00-13:20;"1. Fullmäktige uppdrar …\n2. Akten"\n'
)


def test_semicolon_utf8_with_line_breaks_and_a_section_row() -> None:
    result = read_agenda(SEED_CSV.encode("utf-8-sig"), "lista.csv")
    titles = [i.title for i in result.items]
    assert titles == [
        "Val av justerare",
        "Beslutsärenden",
        "Omfördelning av budgetmedel från kommunstyrelsen till samhällsbyggnadsnämnden",
    ]
    assert result.items[1].is_section
    item = result.items[2]
    assert (item.dnr, item.presenter, item.time_slot) == (
        "2020/434",
        "Jessica Hedlund",
        "13.00–13.20",
    )
    assert item.proposal == "1. Fullmäktige uppdrar …\n2. Akten"


def test_comma_windows_1252_and_headers_in_any_case_and_order() -> None:
    text = "DNR,ärende\nKS 2020/437,Fastställande av kommunstyrelsens budget 2021\n"
    result = read_agenda(text.encode("cp1252"), "lista.csv")
    assert result.items[0].title == "Fastställande av kommunstyrelsens budget 2021"
    assert result.items[0].dnr == "KS 2020/437"
    assert not result.items[0].is_section  # without an Nr column no row is a heading


def test_xlsx_with_numbers_times_and_line_breaks() -> None:
    from datetime import time

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nr", "Ärende", "Dnr", "Tid", "Förslag till beslut"])
    sheet.append([1, "Stockholm Business Alliance", "2020/439", time(14, 30), "1. Att\n2. Att"])
    sheet.append([2.0, "Revidering av delegationsordningen", "2019/507", None, None])
    buffer = io.BytesIO()
    book.save(buffer)
    result = read_agenda(buffer.getvalue(), "lista.xlsx")
    assert [i.title for i in result.items] == [
        "Stockholm Business Alliance",
        "Revidering av delegationsordningen",
    ]
    assert result.items[0].time_slot == "14.30"
    assert result.items[0].proposal == "1. Att\n2. Att"


def test_odd_dnr_is_a_warning_not_a_refusal() -> None:
    result = read_agenda("Ärende;Dnr\nA;KS 2014/\n".encode(), "lista.csv")
    assert result.items[0].dnr == "KS 2014/"
    assert result.warnings == ['Rad 2: Diarienumret "KS 2014/" saknar löpnummer.']


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Nr;Kommentar\n1;A\n", "kolumnen Ärende saknas"),
        ("Nr;Ärende;Tid\n1;A;13.00\n2;B;25.00\n".encode(), "rad 3, kolumn Tid"),
        ("Nr;Ärende;Dnr\n1;A;\nx;B;\n".encode(), "rad 3, kolumn Nr"),
        ("Nr;Ärende;Dnr\n1;;KS 2020/1\n".encode(), "rad 2, kolumn Ärende"),
        (b"", "är tom"),
        (b"Nr;\xc4rende\n\x00\x01\x02", "ingen textfil"),
        ("Ärende\n".encode(), "inga ärenden"),
        (b"PK\x03\x04garbage", "kan inte läsas som Excel-fil"),
    ],
)
def test_bad_files_are_refused_in_swedish_with_row_and_column(content: bytes, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        read_agenda(content, "lista.csv")


def test_a_huge_file_is_refused_not_read() -> None:
    rows = "Ärende\n" + "".join(f"Ärende {n}\n" for n in range(10_000))
    with pytest.raises(InvalidInput, match="fler än 500 rader"):
        read_agenda(rows.encode(), "lista.csv")
