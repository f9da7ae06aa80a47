"""The real tables of round six (real_budget_sixth.py: Helsingborg and Norrköping), from every
file variant and as text out of a PDF: every figure under its column, the headers, exactly the
findings the published figures give (no false fel), and one changed figure found at its own
sum; and each rule they needed, on the real rows that need it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ksdesk.core.budget_check import check_sheet
from ksdesk.services.budget import read_with_report

from . import real_budget_tables as real
from .real_budget_sixth import (
    HELSINGBORG_DRIFT_2016,
    HELSINGBORG_RR_KONCERN_2016,
    NORRKOPING_KOSTNADER_2022,
    SIXTH_TABLES,
)
from .test_budget_real_tables import VARIANTS, assert_read_as_printed, figures
from .test_budget_real_third import ALL_VARIANTS

TEXT_VARIANTS = [v for v in ALL_VARIANTS if v.startswith(("paste-", "pdf-"))]
# What the paste readers (budget_paste_*.py) do not yet read right: nothing since
# budgetpaste26; a case put here runs as xfail(strict).
_KNOWN: dict[tuple[str, str], str] = {}
# And where that puts the changed figure's fel under another header.
_KNOWN_CHANGE: dict[tuple[str, str], str] = {}


def _case(table, variant, known_cases=_KNOWN):
    known = known_cases.get((table.name, variant))
    marks = [pytest.mark.xfail(strict=True, reason=known)] if known else []
    return pytest.param(table, variant, id=f"{table.name}-{variant}", marks=marks)


def _read(table, variant: str, path):
    return read_with_report(ALL_VARIANTS[variant](table, path), "Blad")[0]


def _fel(sheet) -> set[tuple[str, str, str]]:
    return {f for f in real.findings_of(check_sheet(sheet)) if f[2] == "fel"}


@pytest.mark.parametrize(
    ("table", "variant"), [_case(t, v) for t in SIXTH_TABLES for v in ALL_VARIANTS]
)
def test_a_table_of_round_six_reads_as_printed(table, variant, tmp_path) -> None:
    assert_read_as_printed(_read(table, variant, tmp_path / table.name), table)


@pytest.mark.parametrize(
    ("table", "variant"),
    [
        _case(t, v, _KNOWN_CHANGE)
        for t in SIXTH_TABLES
        if t.change
        for v in [*VARIANTS, *TEXT_VARIANTS]
    ],
)
def test_one_changed_figure_is_one_fel_at_its_own_sum(table, variant, tmp_path) -> None:
    changed = _read(real.changed(table), variant, tmp_path / table.name)
    assert _fel(changed) == _expected_after_change(table)


def _expected_after_change(table) -> set[tuple[str, str, str]]:
    """The fel at the changed row's own sum, those it causes on its own row (an Avvikelse
    that no longer fits), and those the published figures have."""
    label_of_sum, column = table.change[3], table.change[1]
    also = {(label, header, "fel") for label, header in table.change_also}
    return {(label_of_sum, column, "fel")} | also | real.published_fel(table)


def _csv(table, folder):
    return read_with_report(real.write_csv(table, folder / f"{table.name}.csv"), "Blad")[0]


def test_a_total_over_its_parts_at_the_top_adds_the_sums_under_it(tmp_path) -> None:
    """Helsingborg prints "Summa skatte- och avgiftsfinansierat" first, over "Nämnder": it
    is the sum of the two Summa rows under it, not a fel against the nothing above it."""
    sheet = _csv(HELSINGBORG_DRIFT_2016, tmp_path)
    result = check_sheet(sheet)
    top = [c for c in result.checks if c.row == 0 and c.direction == "nedåt"]
    assert len(top) == 7
    assert all(c.stated == c.computed for c in top)
    assert not result.has_errors


def test_nettos_are_their_own_rows_and_a_result_leaving_out_a_figure_is_not_held(
    tmp_path,
) -> None:
    """Skattenetto is the tax rows since Verksamhetens nettokostnad, Finansnetto the two
    financial rows; "Årets resultat exklusive förändring av pensionsavsättning före 1998"
    leaves out a figure the table does not show, and is not called a fel."""
    sheet = _csv(HELSINGBORG_RR_KONCERN_2016, tmp_path)
    result = check_sheet(sheet)
    labels = {sheet.rows[c.row].label: c for c in result.checks if c.column == 2}
    assert labels["Skattenetto"].computed == Decimal(6867)
    assert labels["Finansnetto"].computed == Decimal(-128)
    assert "Årets resultat exklusive förändring av pensionsavsättning före 1998" not in labels
    assert not result.has_errors


def test_a_column_of_list_numbers_is_read_with_the_labels(tmp_path) -> None:
    """Norrköping's table as a file with "Nr." as a column of its own: the numbers go with
    the names, as the PDF prints them ("1. Nämnder"), the unnumbered last row is the sum
    of the list and is checked, and the report says how the column was read."""
    lines = [
        "Belopp i mnkr",
        "Nr.;Kostnader;2022;2023;2024;2025",
        "1.;Nämnder;13,3;16,7;17,2;15,5",
        "2.;Finansiering av investeringar;90,0;49,0;22,0;0,6",
        ";Förändringar jämfört med beslut om budget 21 juni;103,3;65,7;39,2;16,1",
    ]
    path = tmp_path / "norrkoping.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    sheet, report = read_with_report(path, "Blad")
    assert [c.header for c in sheet.columns] == real.expected_headers(NORRKOPING_KOSTNADER_2022)
    assert figures(sheet) == real.expected_rows(NORRKOPING_KOSTNADER_2022)
    assert sheet.rows[2].kind == "total"
    (line,) = [c for c in report.as_json()["changed"] if c["where"] == "Kolumnen ”Nr.”"]
    assert line["why"] == "läses ihop med radernas namn: ”1. Nämnder”"


def test_a_total_alone_with_nothing_to_sum_is_no_fel(tmp_path) -> None:
    """A Summa with no row above or under it states a figure of its own: nothing to hold it
    to, so no "alla rader ovanför ger 0,0" fel."""
    path = tmp_path / "summa.csv"
    path.write_text("Driftbudget, tkr\r\nVerksamhet;Budget 2024\r\nSumma;1 250\r\n", "utf-8-sig")
    result = check_sheet(read_with_report(path, "Blad")[0])
    assert not result.has_errors


def test_the_unit_said_in_a_sentence_over_the_table() -> None:
    """Nynäshamn: "Kassaflödesanalysen presenteras i tusentals kronor, TKR." is tkr; the
    text of a PDF gave it as kronor before ("tusentals" was no unit word, "kronor" was):
    every amount a thousand times too small in the findings."""
    from ksdesk.core.budget_unit import unit_in, unit_line

    assert unit_line("Kassaflödesanalysen presenteras i tusentals kronor, TKR.") == "tkr"
    assert unit_line("Beloppen redovisas i miljoner kronor.") == "mnkr"
    assert unit_in("i tusentals kronor") == "tkr"
    assert unit_line("Resultatet redovisas i bilaga 3.") is None


def _pasted(lines: list[str]):
    from ksdesk.interchange.budget_paste import sheet_from_pasted

    return sheet_from_pasted("\n".join(lines), "Blad")


def test_a_period_line_over_the_group_line_is_over_the_table() -> None:
    """Nynäshamn's kassaflödesanalys: "2018-01-01 – 2018-12-31" over KONCERNEN KOMMUNEN is
    what the table covers, not a heading: the Not column and the groups over the years stay."""
    sheet = _pasted(
        [
            "Kassaflödesanalysen presenteras i tusentals kronor, TKR.",
            "2018-01-01 – 2018-12-31",
            "KONCERNEN KOMMUNEN",
            "Not 2018 2017 2018 2017",
            "Årets resultat 34 713 26 585 23 417 12 837",
            "INVESTERINGSVERKSAMHETEN 29",
            "Nyupptagna lån 50 000 0 0 0",
        ]
    )
    assert [c.header for c in sheet.columns] == [
        "",
        "Not",
        "KONCERNEN 2018",
        "KONCERNEN 2017",
        "KOMMUNEN 2018",
        "KOMMUNEN 2017",
    ]
    assert figures(sheet)[1] == ("INVESTERINGSVERKSAMHETEN", [None] * 4)


def test_a_zero_is_no_note_and_no_size_and_the_note_a_label_names_is_no_figure() -> None:
    """Nynäshamn's rows beside a Not column: "0 – 12 351 0 – 12 351" is four cells (a 0 is
    no note number, and has no size to hold against "– 12 351"), and "kontroll
    finansieringsvsh från not 49 370" names a note: 49 370 is its amount."""
    sheet = _pasted(
        [
            "TKR",
            "Not 2018 2017 2018 2017",
            "Justering för ej likviditetspåverkande poster. 28 115 458 99 945 86 083 68 622",
            "Kassaflöde från den löpande verksamheten 203 209 156 005 160 987 109 711",
            "Investering i finansiella anläggningstillgångar 0 – 12 351 0 – 12 351",
            "Minskning av avsättningar pga utbetalningar 0 – 2 425 0 0",
            "Kassaflöde från finansieringsverksamheten 49 370 – 2 675 0 0",
            "kontroll finansieringsvsh från not 49 370 – 2 675 0 0",
            "Årets kassaflöde 33 228 26 174 63 851 7 851",
        ]
    )
    assert figures(sheet)[2:4] + figures(sheet)[5:6] == [
        ("Investering i finansiella anläggningstillgångar", [0, -12351, 0, -12351]),
        ("Minskning av avsättningar pga utbetalningar", [0, -2425, 0, 0]),
        ("kontroll finansieringsvsh från not", [49370, -2675, 0, 0]),
    ]


