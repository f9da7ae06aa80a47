"""Budget sheets in and out of XLSX and CSV."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ksdesk import paths
from ksdesk.core.budget import Column, Row, Sheet
from ksdesk.core.budget_check import check_sheet
from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.budget_csv import guess_delimiter, sheet_from_csv_bytes
from ksdesk.interchange.budget_xlsx import write_xlsx, xlsx_bytes
from ksdesk.interchange.budget_xlsx_formulas import across_formula, down_formula, parse_formula
from ksdesk.interchange.budget_xlsx_read import read_xlsx
from ksdesk.interchange.demo_json import read_demo

D = Decimal


@pytest.fixture(scope="module")
def seed_sheets() -> list[Sheet]:
    return read_demo(paths.demo_dir()).sheets


def test_xlsx_round_trip_keeps_every_seed_sheet_exactly(seed_sheets, tmp_path: Path) -> None:
    for sheet in seed_sheets:
        path = tmp_path / f"{sheet.key}.xlsx"
        write_xlsx(sheet, path)
        back = read_xlsx(path, "filnamnet")
        back.key = sheet.key
        assert back == sheet, sheet.key  # stated totals, codes, kinds, identities, caption


def test_xlsx_has_formulas_for_totals_and_comments_on_findings(seed_sheets, tmp_path) -> None:
    itcenter = next(s for s in seed_sheets if s.key == "itcenter")
    path = tmp_path / "it.xlsx"
    write_xlsx(itcenter, path)
    ws = openpyxl.load_workbook(path).active
    header = next(r for r in range(1, 10) if ws.cell(r, 1).value == "Förv")
    total = header + 6
    assert ws.cell(total, 3).value == f"=SUM(C{header + 1}:C{header + 5})"
    assert ws.cell(header + 1, 7).value == f"=SUM(D{header + 1}:F{header + 1})"  # the identity
    assert "avrundning" in ws.cell(total, 3).comment.text
    cached = openpyxl.load_workbook(path, data_only=True).active
    assert cached.cell(total, 7).value == 8864  # the stated total, as the board saw it
    assert cached.cell(header + 1, 2).number_format == "0%"


def test_xlsx_as_excel_writes_it(tmp_path: Path) -> None:
    """Floats, General format, zero-padded codes, percent, a formula never calculated."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Investeringar 2022"])
    ws.append(["Belopp i mnkr"])
    ws.append(["Projekt", "Kod", "Andel", "2022", "2023", "Summa"])
    ws.append(["Skola", 32, 0.6, 1.2, 0.30000000000000004, "=D4+E4"])
    ws.append(["Väg", 7, 0.4, 2.5, 1.0, "=D5+E5"])
    ws.append(["Summa", None, 1, "=SUM(D4:D5)", "=SUM(E4:E5)", "=SUM(F4:F5)"])
    for row in (4, 5):
        ws.cell(row, 2).number_format = "0000"
        ws.cell(row, 3).number_format = "0%"
        ws.cell(row, 5).number_format = "0.0"
    ws.cell(6, 3).number_format = "0%"
    path = tmp_path / "excel.xlsx"
    wb.save(path)
    sheet = read_xlsx(path, "Investeringar")
    assert [c.kind for c in sheet.columns] == [
        "text",
        "code",
        "percent",
        "amount",
        "amount",
        "amount",
    ]
    assert sheet.unit == "mnkr" and sheet.decimals == 1
    assert (sheet.title, sheet.caption) == ("Investeringar 2022", "")  # the file's own title
    assert sheet.rows[0].cells == ["Skola", "0032", D(60), D("1.2"), D("0.3"), D("1.5")]
    assert [r.kind for r in sheet.rows] == ["data", "data", "total"]
    assert sheet.rows[2].cells[3] == D("3.7")
    assert sheet.columns[5].sums == ()  # "Summa" over the columns before it: implied
    assert check_sheet(sheet).findings == []


def test_not_an_xlsx_is_refused_in_swedish(tmp_path: Path) -> None:
    path = tmp_path / "fel.xlsx"
    path.write_text("inte en arbetsbok")
    with pytest.raises(InvalidInput, match="är ingen Excel-fil"):
        read_xlsx(path, "x")


