"""XLSX files that claim to be huge: every importer opens its workbook through one safe
helper that streams and counts, and refuses in Swedish within its caps (peak memory is
measured in bench/xlsx_caps.py)."""

from __future__ import annotations

import io
import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange import agenda_import, budget_xlsx_read, delegation_tabular
from ksdesk.interchange.sheet_records import xlsx_records
from ksdesk.interchange.xlsx_open import open_xlsx
from ksdesk.interchange.xlsx_scan import MAX_CELL_CHARS, MAX_UNPACKED_BYTES

SHEET = "xl/worksheets/sheet1.xml"


def _workbook(rows: list[list[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Blad1"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _patched(data: bytes, part: str, change: Callable[[bytes], bytes], extra=()) -> bytes:
    """The zip with one part changed (and extra (name, bytes) parts added)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == part:
                content = change(content)
            target.writestr(info, content, compress_type=zipfile.ZIP_DEFLATED)
        for name, content in extra:
            target.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _sheet_data(data: bytes, rows: str) -> bytes:
    """A workbook whose sheet1 holds `rows` (raw <row> XML) as its sheetData."""
    return _patched(
        data,
        SHEET,
        lambda xml: re.sub(rb"<sheetData>.*</sheetData>|<sheetData/>", rows.encode(), xml, count=1),
    )


def _text_row(text: str) -> str:
    cell = f'<c r="A1" t="inlineStr"><is><t>{text}</t></is></c>'
    return f'<sheetData><row r="1">{cell}</row></sheetData>'


AGENDA = [["Rubrik", "Dnr"], ["Budget 2021", "KS 2020/1"], ["Delegationsordning", "KS 2020/2"]]


def _huge_dimension(data: bytes) -> bytes:
    return _patched(
        data,
        SHEET,
        lambda xml: re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', xml),
    )


def test_a_declared_huge_dimension_reads_only_what_is_there(tmp_path: Path) -> None:
    data = _huge_dimension(_workbook(AGENDA))
    assert b"A1:XFD1048576" in zipfile.ZipFile(io.BytesIO(data)).read(SHEET)
    started = time.monotonic()
    book = open_xlsx(data, "ärendelista")
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert rows == [tuple(r) for r in AGENDA]
    assert time.monotonic() - started < 5
    # Each importer's own reading of it.
    path = tmp_path / "lista.xlsx"
    path.write_bytes(data)
    assert [r[1][0] for r in xlsx_records(data, "lista.xlsx", "ärendelista", 500)][1:] == [
        "Budget 2021",
        "Delegationsordning",
    ]


def test_a_styled_empty_cell_far_away_is_no_reason_to_refuse() -> None:
    rows = (
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Rubrik</t></is></c></row>'
        '<row r="1048576"><c r="XFD1048576" s="1"/></row></sheetData>'
    )
    book = open_xlsx(_sheet_data(_workbook([["x"]]), rows), "ärendelista")
    assert list(book.worksheets[0].iter_rows(values_only=True)) == [("Rubrik",)]
    book.close()


def _refused(data: bytes, *expected: str) -> str:
    started = time.monotonic()
    with pytest.raises(InvalidInput) as refused:
        open_xlsx(data, "budgetblad", name="hot.xlsx")
    message = str(refused.value)
    assert time.monotonic() - started < 10
    assert message.startswith("hot.xlsx kan inte läsas in som budgetblad: ")
    for text in expected:
        assert text in message, message
    return message


def test_a_giant_text_cell_is_refused_without_unpacking_it() -> None:
    giant = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b"<si><t>"
        + b"A" * 40_000_000
        + b"</t></si></sst>"
    )
    data = _patched(_workbook([["x"]]), "", lambda x: x, extra=[("xl/sharedStrings.xml", giant)])
    assert len(data) < 1_000_000
    _refused(data, "mer än 32\u00a0767 tecken")


def test_an_inline_text_cell_over_excels_limit_is_refused() -> None:
    _refused(_sheet_data(_workbook([["x"]]), _text_row("B" * (MAX_CELL_CHARS + 1))), "tecken")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("A200000", "rad 200\u00a0000"), ("XFD1", "kolumn XFD"), ("OJ1000", "celler")],
)
def test_content_beyond_the_caps_is_refused(cell: str, expected: str) -> None:
    row = re.sub(r"\D", "", cell)
    rows = f'<sheetData><row r="{row}"><c r="{cell}"><v>1</v></c></row></sheetData>'
    if cell == "OJ1000":  # 1000 rows × 400 columns: each within its cap, too many together
        rows = (
            '<sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
            f'<row r="{row}"><c r="{cell}"><v>1</v></c></row></sheetData>'
        )
    _refused(_sheet_data(_workbook([["x"]]), rows), "ett blad", expected)


def test_a_zip_bomb_part_is_refused_by_the_unpacked_size() -> None:
    data = _patched(
        _workbook([["x"]]), "", lambda x: x, extra=[("xl/media/bild.bin", bytes(60_000_000))]
    )
    _refused(data, f"uppackad är filen större än {MAX_UNPACKED_BYTES // 1_000_000}\u00a0MB")


def test_a_doctype_and_a_giant_tag_are_refused() -> None:
    _refused(
        _patched(
            _workbook([["x"]]),
            SHEET,
            lambda xml: b'<!DOCTYPE x [<!ENTITY a "b">]>' + xml,
        ),
        "DOCTYPE",
    )
    attribute = "x" * 3_000_000
    rows = f'<sheetData><row r="1"><c r="A1" s="{attribute}"><v>1</v></c></row></sheetData>'
    _refused(_sheet_data(_workbook([["x"]]), rows), "XML-tagg")


def test_damaged_parts_are_refused_in_swedish() -> None:
    _refused(_patched(_workbook([["x"]]), SHEET, lambda xml: xml[: len(xml) // 2]), "skadad")
    rows = '<sheetData><row r="1"><c r="A0"><v>1</v></c></row></sheetData>'
    _refused(_sheet_data(_workbook([["x"]]), rows), "skadad")


def test_every_xlsx_importer_opens_through_the_helper(tmp_path: Path) -> None:
    path = tmp_path / "hot.xlsx"
    path.write_bytes(_sheet_data(_workbook([["x"]]), _text_row("C" * (MAX_CELL_CHARS + 10))))
    for read in (
        lambda: budget_xlsx_read.read_xlsx(path, "Blad1"),
        lambda: agenda_import.read_agenda(path.read_bytes(), "hot.xlsx"),
        lambda: delegation_tabular.read_xlsx(path),
    ):
        with pytest.raises(InvalidInput, match=r"hot\.xlsx kan inte läsas in som .*tecken"):
            read()