def test_a_footnote_mark_stays_with_its_heading_and_the_title_heads_no_column() -> None:
    """Helsingborg's driftsredovisning: "Kommunbidrag 2)" is one heading on a line of single
    spaces; copied a cell a line, the title's year ("Driftsredovisning 2016, mnkr") heads no
    column, so the last heading is not lost."""
    from ksdesk.interchange.budget_paste_header import groups
    from ksdesk.interchange.budget_paste_tokens import tokens

    line = "Ingående redovisat resultat 1) Disposition av resultat Kommunbidrag 2) Intäkter"
    assert groups(tokens(line)) == [
        "Ingående redovisat resultat 1)",
        "Disposition av resultat",
        "Kommunbidrag 2)",
        "Intäkter",
    ]
    headings = ["Ingående redovisat resultat 1)", "Kommunbidrag 2)", "Utgående redovisat resultat"]
    cells = ["Driftsredovisning 2016, mnkr", *headings]
    cells += ["Barn- och utbildningsnämnden", "149,4", "2 903,2", "85,4"]
    cells += ["Vård- och omsorgsnämnden", "39,8", "1 619,5", "15,9"]
    sheet = _pasted(cells)
    assert [c.header for c in sheet.columns] == ["", *headings]


def test_a_year_ending_the_label_before_a_wide_gap_is_no_column() -> None:
    """Helsingborg's resultaträkning laid out: "… pensionsavsättning före 1998     13   501"
    ends its label in a year; the table has a Not and three years, not a column more."""
    sheet = _pasted(
        [
            "Resultaträkning, mnkr",
            "                                        Not      2016      2015      2014",
            "Verksamhetens intäkter                    1     6 043     5 390     5 327",
            "Skatt på årets resultat                  12       -87       -86       -92",
            "Årets resultat                                    623       409       628",
            "Årets resultat exklusive förändring av pensionsavsättning före 1998     13"
            "       501       309       512",
        ]
    )
    assert [c.header for c in sheet.columns] == ["", "Not", "2016", "2015", "2014"]
    assert figures(sheet)[-1] == (
        "Årets resultat exklusive förändring av pensionsavsättning före 1998",
        [501, 309, 512],
    )