def test_formulas_written_and_read() -> None:
    assert down_formula(2, [5, 6, 7, 9]) == "=SUM(C5:C7,C9)"
    assert parse_formula("=SUM(C5:C7,C9)").kind == "down"
    from ksdesk.core.budget import Term

    formula = across_formula(7, [Term(3), Term(4), Term(5, -1)])
    assert formula == "=D7+E7-F7"
    parsed = parse_formula(formula)
    assert parsed.kind == "across" and parsed.terms == (Term(3), Term(4), Term(5, -1))
    assert parse_formula("=VLOOKUP(A1,B:C,2)") is None
    assert parse_formula("=SUBTOTAL(9,B2:B4)").kind == "down"


# ---------------------------------------------------------------------------------------------
# CSV

SWEDISH_CSV = """Verksamhet;Kod;Beskrivning;Äskat;Förslag
;;;mnkr;mnkr
Kommunstab;0032;Omfördelat;;−0,5
Kommunstab;0014;Juridisk tjänst;0,5;0,5
AMI;0007;Lokalkostnader;-0,4;– 1,8
Delsumma;;;0,1;−1,8
Ekonomi;0100;Ny tjänst;1 373;1373
SUMMA;;;1 373,1;1 371,2
"""


def test_windows_1252_csv_with_semicolons_and_swedish_numbers() -> None:
    sheet = sheet_from_csv_bytes(SWEDISH_CSV.replace("−", "-").encode("cp1252"), "Volym")
    assert sheet.columns[3].header == "Äskat"
    assert [c.kind for c in sheet.columns] == ["text", "code", "text", "amount", "amount"]
    assert sheet.unit == "mnkr" and sheet.decimals == 1
    assert [r.kind for r in sheet.rows] == [
        "heading",
        "data",
        "data",
        "data",
        "subtotal",
        "data",
        "total",
    ]
    assert sheet.rows[1].cells[1] == "0032"  # codes with leading zeros stay text
    assert sheet.rows[3].cells[4] == D("-1.8")  # "– 1,8": an en dash and a space
    assert sheet.rows[5].cells[3] == D(1373)
    assert check_sheet(sheet).findings == []


def test_utf8_csv_with_true_minus_signs() -> None:
    sheet = sheet_from_csv_bytes(SWEDISH_CSV.encode("utf-8"), "Volym")
    assert sheet.rows[1].cells[4] == D("-0.5")
    assert check_sheet(sheet).findings == []


def test_comma_separated_csv_with_quoted_swedish_decimals() -> None:
    data = b'Post,Belopp\n"A","1 373,5"\nB,12.5\nSumma,"1 386,0"\n'
    assert guess_delimiter(data.decode()) == ","
    sheet = sheet_from_csv_bytes(data, "Komma")
    assert [r.cells[1] for r in sheet.rows] == [D("1373.5"), D("12.5"), D("1386.0")]


def test_ambiguous_number_is_kept_as_text_and_warned() -> None:
    data = b"Post;Belopp\nA;1.373,5\nB;10\nC;20\nSumma;30\n"
    sheet = sheet_from_csv_bytes(data, "Tvetydig")
    assert sheet.rows[0].cells[1] == "1.373,5"
    (finding,) = check_sheet(sheet).findings
    assert finding.severity == "varning"


def test_file_without_a_table_is_refused() -> None:
    with pytest.raises(InvalidInput, match="ingen tabell"):
        sheet_from_csv_bytes(b"bara en rad\n", "x")


AMOUNTS = st.decimals(
    min_value=D("-9999999.99"), max_value=D("9999999.99"), places=2, allow_nan=False
) | st.integers(min_value=-(10**9), max_value=10**9).map(D)


@settings(max_examples=25, deadline=None)
@given(st.lists(AMOUNTS, min_size=1, max_size=6))
def test_xlsx_round_trip_keeps_any_amounts(tmp_path_factory, values: list[Decimal]) -> None:
    sheet = Sheet(
        key="h",
        title="Hypotes",
        decimals=2,
        columns=[Column("Post", "text"), Column("Belopp")],
        rows=[Row("data", [f"rad {i}", v]) for i, v in enumerate(values)],
    )
    path = tmp_path_factory.mktemp("h") / "h.xlsx"
    path.write_bytes(xlsx_bytes(sheet))
    back = read_xlsx(path, "Hypotes")
    assert [r.cells[1] for r in back.rows] == values
    assert [str(r.cells[1]) for r in back.rows] == [str(v) for v in values]
