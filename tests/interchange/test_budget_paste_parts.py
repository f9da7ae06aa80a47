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
    assert "stäm av mot PDF:en" in warning.why


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
