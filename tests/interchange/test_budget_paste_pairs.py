"""A resultaträkning copied off a kommun's web page: a row's label on one line and its note
and figures on the next (for some rows or all), read as one row each; and column headings
that end in a day ("Utfall 2019-12-31") read as a year's, in every shape of pasted text."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ksdesk.core.budget_check import check_sheet
from ksdesk.interchange.budget_paste_pairs import joined_label_lines
from ksdesk.services.budget import read_pasted

from .real_budget_pairs import GOTEBORG_RR_2019, KRAMFORS_RR_2018, SJOBO_RR_2021, VANSBRO_RR_2019
from .test_budget_real_tables import figures


def _d(figures: str) -> list[Decimal]:
    return [Decimal(x) for x in figures.split()]


def _read(text: str):
    sheet, report = read_pasted(text, "Klistrat")
    return sheet, report, dict(figures(sheet))


def _fel(sheet) -> list[str]:
    return [f.message for f in check_sheet(sheet).findings if f.severity.value == "fel"]


def test_sjobo_2021_reads_every_row_and_every_sum_checks_clean() -> None:
    sheet, report, rows = _read(SJOBO_RR_2021)
    assert rows["Verksamhetens intäkter"] == _d("270.6 281.9 252.7 363.3 382.9")
    assert rows["Skatteintäkter"] == _d("805.1 861.9 827.2 805.1 861.9")
    assert rows["Verksamhetens nettokostnader"] == _d("-1086.2 -1127.4 -1139.9 -1044.8 -1086.2")
    assert rows["Balanskravsresultat"] == [
        Decimal("14.3"),
        Decimal("71.5"),
        Decimal("14.3"),
        None,
        None,
    ]
    assert [r.cells[1] for r in sheet.rows[:3]] == ["3", "3A", "4"]  # the Not column
    assert len(sheet.rows) == 18  # no label left as a heading, no row of figures alone
    checked = {sheet.rows[c.row].label for c in check_sheet(sheet).checks}
    assert {
        "Verksamhetens nettokostnader",
        "Verksamhetens resultat",
        "Årets resultat enligt resultaträkningen",
    } <= checked
    assert _fel(sheet) == []
    assert any(
        line.startswith("10 rader med beloppen på raden under benämningen") for line in report.read
    )


def test_goteborg_2019_sums_set_label_over_figures_are_sums() -> None:
    sheet, _report, rows = _read(GOTEBORG_RR_2019)
    assert rows["Verksamhetens nettokostnader"] == _d("-30216 -31382 -28217 -29539")
    assert rows["Årets resultat"] == _d("1792 1504 2355 2220")
    assert rows["Extraordinära poster"] == [None] * 4  # "- - - -": nil cells, as printed
    assert None not in rows  # no row of figures without its label
    assert _fel(sheet) == []
    assert len(check_sheet(sheet).checks) >= 12


def test_vansbro_2019_a_note_named_before_the_figures_and_headings_ending_in_a_day() -> None:
    sheet, _report, rows = _read(VANSBRO_RR_2019)
    assert [c.header for c in sheet.columns][1:] == [
        "Kommunen Utfall 2019-12-31",
        "Kommunen Utfall 2018-12-31",
        "Sammanställd redovisning Utfall 2019-12-31",
        "Sammanställd redovisning Utfall 2018-12-31",
    ]
    assert rows["VERKSAMHETENS NETTOKOSTNADER"] == _d("-406412 -423547 -403430 -420615")
    assert rows["Verksamhetens intäkter Not 2"] == _d("132371 106488 266090 228338")
    assert _fel(sheet) == []


def test_kramfors_2018_a_note_and_a_figure_under_the_label_are_told_apart() -> None:
    """ "1 421,3 469,1 1 566,5 596,9" under "Verksamhetens intäkter", with a Not column before
    each part: note 1 and 421,3, not 1 421,3."""
    sheet, _report, rows = _read(KRAMFORS_RR_2018)
    assert rows["Verksamhetens intäkter"] == _d("421.3 469.1 566.5 596.9")
    assert rows["Skatteintäkter"] == _d("836.5 832.6 836.5 832.6")
    nettokostnader = [
        f
        for f in check_sheet(sheet).findings
        if f.row_label == "Verksamhetens nettokostnader" and f.severity.value == "fel"
    ]  # the page's own roundings (−1 253,8 against −1 253,9) stay, as avrundning
    assert nettokostnader == []


def test_kramfors_2018_a_note_before_a_short_row_of_one_part_stays_a_note() -> None:
    """ "Skatter och minoritetsandelar 7 – 8,8 22,3": note 7, then −8,8 and 22,3, which only
    KONCERNEN's Resultat före extraordinära poster needs (−44,9 − 8,8 = −53,7 and
    14,4 + 22,3 = 36,7). Before, the 7 became an amount in KOMMUNEN 2017, a fel there."""
    sheet, _report, rows = _read(KRAMFORS_RR_2018)
    row = next(r for r in sheet.rows if r.label == "Skatter och minoritetsandelar")
    assert row.cells[1:] == [None, None, None, "7", Decimal("-8.8"), Decimal("22.3")]
    assert rows["Resultat före extraordinära poster"] == _d("-52.0 31.7 -53.7 36.7")
    assert _fel(sheet) == []


_BODY = (
    "Verksamhetens intäkter 2 132 371 106 488 266 090 228 338\n"
    "Verksamhetens kostnader 3 – 522 941 – 515 518 – 643 944 – 625 709\n"
    "Avskrivningar 4 – 15 842 – 14 517 – 25 576 – 23 244\n"
    "Verksamhetens nettokostnader – 406 412 – 423 547 – 403 430 – 420 615\n"
)
_TOP = "Resultaträkning\n(tkr) Not Kommunen Sammanställd redovisning\n"
_DAYS = ("2019-12-31", "2018-12-31", "2019-12-31", "2018-12-31")


@pytest.mark.parametrize(
    "header",
    [
        " ".join(f"Utfall {d}" for d in _DAYS) + "\n",  # a line per row
        "Utfall Utfall Utfall Utfall\n" + " ".join(_DAYS) + "\n",  # the word over its day
        "".join(f"Utfall\n{d}\n" for d in _DAYS),  # a cell a line
        " ".join(_DAYS) + "\n",  # the days alone
    ],
    ids=["one-line", "two-lines", "cell-lines", "days-alone"],
)
def test_headings_ending_in_a_day_head_their_columns_and_keep_the_not_column(header) -> None:
    """Before, "2019-12-31" was no year: the Not column was lost and note 2 became the
    thousands of 132 371 (2 132 371), or the unit was not found at all."""
    sheet, _report, rows = _read(_TOP + header + _BODY)
    assert sheet.unit == "tkr"
    assert [c.header for c in sheet.columns][1] == "Not"
    assert [c.header.split()[0] for c in sheet.columns[2:]] == ["Kommunen"] * 2 + [
        "Sammanställd"
    ] * 2
    assert rows["Verksamhetens intäkter"] == _d("132371 106488 266090 228338")
    assert _fel(sheet) == []


def test_a_sum_without_a_label_under_its_rows_is_not_joined_to_the_row_above() -> None:
    """A line of figures alone after a row of figures stays a line of its own: only a line
    with no figure (a label) takes the figures under it."""
    lines = ["Vård 100 200", "Skola 300 400", "400 600"]
    assert joined_label_lines(lines) == (lines, [])


def test_a_label_ending_in_a_year_takes_the_figures_under_it() -> None:
    lines = ["Pensionsåtaganden före 1998", "533,6 601,0", "Bokslut 2020 Bokslut 2021", "1 2"]
    joined, labels = joined_label_lines(lines)
    assert joined[0] == "Pensionsåtaganden före 1998 533,6 601,0"
    assert joined[1:] == lines[2:]  # two years: a header, never a label
    assert labels == ["Pensionsåtaganden före 1998"]
