"""The short title of a sheet whose table came with a report's caption over it."""

from __future__ import annotations

import pytest

from ksdesk.core.budget_title import title_of_caption


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # The caption of Lund's resultatbudget as its annual report numbers the table.
        ("Tabell 3. Resultatbudget för Lunds kommun 2023–2025, mnkr, löpande priser",
         "Resultatbudget 2023–2025"),
        # tests/interchange/real_budget_third.py: INVESTERINGAR_2022 and AMAL_DRIFTBUDGET_2021.
        ("Tabell 1. Investeringar och exploateringar under 2019 – 2022, planeringsår 2023-2024",
         "Investeringar och exploateringar 2019 – 2022"),
        ("Tabell som visar driftbudget för åren 2021-2022 samt budgetprognosen för åren "
         "2023-2025 (belopp i tusen kronor).",
         "Driftbudget 2021-2022 samt budgetprognosen 2023-2025"),
        ("Tabell 2: Investeringsbudget 2024–2028, mnkr", "Investeringsbudget 2024–2028"),
        ("Resultatbudget för Tyresö kommun 2024, i 2023 års prisnivå", "Resultatbudget 2024"),
        # Region Blekinge's sentence over its table for screen readers (real_budget_fourth.py).
        ("Tabellen visar resultatbudget för 2023.", "Resultatbudget 2023"),
        ("Tabellen nedan visar driftbudget per nämnd för 2024, tkr", "Driftbudget per nämnd 2024"),
    ],
)  # fmt: skip
def test_a_caption_gives_the_title_a_secretary_would_write(line: str, title: str) -> None:
    assert title_of_caption(line) == (title, True)


@pytest.mark.parametrize(
    "line",
    [
        "Driftbudget 2024",
        "Resultatbudget i miljoner kronor",
        "Skola, vård och omsorg",  # commas of the name's own
        "Investeringar 2022",
        "Investeringsbudget för 2022",  # "för" a year is a caption's only after its "Tabell"
        "Tabell 3",  # nothing after the number: that is the name there is
    ],
)
def test_a_line_that_is_no_caption_is_the_title_as_it_stands(line: str) -> None:
    assert title_of_caption(line) == (line, False)


def test_a_unit_after_the_title_is_left_to_the_unit() -> None:
    """ "Driftbudget 2024, tkr": the unit goes to the sheet's unit, no caption is needed."""
    assert title_of_caption("Driftbudget 2024, tkr") == ("Driftbudget 2024", False)
    assert title_of_caption("Driftbudget 2024 (tkr)") == ("Driftbudget 2024", False)
