"""Percent columns read as a ratio of the amounts on their row (core/budget_ratio.py), on
small sheets made here (the real tables are in tests/interchange/test_budget_real_relations.py):
"Förbrukat %" = Utfall / Budget, and a percent column no reading fits left alone."""

from __future__ import annotations

from decimal import Decimal

from ksdesk.core.budget import Column, Row, Sheet
from ksdesk.core.budget_check import check_sheet

D = Decimal
FIGURES = [  # Budget, Utfall, Förbrukat %
    ("Nämnd", "1 000", "640", "64"),
    ("Bibliotek", "13 152", "8 417", "64"),
    ("Idrott", "23 885", "16 835", "70"),
    ("Kultur", "2 612", "1 564", "60"),
    ("Fritidsgårdar", "5 386", "2 347", "44"),
]


def _sheet(header: str, figures=FIGURES) -> Sheet:
    columns = [Column("Verksamhet", "text"), Column("Budget"), Column("Utfall")]
    sheet = Sheet("blad", "Blad", columns=[*columns, Column(header, "percent")])
    sheet.rows = [
        Row(cells=[label, *(D(v.replace(" ", "")) for v in values)]) for label, *values in figures
    ]
    return sheet


def test_forbrukat_is_utfall_over_budget_and_a_wrong_percent_is_one_fel() -> None:
    assert check_sheet(_sheet("Förbrukat %")).findings == []
    wrong = [*FIGURES[:2], ("Idrott", "23 885", "16 835", "77"), *FIGURES[3:]]
    [finding] = check_sheet(_sheet("Förbrukat %", wrong)).findings
    assert (finding.row_label, finding.column_header, finding.severity.value) == (
        "Idrott",
        "Förbrukat %",
        "fel",
    )
    assert "”Utfall” / ”Budget” ger 70 %" in finding.message.replace("\u00a0", " ")


def test_a_percent_no_reading_fits_is_left_alone() -> None:
    """The same header over percents that are no ratio of these amounts: nothing is said."""
    percents = ["13", "7", "91", "2", "55"]
    other = [(label, b, u, p) for (label, b, u, _), p in zip(FIGURES, percents, strict=True)]
    assert check_sheet(_sheet("Förbrukat %", other)).findings == []


def test_a_percent_whose_header_names_no_ratio_is_not_read() -> None:
    """ "Skattesats" over figures that happen to be Utfall / Budget: not a ratio it names."""
    assert (
        check_sheet(
            _sheet("Skattesats", [*FIGURES[:2], ("Idrott", "23 885", "16 835", "77"), *FIGURES[3:]])
        ).findings
        == []
    )
