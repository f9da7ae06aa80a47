"""Editing budget sheets in core: snapshots, Swedish entry, identities that follow columns."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ksdesk.core import budget_edit
from ksdesk.core.budget import Column, Row, Sheet, Term, sheet_key
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import FormatError

D = Decimal


def small_sheet(decimals: int = 0) -> Sheet:
    return Sheet(
        key="s",
        title="Prov",
        decimals=decimals,
        columns=[
            Column("Enhet", "text"),
            Column("Kod", "code"),
            Column("A"),
            Column("B"),
            Column("Totalt", sums=(Term(2), Term(3, -1))),
        ],
        rows=[
            Row("data", ["X", "0032", D(5), D(2), D(3)]),
            Row("total", ["Summa", None, D(5), D(2), D(3)]),
        ],
    )


def test_an_edit_returns_a_new_sheet_and_leaves_the_old_one() -> None:
    before = small_sheet()
    after = budget_edit.set_cell(before, 0, 2, "– 1,8")  # en dash and a space
    assert after.rows[0].cells[2] == D("-1.8")
    assert before.rows[0].cells[2] == D(5)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 373", D(1373)), ("1373", D(1373)), ("-0,5", D("-0.5")), ("\u22120,5", D("-0.5"))],
)
def test_swedish_entry(text: str, value: Decimal) -> None:
    assert budget_edit.parse_cell(small_sheet(), 0, 2, text) == value


def test_ambiguous_entry_is_refused_in_swedish() -> None:
    with pytest.raises(FormatError, match="Kan inte tolka"):
        budget_edit.parse_cell(small_sheet(), 0, 2, "1.373,5")


def test_entry_gets_the_decimals_the_sheet_shows_and_codes_stay_text() -> None:
    sheet = small_sheet(decimals=1)
    assert str(budget_edit.parse_cell(sheet, 0, 2, "5")) == "5.0"
    assert str(budget_edit.parse_cell(sheet, 0, 2, "0,25")) == "0.25"  # never rounded away
    assert budget_edit.parse_cell(sheet, 0, 1, "0014") == "0014"
    assert budget_edit.parse_cell(sheet, 0, 2, "   ") is None


def test_identities_follow_moved_inserted_and_removed_columns() -> None:
    sheet = budget_edit.move_column(small_sheet(), 3, 1)  # B to the front of Kod
    assert [c.header for c in sheet.columns] == ["Enhet", "B", "Kod", "A", "Totalt"]
    assert sheet.columns[4].sums == (Term(3), Term(1, -1))
    sheet = budget_edit.insert_column(sheet, 0, "Ny")
    assert sheet.columns[5].sums == (Term(4), Term(2, -1))
    sheet = budget_edit.remove_column(sheet, 2)  # B goes: the identity drops it
    assert sheet.columns[4].sums == (Term(3),)


def test_column_kind_change_converts_or_refuses() -> None:
    sheet = budget_edit.set_column_kind(small_sheet(), 2, "text")
    assert sheet.rows[0].cells[2] == "5"
    back = budget_edit.set_column_kind(sheet, 2, "amount")
    assert back.rows[0].cells[2] == D(5)
    with pytest.raises(InvalidInput, match="kan inte bli belopp"):
        budget_edit.set_column_kind(small_sheet(), 0, "amount")


def test_heading_rows_hold_labels_only() -> None:
    sheet = budget_edit.set_row_kind(small_sheet(), 0, "heading")
    assert sheet.rows[0].cells[2] == "5"
    assert budget_edit.set_row_kind(sheet, 0, "data").rows[0].cells[2] == D(5)


def test_column_sums_refuse_nonsense() -> None:
    with pytest.raises(InvalidInput, match="sig själv"):
        budget_edit.set_column_sums(small_sheet(), 4, (Term(4),))
    with pytest.raises(InvalidInput, match="inga belopp"):
        budget_edit.set_column_sums(small_sheet(), 4, (Term(0),))


def test_keys_for_new_sheets() -> None:
    assert sheet_key("Bilaga 2") == "bilaga-2"
    assert sheet_key("Kvalité å ä ö") == "kvalite-a-a-o"
    assert sheet_key("Bilaga 2", {"bilaga-2"}) == "bilaga-2-2"


amounts = st.decimals(
    min_value=D("-9999999.99"), max_value=D("9999999.99"), places=2, allow_nan=False
) | st.integers(min_value=-(10**9), max_value=10**9).map(D)


@given(amounts)
def test_what_the_cell_shows_reads_back_as_the_same_value(value: Decimal) -> None:
    """Format a Decimal as the tab shows it, type that text back: the same value."""
    sheet = small_sheet()
    sheet.rows[0].cells[2] = value
    text = budget_edit.cell_edit_text(sheet, 0, 2)
    again = budget_edit.parse_cell(sheet, 0, 2, text)
    assert again == value
    assert str(again) == str(value + 0)  # the same decimals, too
