"""An amount typed into a budget cell with a unit ("12,5 mnkr", "1 000,-") is read only when
the unit is the sheet's: in a sheet of tkr, "12,5 mnkr" was stored as 12,5 tkr, a thousandth
of what the secretary meant, and nothing said so."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ksdesk.core import budget_edit
from ksdesk.core.format import FormatError, parse_amount


@pytest.mark.parametrize(
    ("unit", "typed", "read"),
    [
        ("tkr", "12,5 tkr", Decimal("12.5")),
        ("mnkr", "12,5 mnkr", Decimal("12.5")),
        ("mnkr", "12,5 mkr", Decimal("12.5")),
        ("kr", "1 000,-", Decimal("1000")),
        ("kr", "1 000:-", Decimal("1000")),
        ("kr", "1 000 kr", Decimal("1000")),
        ("tkr", "(200)", Decimal("-200")),
        ("tkr", "−3", Decimal("-3")),
    ],
)
def test_the_sheets_own_unit_is_read(unit: str, typed: str, read: Decimal) -> None:
    sheet = budget_edit.new_sheet("Drift", "drift", unit)
    assert budget_edit.parse_cell(sheet, 0, 1, typed) == read


@pytest.mark.parametrize(
    ("unit", "typed", "said"),
    [
        ("tkr", "12,5 mnkr", "är skrivet i mnkr, men bladet räknar i tkr"),
        ("tkr", "1 000,-", "är skrivet i kr, men bladet räknar i tkr"),
        ("mnkr", "300 tkr", "är skrivet i tkr, men bladet räknar i mnkr"),
        ("kr", "5 tkr", "är skrivet i tkr, men bladet räknar i kr"),
    ],
)
def test_another_unit_is_refused_in_swedish(unit: str, typed: str, said: str) -> None:
    sheet = budget_edit.new_sheet("Drift", "drift", unit)
    with pytest.raises(FormatError) as refused:
        budget_edit.parse_cell(sheet, 0, 1, typed)
    assert f"”{typed}” {said}. Skriv beloppet i {unit} utan enhet" in str(refused.value)


def test_a_price_written_with_comma_dash_is_an_amount() -> None:
    assert parse_amount("1 000,-") == Decimal("1000")
    assert parse_amount("5,-") == Decimal("5")
