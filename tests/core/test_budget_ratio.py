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


def test_a_change_between_two_years_in_kronor_and_in_percent() -> None:
    """Budget 2022, Budget 2023, Förändring (tkr) and Förändring % with no other columns:
    Förändring = Budget 2023 − Budget 2022 and Förändring % = Förändring / Budget 2022; a
    wrong change is a fel at the change, a wrong percent one at the percent."""
    rows = [  # Budget 2022, Budget 2023, Förändring, Förändring %
        ("Nämnd", "1 000", "1 100", "100", "10,0"),
        ("Bibliotek", "13 152", "13 500", "348", "2,6"),
        ("Idrott", "23 885", "22 900", "-985", "-4,1"),
        ("Kultur", "2 612", "2 700", "88", "3,4"),
        ("Fritidsgårdar", "5 386", "5 500", "114", "2,1"),
    ]
    headers = ("Budget 2022", "Budget 2023", "Förändring")
    sheet = Sheet("blad", "Blad", columns=[Column("Verksamhet", "text"), *map(Column, headers)])
    sheet.columns.append(Column("Förändring %", "percent"))

    def fill(figures) -> None:
        sheet.rows = [
            Row(cells=[label, *(D(v.replace(" ", "").replace(",", ".")) for v in values)])
            for label, *values in figures
        ]

    fill(rows)
    assert check_sheet(sheet).findings == []
    fill([*rows[:2], ("Idrott", "23 885", "22 900", "-895", "-4,1"), *rows[3:]])
    [finding] = check_sheet(sheet).findings
    assert (finding.row_label, finding.column_header) == ("Idrott", "Förändring")
    fill([*rows[:2], ("Idrott", "23 885", "22 900", "-985", "-1,4"), *rows[3:]])
    [finding] = check_sheet(sheet).findings
    assert (finding.row_label, finding.column_header) == ("Idrott", "Förändring %")
