"""Real budget tables from Swedish kommuner (real_budget_tables.py), each written as XLSX and
CSV the ways a secretary receives them, imported through the service and compared row by row:
labels, every figure, the unit, the column headers, which rows are checked as sums, that the
real figures give no finding, and that one changed figure gives exactly the right one."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from ksdesk.core.budget_check import check_sheet
from ksdesk.services.budget import read_with_report

from . import real_budget_tables as real
from .real_budget_more import MORE_TABLES

TABLES = (*real.TABLES, *MORE_TABLES)

VARIANTS = {
    "csv-utf8-bom": lambda t, p: real.write_csv(t, p.with_suffix(".csv")),
    "csv-1252-nbsp": lambda t, p: real.write_csv(
        t, p.with_suffix(".csv"), encoding="cp1252", spaces="\u00a0"
    ),
    "csv-narrow-nbsp-minus": lambda t, p: real.write_csv(
        t, p.with_suffix(".csv"), spaces="\u202f", minus="\u2212"
    ),
    "csv-point-groups": lambda t, p: real.write_csv(t, p.with_suffix(".csv"), spaces="."),
    "csv-brackets": lambda t, p: real.write_csv(t, p.with_suffix(".csv"), minus="()"),
    "csv-minus-after": lambda t, p: real.write_csv(t, p.with_suffix(".csv"), minus="after"),
    "xlsx-numbers": lambda t, p: real.write_xlsx(t, p.with_suffix(".xlsx")),
    "xlsx-text": lambda t, p: real.write_xlsx(t, p.with_suffix(".xlsx"), numbers="text"),
    "xlsx-formulas": lambda t, p: real.write_xlsx(t, p.with_suffix(".xlsx"), formulas=True),
}


def _read(table: real.Table, variant: str, path: Path):
    return read_with_report(VARIANTS[variant](table, path), "Blad")[0]


def figures(sheet) -> list[tuple[str, list[Decimal | None]]]:
    numeric = [i for i, c in enumerate(sheet.columns) if c.is_numeric]
    return [
        (
            row.label,
            [v if isinstance(v, Decimal) else None for v in (row.cells[i] for i in numeric)],
        )
        for row in sheet.rows
    ]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_a_real_table_reads_as_printed_and_checks_clean(table, variant, tmp_path) -> None:
    assert_read_as_printed(_read(table, variant, tmp_path / table.name), table)


def assert_read_as_printed(sheet, table) -> None:
    """Unit, headers and every figure as the kommun printed them, each sum the table prints
    checked, and exactly the findings its published figures give."""
    assert sheet.unit == table.unit
    assert [c.header for c in sheet.columns] == real.expected_headers(table)
    assert figures(sheet) == real.expected_rows(table)
    result = check_sheet(sheet)
    checked = {sheet.rows[c.row].label for c in result.checks if c.direction == "nedåt"}
    assert set(table.checked) <= checked
    assert real.findings_of(result) == real.published_findings(table)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("table", [t for t in TABLES if t.change], ids=lambda t: t.name)
def test_one_changed_figure_gives_exactly_its_finding(table, variant, tmp_path) -> None:
    _, header, _, total = table.change
    sheet = _read(real.changed(table), variant, tmp_path / table.name)
    found = {f for f in real.findings_of(check_sheet(sheet)) if f[2] == "fel"}
    also = {(label, column, "fel") for label, column in table.change_also}
    assert found == {(total, header, "fel")} | also | real.published_fel(table)


def test_minus_after_the_figure_is_read_negative_and_reported(tmp_path) -> None:
    path = real.write_csv(real.MALMO_PROGNOSAVVIKELSE_2015, tmp_path / "m.csv", minus="after")
    assert "11-" in path.read_text(encoding="utf-8-sig")
    sheet, report = read_with_report(path, "Blad")
    assert sheet.rows[2].cells[1:] == [Decimal(-11), Decimal(-10), Decimal(-1)]
    (line,) = [c for c in report.as_json()["changed"] if "minustecken" in c["text"]]
    assert line["text"] == "13 belopp med minustecken efter"


def test_points_between_thousands_are_read_only_when_the_table_groups_so(tmp_path) -> None:
    path = real.write_csv(real.GOTEBORG_RR_2019, tmp_path / "g.csv", spaces=".")
    sheet, report = read_with_report(path, "Blad")
    assert sheet.rows[0].cells[2:] == [Decimal(10932), Decimal(11397), Decimal(26287), 26720]
    (line,) = [c for c in report.as_json()["changed"] if "punkt" in c["text"]]
    assert line["text"] == "37 belopp med punkt mellan tusentalen"
    # One figure alone, or beside a decimal point, says nothing: it stays text and is warned.
    lone = tmp_path / "lone.csv"
    lone.write_text("Drift (tkr)\nPost;Belopp\nA;1.373\nB;2.5\nSumma;3 375,5\n", encoding="utf-8")
    sheet, _ = read_with_report(lone, "Blad")
    assert sheet.rows[0].cells[1] == "1.373"


def test_a_title_with_the_unit_in_a_cell_to_its_right_is_no_header(tmp_path) -> None:
    lines = list(real.SJOBO_NOTER_2022.lines)
    lines[0] = "Noter;;;;;;mnkr"
    lines[1] = "Belopp;" + lines[1].split(";", 1)[1]
    table = real.Table("noter", "", "mnkr", tuple(lines), real.SJOBO_NOTER_2022.checked)
    sheet, report = read_with_report(real.write_csv(table, tmp_path / "n.csv"), "Blad")
    assert (sheet.title, sheet.unit) == ("Noter", "mnkr")
    assert [c.header for c in sheet.columns][:3] == ["Belopp", "Not", "Bokslut 2020"]
    assert figures(sheet) == real.expected_rows(table)
    assert check_sheet(sheet).findings == []
    assert "belopp i mnkr (enligt raden ”mnkr”)" in report.read


def test_a_label_header_merged_down_over_a_two_line_header(tmp_path) -> None:
    lines = list(real.VASTERVIK_DRIFT_2021.lines)
    lines[1] = "Nämnd, mnkr" + lines[1][len("mnkr") :]
    table = real.Table("v", "", "mnkr", tuple(lines), merged=((1, 0, 0),))
    path = real.write_xlsx(table, tmp_path / "v.xlsx")
    sheet, _ = read_with_report(path, "Blad")
    assert [c.header for c in sheet.columns] == [
        "Nämnd, mnkr",
        "Intäkter 2020",
        "Intäkter 2021",
        "Kostnader 2020",
        "Kostnader 2021",
        "Nettokostnad 2021",
        "Budget 2021",
        "Avvikelse mot budget 2021",
    ]
    assert figures(sheet) == real.expected_rows(table)


def test_the_report_says_the_header_took_two_lines(tmp_path) -> None:
    path = real.write_xlsx(real.GOTEBORG_RR_2019, tmp_path / "g.xlsx")
    _, report = read_with_report(path, "Blad")
    assert "kolumnrubriker på två rader, lästa som en: ”Kommunen 2018”, ”Kommunen 2019” …" in (
        report.read
    )


def test_a_result_row_over_one_column_is_checked_when_no_costs_could_be_unsigned(
    tmp_path,
) -> None:
    """Malmö's prognosavvikelse with its Bokslut column only: ÅRETS RESULTAT is the sum of the
    nämnder above it, and a wrong figure is found even though it is the only result checked."""
    lines = [";".join(line.split(";")[:2]) for line in real.MALMO_PROGNOSAVVIKELSE_2015.lines]
    lines = (lines[0], "Nämnd;Bokslut", *lines[2:])
    table = real.Table("m", "", "mnkr", lines, ("ÅRETS RESULTAT",))
    sheet, _ = read_with_report(real.write_csv(table, tmp_path / "m.csv"), "Blad")
    assert check_sheet(sheet).findings == []
    wrong = real.Table("m", "", "mnkr", lines, change=("Finansiering", "Bokslut", "297", ""))
    sheet, _ = read_with_report(real.write_csv(real.changed(wrong), tmp_path / "w.csv"), "Blad")
    found = [(f.row_label, f.severity.value) for f in check_sheet(sheet).findings]
    assert found == [("ÅRETS RESULTAT", "fel")]


def test_a_row_summing_the_rows_under_it_is_no_total_of_the_rows_above(tmp_path) -> None:
    """Västervik's nämnder as Excel holds them: each nämnd's row =SUM of its verksamheter
    under it. Read as totals of the rows above, every figure of theirs was called fel."""
    parents = ((3, 4, 11), (12, 13, 17), (18, 19, 23))
    path = real.write_xlsx(real.VASTERVIK_DRIFT_2021, tmp_path / "v.xlsx", parents=parents)
    sheet, _ = read_with_report(path, "Blad")
    assert {r.kind for r in sheet.rows} == {"data"}
    assert figures(sheet) == real.expected_rows(real.VASTERVIK_DRIFT_2021)
    assert real.findings_of(check_sheet(sheet)) == real.published_fel(real.VASTERVIK_DRIFT_2021)


@pytest.mark.parametrize("written", ["S:a {}", "{} totalt", "Totalsumma {}", "{} totalt 1)"])
def test_a_total_named_another_way_is_checked(written, tmp_path) -> None:
    """Sjöbo's driftbudget with its Summa rows named as other kommuner name them."""
    lines, block = [], ""
    for line in real.SJOBO_DRIFTBUDGET_2025.lines:
        label, _, rest = line.partition(";")
        if rest and not rest.strip(";"):
            block = label or block
        if label == "Summa":
            label = written.format(block)
        lines.append(f"{label};{rest}")
    lines[25] = lines[25].replace("321,1", "331,1")  # Äldreomsorg, Plan 2026
    table = real.Table("s", "", "mnkr", tuple(lines))
    sheet, _ = read_with_report(real.write_csv(table, tmp_path / "s.csv"), "Blad")
    nämnder = ("Kommunstyrelse", "Familjenämnd", "Vård- och omsorgsnämnd", "Teknisk nämnd")
    assert [r.label for r in sheet.rows if r.kind == "total"] == [
        written.format(n) for n in (*nämnder, "Samhällsbyggnadsnämnd")
    ]
    found = {(f.row_label, f.column_header) for f in check_sheet(sheet).findings}
    assert found == {(written.format("Vård- och omsorgsnämnd"), "Plan 2026")}


def test_a_unit_over_the_label_header_of_a_two_line_header(tmp_path) -> None:
    lines = list(real.VASTERVIK_DRIFT_2021.lines)
    lines[1] = "Belopp i mnkr" + lines[1][len("mnkr") :]
    lines[2] = "Nämnd" + lines[2]
    table = dataclasses.replace(real.VASTERVIK_DRIFT_2021, lines=tuple(lines))
    for path in (
        real.write_csv(table, tmp_path / "v.csv"),
        real.write_xlsx(table, tmp_path / "v.xlsx"),
    ):
        sheet, _ = read_with_report(path, "Blad")
        assert sheet.unit == "mnkr"
        assert [c.header for c in sheet.columns][:3] == [
            "Nämnd (Belopp i mnkr)",
            "Intäkter 2020",
            "Intäkter 2021",
        ]
        assert figures(sheet) == real.expected_rows(real.VASTERVIK_DRIFT_2021)
        found = real.findings_of(check_sheet(sheet))
        assert found == real.published_fel(real.VASTERVIK_DRIFT_2021)
