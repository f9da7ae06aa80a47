"""Forms of a personnummer the red team of session 20 found unread, and a table's column
headed "Personnummer" read as the label of its cells (core.personnummer_shapes,
core.personnummer_glued, core.personnummer_columns)."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.personnummer_masking import mask_personnummer

TODAY = date(2026, 12, 6)
NUMBER = "198112189876"  # the check digit holds
TYPO = "8112189875"  # the same with a wrong check digit


@pytest.mark.parametrize(
    "written",
    [
        "8112 18-98 76",
        "8112 18-9876",
        "81 1218-9876",
        "1981 1218-9876",
        "1981 12 18 - 98 76",
        "(811218)9876",
        "(811218) 9876",
        "(19811218)-9876",
        "811218 (9876)",
        "811218 | 9876",
        "811218;9876",
        '"811218","9876"',
        '"811218";"9876"',
    ],
)
def test_a_form_left_open_is_found_and_masked(written: str) -> None:
    text = f"Sökande {written} har ansökt."
    assert [hit.normalized for hit in find_personnummer(text, TODAY)] == [NUMBER]
    masked = mask_personnummer(text)
    assert "9876" not in masked.replace(" ", "").replace('"', "").replace(";", "")
    assert "98 76" not in masked


@pytest.mark.parametrize(
    "written",
    [
        "811218-9876811218-9876",
        "81121898768112189876",
        "19811218-9876811218-9876",
        "811218-9876 och 811218-9876811218-9876",
    ],
)
def test_numbers_written_with_nothing_between_are_each_found(written: str) -> None:
    hits = find_personnummer(f"Pnr {written}.", TODAY)
    assert hits and all(hit.normalized == NUMBER for hit in hits)
    assert "9876" not in mask_personnummer(written)


@pytest.mark.parametrize(
    "text",
    [
        "0701 23-45 67",  # a phone number in the same groups as "8112 18-98 76"
        "2020 12-07 1430",
        "201207 | 1430 | 1600",
        "(201207) 1430",
        "12345678901234567890123",
        "Konto 12345678901234567890",
        "Sidan 2020-12-07 | 1430",
        "811218;9876;1600",  # a row of figures, as "811218|9876|1600" (the joints' rule)
        "1;811218;9876",
    ],
)
def test_the_new_forms_leave_other_numbers(text: str) -> None:
    assert find_personnummer(text, TODAY) == []


@pytest.mark.parametrize(
    "table",
    [
        f"Namn\tPersonnummer\tBelopp\nAnna Berg\t{TYPO}\t1 200",
        f"Namn | Pnr | Belopp\nAnna Berg | {TYPO[:6]} {TYPO[6:]} | 1 200",
        f'Namn;Personnr;Belopp\n"Berg, Anna";"{TYPO}";"1 200,50"',
        f'Namn,Personnummer,Belopp\n"Berg, Anna",{TYPO},"1 200,50"',
        f"Namn       Personnummer      Belopp\nAnna Berg  {TYPO}        1200",
        # A PDF's table as the page is seen: its cells apart by one space.
        f"Namn Personnummer Belopp\nBo Ek 811218 9876 300\nAnna Berg {TYPO} 1 200",
        f"Namn\tPnr\nBo Ek\t19{TYPO}",
    ],
)
def test_a_column_heading_is_the_label_of_its_cells(table: str) -> None:
    found = [hit.normalized[2:] for hit in find_personnummer(table, TODAY)]
    assert TYPO in found
    assert TYPO[6:] not in mask_personnummer(table)


@pytest.mark.parametrize(
    "text",
    [
        f"Namn\tPersonnummer\tBelopp\nAnna Berg\t1200\t{TYPO}",  # not under the heading
        f"Ange personnummer i blanketten.\n{TYPO}",  # a sentence, no heading
        "Namn Pnr Belopp\nAnna 120030 4500\nsumma 1 200 300 4500",
        f"Namn Pnr\nAnna\nBerg\nx\ny\nz\n{TYPO}",  # the table ended before it
        f"Namn\tPersonnummer\n\nBelopp\t{TYPO}",  # an empty line ends the table
    ],
)
def test_a_heading_labels_only_its_own_column(text: str) -> None:
    assert find_personnummer(text, TODAY) == []