@pytest.mark.parametrize("cell_a_line", [False, True])
def test_a_list_number_heading_heads_the_labels_under_a_bracketed_group(cell_a_line) -> None:
    """Norrköping: "Nr. Kommunfullmäktige" heads the labels (the rows' numbers go with their
    names), not "Nr." alone and "Kommunfullmäktige 2022"; the group line's year in brackets
    ("Ackumulerade värden (bas budget 2021)") heads no column of its own."""
    groups = ["Ackumulerade värden (bas budget 2021)", "Belopp per år"]
    years = ["2022", "2023", "2022", "2023"]
    rows = [["1. Dagsammanträden", "1 500", "1 500", "1 500", "0"]]
    rows.append(["Förändring", "1 500", "1 500", "1 500", "0"])
    if cell_a_line:
        lines = ["Förändringar av budgetramar per nämnd", "Belopp i tkr", *groups]
        lines += ["Nr. Kommunfullmäktige", *years, *[cell for row in rows for cell in row]]
    else:
        lines = ["Förändringar av budgetramar per nämnd", "Belopp i tkr", " ".join(groups)]
        lines += [" ".join(["Nr. Kommunfullmäktige", *years]), *(" ".join(r) for r in rows)]
    sheet = _pasted(lines)
    assert [c.header for c in sheet.columns] == [
        "Nr. Kommunfullmäktige",
        *(f"{g} {y}" for g in groups for y in years[:2]),
    ]
