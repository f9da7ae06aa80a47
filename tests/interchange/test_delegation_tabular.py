"""CSV and XLSX with the same column names as the Word tables."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange.delegation_tabular import read_csv, read_rows, read_xlsx


def test_csv_with_semicolons_and_a_chapter_column(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "Kapitel;Nr;Delegeringens omfattning;Lagrum/stöd;Delegerat till;Ersättare;"
        "Anmärkning/villkor\n"
        "Allmänt;1.;Avvisa sent överklagande;45 § FL;Kommunsekreterare;Kanslichef;\n"
        ";;;;;;fortsatt text\n"
        'Ekonomi;2;Placera medel;;"Ekonomichef\nKassör";;\n',
        encoding="utf-8-sig",
    )
    chapters = read_csv(path).chapters
    assert [c.title for c in chapters] == ["Allmänt", "Ekonomi"]
    first = chapters[0].points[0]
    assert (first.nr, first.lagrum, first.anmarkning) == ("1", "45 § FL", "fortsatt text")
    assert chapters[1].points[0].delegat == ["Ekonomichef", "Kassör"]


def test_xlsx_sheets_with_repeated_header(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Personal"])
    sheet.append(["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare", "Med rätt att vidaredelegera"])
    sheet.append([50, "Anställa", None, "Kommundirektör", None, "Ja"])
    sheet.append(["Nr", "Ärende", "Lagrum", "Delegat", "Ersättare", "Med rätt att vidaredelegera"])
    sheet.append([51, "Avskeda", None, "Kommundirektör", None, None])
    path = tmp_path / "d.xlsx"
    book.save(path)
    (chapter,) = read_xlsx(path).chapters
    assert chapter.title == "Personal"
    assert [(p.nr, p.vidaredelegation) for p in chapter.points] == [("50", "Ja"), ("51", "")]


def test_rows_without_a_header_are_refused() -> None:
    with pytest.raises(InvalidInput, match="rubrikrad"):
        read_rows([["a", "b"], ["c", "d"]])
