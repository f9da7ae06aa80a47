"""The budget service: find, check, print and write whole snapshots in one transaction."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ksdesk.core import budget_edit
from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.services import budget


def test_sheet_pdf_by_key_title_or_id(demo_store) -> None:
    by_key = budget.sheet_pdf(demo_store, "bilaga2")
    assert by_key.startswith(b"%PDF")
    sheet_id = budget.find_sheet(demo_store, "Bilaga 2").id
    assert budget.sheet_pdf(demo_store, sheet_id).startswith(b"%PDF")
    with pytest.raises(NotFound, match="Bladen är"):
        budget.sheet_pdf(demo_store, "bilaga 9")


def test_check_store_gives_the_seed_findings(demo_store) -> None:
    findings = budget.check_store(demo_store)
    sums = [f for f in findings if f.row_label != "Kolumnrubrik"]
    assert len(sums) == 8
    assert {f.severity for f in sums} == {"avrundning"}
    # "Förslag KS 2020- 12-07" with a stray space, in Volym, Pris and Kvalité (DOMAIN.md)
    headers = [(f.sheet, f.column_header, f.severity) for f in findings if f not in sums]
    assert headers == [(title, "Förslag KS 2020- 12-07", "varning") for title in
                       ("Volym", "Pris", "Kvalité")]  # fmt: skip
    assert [f.row_label for f in budget.check_store(demo_store, "pris")] == [
        "SUMMA",
        "Kolumnrubrik",
    ]


def test_stored_sheet_keeps_identities_and_exact_decimals(demo_store) -> None:
    sheet = budget.find_sheet(demo_store, "itcenter")
    totalt = sheet.columns[sheet.column_index("Totalt per Förvaltning")]
    assert [t.column for t in totalt.sums] == [3, 4, 5]
    assert str(budget.find_sheet(demo_store, "volym").rows[4].cells[3]) == "0.0"


def test_apply_writes_a_snapshot_and_undo_writes_the_old_one_back(demo_store) -> None:
    before = budget.find_sheet(demo_store, "pris")
    after = budget_edit.set_cell(before, 0, 2, "5")
    budget.apply(demo_store, after)
    assert budget.find_sheet(demo_store, "pris").rows[0].cells[2] == Decimal("5.0")
    assert budget.check(budget.find_sheet(demo_store, "pris")).findings[0].severity == "fel"
    budget.apply(demo_store, before)
    assert budget.find_sheet(demo_store, "pris").rows[0].cells[2] == Decimal("1.9")


def test_bad_snapshot_writes_nothing(demo_store) -> None:
    sheet = budget.find_sheet(demo_store, "pris")
    sheet.rows[0].cells.append(Decimal(1))  # one cell too many
    with pytest.raises(InvalidInput):
        budget.apply(demo_store, sheet)
    assert len(budget.find_sheet(demo_store, "pris").rows[0].cells) == 4


def test_create_delete_and_restore(store) -> None:
    sheet = budget.create_sheet(store, "Budget 2022", "mnkr", 1)
    assert sheet.key == "budget-2022"
    assert budget.create_sheet(store, "Budget 2022").key == "budget-2022-2"
    removed = budget.delete_sheet(store, sheet.id)
    assert budget.find_sheet(store, "budget-2022-2")
    budget.restore_sheet(store, removed)
    assert budget.find_sheet(store, sheet.id).title == "Budget 2022"


def test_the_name_she_gives_is_the_title_of_a_sheet_read_again(store, tmp_path) -> None:
    """walk38 #2: a sheet imported with its header as title keeps no such title when she
    imports it again under the name she means; her key alone keeps the title it has."""
    path = tmp_path / "delar.csv"
    path.write_text("Post;Belopp\nA;1\nSumma;1\n", encoding="utf-8")
    budget.put_sheet(store, "delar-aug", budget.read_file(path, "Miljoner kronor Bokslut", "tkr"))
    assert budget.import_file(store, path, "Delår aug", "tkr")[0].title == "Delår aug"
    assert budget.import_file(store, path, "delar-aug", "tkr")[0].title == "Delår aug"
