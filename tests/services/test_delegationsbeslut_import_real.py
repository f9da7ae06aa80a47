"""The real lists of the second round (tests/interchange/real_beslut_lists_second) saved, not
only read: a point with a period and its beslutsfattare in the text, and what the secretary
fills in for the rows that still lack something."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ksdesk.db import delegationsbeslut_repo
from ksdesk.interchange.beslut_rows import BeslutFill
from ksdesk.services import delegationsbeslut_import
from tests.interchange.real_beslut_lists import text_file
from tests.interchange.real_beslut_lists_second import OSTHAMMAR_2017, SOCIALNAMND_2012


def _file(tmp_path: Path, listed) -> Path:
    path = tmp_path / "lista.txt"
    path.write_bytes(text_file(listed))
    return path


def test_a_period_and_the_beslutsfattare_in_the_text_are_saved(demo_store, tmp_path) -> None:
    before = delegationsbeslut_repo.count(demo_store)
    plan = delegationsbeslut_import.import_file(demo_store, _file(tmp_path, SOCIALNAMND_2012))
    assert delegationsbeslut_repo.count(demo_store) == before + 2
    first = delegationsbeslut_repo.find_by_dnr(demo_store, "12.S0068 754")
    # The period's last day, the period itself still in the text the register prints.
    assert first.date == dt.date(2012, 1, 31)
    assert "beslutsdatum 2011-11-01 2012-01-31" in first.beslut
    assert first.delegat.startswith("Jenny Dafors, Ewa-Lena Engström")
    assert first.delegat.endswith("socialnämnden och socialnämndens ordförande")
    second = delegationsbeslut_repo.find_by_dnr(demo_store, "12.S0069 757")
    assert second.delegat == "Liselotte Eklund och Carin Johansson"
    # The serving licence names no beslutsfattare and only the day of serving: not saved,
    # and the secretary learns what to fill in.
    (dropped,) = [line for line in plan.report.dropped if "11.S0306" in line.text]
    assert "fyll i beslutsdatum och beslutsfattare under ”Fyll i det som saknas”" in dropped.why
    periods = [line for line in plan.report.changed if "en period" in line.why]
    assert len(periods) == 2


def test_what_the_secretary_fills_in_saves_the_rest(demo_store, tmp_path) -> None:
    path = _file(tmp_path, OSTHAMMAR_2017)
    unfilled = delegationsbeslut_import.import_file(demo_store, path, dry_run=True)
    assert unfilled.planned == []
    # What the dialog offers to fill in: what the rows lack, text aside.
    assert unfilled.fillable == ["beslutsdatum", "diarienummer", "beslutsfattare"]
    fill = BeslutFill(dt.date(2017, 12, 6), "Socialchef", "SN-2017-50")
    plan = delegationsbeslut_import.import_file(demo_store, path, fill=fill, dry_run=True)
    dates = [p.data.date for p in plan.planned]
    # Only what a row lacks is filled: the periods keep their own last day.
    assert dates == [dt.date(2017, 12, 6)] + [dt.date(2017, 11, 30)] * 3
    assert {p.data.delegat for p in plan.planned} == {"Socialchef"}
    filled = [line for line in plan.report.changed if line.why.startswith("ifyllt vid importen")]
    assert len(filled) == 4


def test_a_range_in_the_date_column_keeps_the_period_in_the_text(demo_store, tmp_path) -> None:
    data = (
        "Dnr;Beslutsdatum;Beslut;Delegat\n"
        "KS 2020/777;2020-11-01 – 2020-11-30;Beslut om färdtjänst;Biståndshandläggare\n"
    )
    path = tmp_path / "lista.csv"
    path.write_bytes(data.encode())
    (planned,) = delegationsbeslut_import.import_file(demo_store, path, dry_run=True).planned
    assert planned.data.date == dt.date(2020, 11, 30)
    assert (
        planned.data.beslut
        == "Beslut om färdtjänst (beslut under perioden 2020-11-01 – 2020-11-30)"
    )


def test_names_whose_end_is_unclear_are_not_taken(demo_store, tmp_path) -> None:
    data = (
        "Dnr;Beslutsdatum;Beslut\n"
        "KS 2020/778;2020-11-20;Färdtjänst, beslutsfattare Anna Berg som gick igenom ärendet\n"
        "KS 2020/779;2020-11-20;Trygghetslarm, beslut fattade av biståndshandläggare i Norr\n"
    )
    path = tmp_path / "lista.csv"
    path.write_bytes(data.encode())
    plan = delegationsbeslut_import.import_file(demo_store, path, dry_run=True)
    (planned,) = plan.planned
    assert planned.data.delegat == "biståndshandläggare"
    (dropped,) = plan.report.dropped
    assert "beslutsfattare saknas" in dropped.why
    assert any("var namnen slutar" in line.why for line in plan.report.warnings)
