"""A file's number written in other digits than 0-9: "²" (a superscript, as Word writes a
footnote mark) passes str.isdigit() but int() refuses it with a ValueError, so an importer
that checked isdigit and then called int() stopped on it and the whole file was called
damaged. Each such reader now asks core.typed_text.is_digits (0-9 only) and goes on."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from ksdesk.interchange.beslut_list import read_date
from ksdesk.interchange.budget_xlsx_hidden import hidden_rows_and_columns
from ksdesk.interchange.delegation_docx_parts import heading_level


@pytest.mark.parametrize("typed", ["²²²²²", "¹²³⁴⁵", "①②③④⑤"])
def test_a_decision_date_in_superscripts_is_no_date_and_no_crash(typed: str) -> None:
    assert read_date(typed) is None
    assert str(read_date("44000")) == "2020-06-18"  # Excel's serial number still read


def test_a_heading_style_numbered_in_a_superscript_is_a_heading_of_level_one() -> None:
    assert heading_level("Heading ²") == 1
    assert heading_level("Rubrik 2") == 2


def _sheet(xml: bytes) -> SimpleNamespace:
    archive = SimpleNamespace(read=lambda _name: xml)
    return SimpleNamespace(parent=SimpleNamespace(_archive=archive), _worksheet_path="/x.xml")


def test_hidden_columns_with_other_digits_are_passed_over_not_a_crash() -> None:
    xml = (
        b'<cols><col min="\xc2\xb2" max="3" hidden="1"/><col min="5" max="\xc2\xb3" hidden="1"/>'
        b'<col min="8" max="9" hidden="true"/></cols>'
    )
    assert hidden_rows_and_columns(_sheet(xml)) == ([], [5, 8, 9])
