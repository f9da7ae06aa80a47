"""A line above a budget table that says its unit and nothing else, with the price basis
before or after it."""

from __future__ import annotations

import pytest

from ksdesk.core.budget_unit import unit_line


@pytest.mark.parametrize(
    ("line", "unit"),
    [
        ("Belopp i tkr", "tkr"),
        ("mnkr, löpande priser", "mnkr"),
        ("Löpande prisnivå, mnkr", "mnkr"),  # Kramfors' balansräkning 2018
        ("mnkr, löpande prisnivå", "mnkr"),
        ("Fasta priser: tkr", "tkr"),
    ],
)
def test_a_unit_line_with_its_price_basis(line: str, unit: str) -> None:
    assert unit_line(line) == unit


@pytest.mark.parametrize("line", ["Löpande priser", "Löpande prisnivå, mnkr KOMMUNEN"])
def test_a_line_that_says_more_than_its_unit(line: str) -> None:
    assert unit_line(line) is None
