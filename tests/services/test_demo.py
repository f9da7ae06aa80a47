"""The demo database holds the whole seed packet, counted against the seed itself."""

from __future__ import annotations

from decimal import Decimal

from ksdesk.db import (
    budget_repo,
    delegation_repo,
    delegationsbeslut_repo,
    meeting_repo,
    protokoll_repo,
)
from ksdesk.services.demo import load_demo
from ksdesk.services.info import counts
from tests.seed import seed_agenda, seed_delegation_numbers, seed_text


def test_counts_match_the_seed(demo_store) -> None:
    result = counts(demo_store)
    assert result.meetings == 1
    assert result.agenda_items == len(seed_agenda()) == 7
    assert result.delegation_points == len(seed_delegation_numbers()) == 97
    assert result.delegationsbeslut == 1
    assert result.budget_sheets == 9
    assert result.protokoll_paragrafer == 1


def test_agenda_titles_and_dnr_as_printed(demo_store) -> None:
    meeting = meeting_repo.list_headers(demo_store)[0]
    items = meeting_repo.get(demo_store, meeting.id).items
    assert [(i + 1, it.title, it.dnr) for i, it in enumerate(items)] == seed_agenda()


def test_delegation_points_in_printed_order_with_duplicates(demo_store) -> None:
    # The revised draft is the seed's; the version in force beside it is reconstructed.
    version = delegation_repo.find(demo_store, "reviderad-2020-11-26")
    assert [p.nr for _, p in version.all_points()] == seed_delegation_numbers()
    assert [c.title for c in version.chapters] == [
        "Allmänna ärenden",
        "Ekonomi",
        "Styrelsen som arbetsgivare",
        "Styrelsen som personalorgan",
        "Mark- och planering",
        "Livsmedel/kost",
    ]
    by_nr = {(c.title, p.nr): p for c, p in version.all_points()}
    assert by_nr[("Ekonomi", "48")].delegat == []
    assert "\u0435" in by_nr[("Styrelsen som personalorgan", "76")].anmarkning  # Cyrillic е
    assert len(version.abbreviations) == 5


def test_every_point_text_is_in_the_seed(demo_store) -> None:
    text = " ".join(seed_text().split())
    version = delegation_repo.find(demo_store, "reviderad-2020-11-26")
    for _, point in version.all_points():
        assert " ".join(point.arende.split()) in text, point.nr


def test_budget_sheets_hold_numbers_exactly_as_printed(demo_store) -> None:
    sheets = {
        key: budget_repo.get(demo_store, sid) for sid, key, _ in budget_repo.list_sheets(demo_store)
    }
    assert list(sheets) == [
        "volym",
        "pris",
        "kvalitet",
        "sammanstallning",
        "strukturplan-2021",
        "strukturplan-2018",
        "bilaga2",
        "itcenter",
        "investering",
    ]
    pris_total = sheets["pris"].rows[-1]
    assert pris_total.kind == "total"
    assert pris_total.cells[2:] == [Decimal("3.2"), Decimal("3.5")]
    bilaga2 = sheets["bilaga2"]
    assert len(bilaga2.columns) == 12
    assert bilaga2.rows[-1].cells[4] == Decimal("123951")
    assert sheets["investering"].rows[0].cells[1] == "0032"
    assert str(sheets["volym"].rows[4].cells[3]) == "0.0"


def test_decision_and_paragraf(demo_store) -> None:
    beslut = delegationsbeslut_repo.list_all(demo_store)
    assert [b.dnr for b in beslut] == ["SBN 2020/877"]
    organ_id = meeting_repo.list_headers(demo_store)[0].organ_id
    assert protokoll_repo.list_for_year(demo_store, organ_id, 2020)[0].nr == 216


def test_loading_twice_refreshes_instead_of_duplicating(demo_store) -> None:
    load_demo(demo_store)
    result = counts(demo_store)
    assert (result.meetings, result.agenda_items, result.budget_sheets) == (1, 7, 9)
    assert (result.delegation_points, result.delegationsbeslut, result.organs) == (97, 1, 1)
