"""Registering a delegationsbeslut without a database (core.delegationsbeslut_rules)."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.delegation import Chapter, Delegationsbeslut, Point, Version
from ksdesk.core.delegationsbeslut_rules import (
    BeslutInput,
    check_input,
    other_order_reference,
    rest_on,
    resting_point,
)
from ksdesk.core.errors import InvalidInput

TODAY = date(2026, 12, 5)
VERSION = Version(
    key="v1",
    name="Delegationsordning 2026",
    chapters=[
        Chapter("Allmänna ärenden", [Point("4", "Yttranden", delegat=["Kommundirektör"])]),
        Chapter("Ekonomi", [Point("1", "Attest"), Point("4", "Upphandling")]),
    ],
)


def typed(**changes: object) -> BeslutInput:
    base = dict(dnr="KS 2026/12", date=date(2026, 11, 2), delegat="Kommundirektör", beslut="Ja")
    return BeslutInput(**(base | changes))  # type: ignore[arg-type]


def test_a_decision_from_the_future_is_refused_against_the_day_given() -> None:
    with pytest.raises(InvalidInput, match="ligger i framtiden"):
        check_input(typed(date=date(2026, 12, 6)), TODAY)
    assert check_input(typed(date=TODAY), TODAY) == []


def test_received_before_it_was_taken_is_refused() -> None:
    with pytest.raises(InvalidInput, match="kommit in före"):
        check_input(typed(received=date(2026, 11, 1)), TODAY)


def test_the_point_is_found_by_its_number_and_a_number_in_two_chapters_is_refused() -> None:
    attest = VERSION.chapters[1].points[0]
    assert resting_point(VERSION, typed(punkt="1.")) == (attest.uid, "1", "Ekonomi")
    with pytest.raises(InvalidInput, match="Allmänna ärenden och Ekonomi"):
        resting_point(VERSION, typed(punkt="4"))
    with pytest.raises(InvalidInput, match="har ingen punkt 9"):
        resting_point(VERSION, typed(punkt="9"))


def test_a_chosen_point_missing_from_the_version_is_refused() -> None:
    with pytest.raises(InvalidInput, match="Den valda punkten finns inte"):
        resting_point(VERSION, typed(point_uid="gone"))


def test_resting_on_a_point_warns_when_the_delegat_is_not_named_there() -> None:
    point = VERSION.chapters[0].points[0]
    beslut = Delegationsbeslut(dnr="KS 2026/12", date=TODAY, delegat="kommundirektör")
    assert rest_on(beslut, VERSION, point.uid, "4", "Allmänna ärenden") == []
    assert beslut.delegationshanvisning == (
        "Beslutet har fattats med stöd av punkt 4, Allmänna ärenden, i Delegationsordning 2026."
    )
    beslut.delegat = "Ekonomichef"
    assert rest_on(beslut, VERSION, point.uid, "4", "Allmänna ärenden") == [
        '"Ekonomichef" står inte som delegat eller ersättare i punkt 4.'
    ]


def test_a_delegat_cell_of_several_names_is_matched_name_by_name() -> None:
    """Kungsbacka Teknik's cell "VC Trafik & Utemiljö / EC Planering & Utformning /
    Trafikingenjör", a line each or run together as a PDF prints it (walk30 #8)."""
    names = ["VC Trafik & Utemiljö", "EC Planering & Utformning", "Trafikingenjör"]
    point = Point("4.3.1", "Upphävanden", delegat=names)
    version = Version(key="t", name="Delegeringsförteckning", chapters=[Chapter("Trafik", [point])])
    beslut = Delegationsbeslut(dnr="TE-2025-00003", date=TODAY, delegat="\n".join(names))
    assert rest_on(beslut, version, point.uid, "4.3.1", "Trafik") == []
    beslut.delegat = " ".join(names)
    assert rest_on(beslut, version, point.uid, "4.3.1", "Trafik") == []
    assert beslut.delegat == "\n".join(names)  # printed a line each
    beslut.delegat = "VC Trafik & Utemiljö\nEkonomichef"
    assert rest_on(beslut, version, point.uid, "4.3.1", "Trafik") == [
        '"Ekonomichef" står inte som delegat eller ersättare i punkt 4.3.1.'
    ]


def test_another_nämnds_decision_cites_its_own_order() -> None:
    beslut = Delegationsbeslut(
        dnr="SBN 2020/877", date=TODAY, organ="Samhällsbyggnadsnämnden", punkt="4"
    )
    assert other_order_reference(beslut).startswith("Beslutet har fattats med stöd av punkt 4 i ")
