"""A short row pasted with single spaces in a table of a kommun's and a koncern's columns:
a post that belongs to one part only (a koncern's minoritetsintresse, a kommun's
balanskravsresultat) goes under that part's columns when no sum tells, and the report names
it; any other post stays where it did, and the sums still come first."""

from __future__ import annotations

from decimal import Decimal

from ksdesk.core.budget_check import check_sheet
from ksdesk.services.budget import read_pasted

from . import real_budget_tables as real
from .real_budget_fifth import KRAMFORS_BALANS_2018
from .real_budget_third import paste_cells, paste_lines
from .test_budget_real_tables import figures

_BALANS = (
    "Balansräkning\n"
    "mnkr {first} {second}\n"
    "Not 2018 2017 2018 2017\n"
    "Kassa och bank 1 150,0 140,0 160,0 150,0\n"
    "Fordringar 2 50,0 40,0 60,0 55,0\n"
    "Summa tillgångar 200,0 180,0 220,0 205,0\n"
    "{row}\n"
)


def _rows(text: str):
    sheet, report = read_pasted(text, "Klistrat")
    return dict(figures(sheet)), report


def test_a_koncern_post_goes_under_the_koncern_columns_and_is_named() -> None:
    rows, report = _rows(
        _BALANS.format(first="Kommunen", second="Koncernen", row="Minoritetsintresse 0,4 0,3")
    )
    assert rows["Minoritetsintresse"] == [None, None, Decimal("0.4"), Decimal("0.3")]
    (warning,) = [w for w in report.warnings if "Minoritetsintresse" in w.text]
    assert warning.text == "1 rad lades under koncernens kolumner, t.ex. ”Minoritetsintresse”"
    assert "finns bara i koncernens räkenskaper" in warning.why
    assert "stäm av mot källan (PDF:en eller webbsidan)" in warning.why


def test_a_kommun_post_goes_under_the_kommun_columns_where_they_come_second() -> None:
    text = _BALANS.format(
        first="Kommunkoncernen", second="Kommunen", row="Årets balanskravsresultat 12,0 10,0"
    )
    rows, report = _rows(text)
    assert rows["Årets balanskravsresultat"] == [None, None, Decimal("12.0"), Decimal("10.0")]
    assert any("under kommunens kolumner" in w.text for w in report.warnings)


def test_any_other_short_post_stays_in_the_first_columns_and_is_named() -> None:
    rows, report = _rows(_BALANS.format(first="Kommunen", second="Koncernen", row="Förråd 0,4 0,3"))
    assert rows["Förråd"] == [Decimal("0.4"), Decimal("0.3"), None, None]
    assert any("inga summor avgjorde det" in w.why for w in report.warnings)


def test_the_sums_come_before_the_part_a_post_belongs_to() -> None:
    """A "minoritetsintresse" the kommun's sum needs is the kommun's: the sums decide."""
    text = (
        "Balansräkning\nmnkr Kommunen Koncernen\n2018 2017 2018 2017\n"
        "Eget kapital 100,0 90,0 120,0 110,0\nMinoritetsintresse 5,0 4,0\n"
        "Summa 105,0 94,0 120,0 110,0\n"
    )
    rows, _report = _rows(text)
    assert rows["Minoritetsintresse"] == [Decimal("5.0"), Decimal("4.0"), None, None]


def test_kramfors_minoritetsintresse_pasted_with_single_spaces() -> None:
    """Kramfors' balansräkning, KOMMUNEN and KONCERNEN each with its Not column:
    "Minoritetsintresse 0,0 0,0" is the koncern's, as the page prints it."""
    for paste in (paste_lines, paste_cells):
        sheet, _report = read_pasted(paste(KRAMFORS_BALANS_2018), "Klistrat")
        assert figures(sheet) == real.expected_rows(KRAMFORS_BALANS_2018)
        assert {f for f in real.findings_of(check_sheet(sheet)) if f[2] == "fel"} == set()


# Sjöbo's resultaträkning 2021 as its web page gives it (finansiellinfo.se/Sjobo-2021), cut
# to the rows around its balanskrav part: a minus set apart from its figure everywhere.
_SPACED = (
    "Resultaträkning\n"
    "(mnkr) Not Kommunen Sammanställd redovisning\n"
    "Bokslut 2020 Bokslut 2021 Budget 2021 Bokslut 2020 Bokslut 2021\n"
    "Verksamhetens kostnader 4 – 1 329,0 – 1 381,2 – 1 361,3 – 1 333,6 – 1 394,8\n"
    "Av- och nedskrivningar 5 – 27,8 – 28,1 – 31,3 – 74,5 – 74,3\n"
    "Årets resultat enligt resultaträkningen 37,9 80,7 14,3 59,2 103,7\n"
    "Balanskravsjusteringar – 1,6 – 9,2 0,0\n"
    "Årets resultat efter balanskravsjusteringar 36,3 71,5 14,3\n"
)


def test_a_minus_set_apart_is_a_minus_where_the_table_writes_it_so() -> None:
    """ "Balanskravsjusteringar – 1,6 – 9,2 0,0" under five columns: in a table whose rows
    show each minus set apart ("– 1 329,0", five on a row of five amounts), the dashes are
    the signs of −1,6 and −9,2, not two nil cells beside 1,6 and 9,2; the three figures go
    under the kommun's three columns, and the row after them adds up. (The rows cut from
    the table leave Årets resultat's own sum off: only that row is looked at.)"""
    sheet, _report = read_pasted(_SPACED, "Klistrat")
    rows = dict(figures(sheet))
    assert rows["Balanskravsjusteringar"] == [
        Decimal("-1.6"),
        Decimal("-9.2"),
        Decimal("0.0"),
        None,
        None,
    ]
    after = "Årets resultat efter balanskravsjusteringar"  # 37,9 − 1,6 = 36,3 and so on
    assert not [f for f in real.findings_of(check_sheet(sheet)) if f[0] == after]


def test_a_dash_before_a_figure_stays_a_nil_cell_where_no_row_sets_a_minus_apart() -> None:
    """The socialnämnd's "Oförutsett - 4 830 4 971 5 124 5 250" (no row of that table sets a
    minus apart): the dash is the empty Bokslut cell, as before."""
    text = (
        "Budget, tkr\nVerksamhet Bokslut 2009 Budget 2010 Plan 2011 Plan 2012 Plan 2013\n"
        "Vård 1 200 4 100 4 200 4 300 4 400\nOförutsett - 4 830 4 971 5 124 5 250\n"
    )
    rows, _report = _rows(text)
    assert rows["Oförutsett"] == [None, 4830, 4971, 5124, 5250]
