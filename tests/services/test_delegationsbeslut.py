"""The register of delegationsbeslut and the anmälan at a meeting."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from ksdesk.core.errors import InvalidInput
from ksdesk.db import delegationsbeslut_repo, meeting_repo
from ksdesk.services import delegation_edit, delegationsbeslut
from ksdesk.services.delegationsbeslut import BeslutInput


def _meeting_id(store) -> int:
    return meeting_repo.list_headers(store)[0].id


def _register(store, dnr, day, received, punkt="4", delegat="Kommunsekreterare"):
    return delegationsbeslut.register(
        store,
        BeslutInput(
            dnr=dnr,
            date=day,
            delegat=delegat,
            beslut=f"Beslut {dnr}",
            punkt=punkt,
            received=received,
        ),
    )


def test_a_decision_rests_on_the_point_of_the_version_in_force(demo_store) -> None:
    result = _register(demo_store, "KS 2020/500", date(2020, 11, 20), date(2020, 11, 25))
    assert result.warnings == []
    beslut = result.beslut
    assert (beslut.punkt, beslut.punkt_kapitel) == ("4", "Allmänna ärenden")
    in_force = delegation_edit.resolve(demo_store, "gallande-2019-08-20")
    assert beslut.point_uid == next(p.uid for _, p in in_force.all_points() if p.nr == "4")
    odd = _register(demo_store, "KS 2020/", date(2020, 11, 20), None, delegat="Arkivarie")
    assert any("saknar löpnummer" in w for w in odd.warnings)
    assert any("står inte som delegat" in w for w in odd.warnings)


def test_ambiguous_number_and_no_version_in_force_are_refused(demo_store) -> None:
    draft = delegation_edit.resolve(demo_store, "reviderad-2020-11-26")
    delegation_edit.adopt(demo_store, draft.id, date(2020, 12, 7), "231", "KS 2019/507")
    with pytest.raises(InvalidInput, match="finns flera gånger"):
        _register(demo_store, "KS 2020/600", date(2020, 12, 10), None, punkt="85")
    with pytest.raises(InvalidInput, match="Ingen antagen delegationsordning"):
        _register(demo_store, "KS 2019/1", date(2019, 1, 10), None)
    before = delegationsbeslut_repo.count(demo_store)
    assert delegationsbeslut_repo.count(demo_store) == before


@pytest.mark.parametrize(
    ("day", "punkt", "refusal", "warning"),
    [
        (
            date(2019, 1, 10),
            "4",
            "Ingen antagen delegationsordning gällde 2019-01-10: beslutet kan inte vila på "
            "någon punkt.",
            "Ingen antagen delegationsordning gällde 2019-01-10: beslutet sparas utan koppling "
            "till en punkt.",
        ),
        (
            date(2020, 11, 20),
            "99.99",
            "ingen punkt 99.99.",
            "ingen punkt 99.99. Beslutet sparas utan koppling till en punkt.",
        ),
    ],
)
def test_a_decision_without_its_point_is_refused_or_kept_loose_the_same_way(
    demo_store, day: date, punkt: str, refusal: str, warning: str
) -> None:
    """No version in force, or no such point in it: a typed decision is refused, an imported
    row (loose_point) is kept without a point and says why."""
    data = BeslutInput(dnr="KS 2020/700", date=day, delegat="KSO", beslut="Avslag", punkt=punkt)
    with pytest.raises(InvalidInput) as refused:
        delegationsbeslut.preview(demo_store, data)
    assert str(refused.value).endswith(refusal)
    kept = delegationsbeslut.preview(demo_store, replace(data, loose_point=True))
    assert (kept.beslut.point_uid, kept.beslut.punkt) == (None, punkt)
    assert kept.beslut.delegationshanvisning == ""
    assert [w for w in kept.warnings if w.endswith(warning)] != []


def test_anmalan_lists_what_came_in_by_the_cutoff_and_marks_it_reported(demo_store) -> None:
    meeting_id = _meeting_id(demo_store)
    on_time = _register(demo_store, "KS 2020/501", date(2020, 11, 20), date(2020, 11, 29)).beslut
    late = _register(demo_store, "KS 2020/502", date(2020, 11, 30), date(2020, 11, 30)).beslut
    listed = delegationsbeslut.for_meeting(demo_store, meeting_id)
    # SBN 2020/877 is Samhällsbyggnadsnämnden's, not the board's: not listed.
    assert [b.dnr for b in listed] == [on_time.dnr]
    assert [b.dnr for b in delegationsbeslut.late_for_meeting(demo_store, meeting_id)] == [late.dnr]

    item = delegationsbeslut.anmalan_item(demo_store, meeting_id)
    delegationsbeslut.anmalan_item(demo_store, meeting_id)  # twice: still one item, one bilaga
    items = meeting_repo.get(demo_store, meeting_id).items
    titles = [i.title for i in items]
    assert titles.count("Anmälan av delegationsbeslut") == 1
    assert titles[-2:] == ["Anmälan av delegationsbeslut", "Ordförandeinformation"]
    assert [b.ref for b in item.bilagor] == [f"delegationsanmalan:{meeting_id}"]

    text = PdfReader(io.BytesIO(delegationsbeslut.anmalan_pdf(demo_store, meeting_id))).pages[0]
    assert "KS 2020/501" in text.extract_text()
    assert "KS 2020/502" not in text.extract_text()

    assert delegationsbeslut.mark_reported(demo_store, meeting_id) == 1
    assert [b.dnr for b in delegationsbeslut.for_meeting(demo_store, meeting_id)] == [on_time.dnr]
    assert delegationsbeslut_repo.get(demo_store, on_time.id).reported_meeting_id == meeting_id
    assert delegationsbeslut.mark_reported(demo_store, meeting_id) == 0
    with pytest.raises(InvalidInput, match="redan anmält"):
        delegationsbeslut.delete(demo_store, on_time.id)


def test_the_packet_carries_the_list_and_holding_the_meeting_reports_it(demo_store) -> None:
    from ksdesk.services import packet, protokoll
    from ksdesk.services.packet import PartCache

    meeting_id = _meeting_id(demo_store)
    listed = _register(demo_store, "KS 2020/503", date(2020, 11, 20), date(2020, 11, 26)).beslut
    delegationsbeslut.anmalan_item(demo_store, meeting_id)
    built = packet.build_packet(demo_store, meeting_id, cache=PartCache())
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(built.pdf)).pages)
    assert "Anmälan av delegationsbeslut" in text and "KS 2020/503" in text
    # The delegationsordning bilaga of ärende 5 is printed by version_pdf, marked in yellow.
    assert "Gulmarkerat är nytt eller ändrat" in text
    # (Bilaga 3 of ärende 5, the version in force, is left without file in the demo on purpose.)
    assert not [p for p in built.problems if "Förteckning över delegationsbeslut" in p]
    assert not [p for p in built.problems if "Reviderad delegationsordning" in p]
    protokoll.set_status(demo_store, meeting_id, "genomförd")
    assert delegationsbeslut_repo.get(demo_store, listed.id).reported_meeting_id == meeting_id


def _input(dnr="KS 2020/510", day=date(2020, 11, 20), **more) -> BeslutInput:
    values = {
        "dnr": dnr,
        "date": day,
        "delegat": "Kommunsekreterare",
        "beslut": "Överklagande avvisat",
        "punkt": "4",
        "received": day,
    }
    return BeslutInput(**{**values, **more})


def test_clear_refusals_for_a_future_date_a_missing_point_and_an_empty_dnr(demo_store) -> None:
    with pytest.raises(InvalidInput, match="ligger i framtiden"):
        delegationsbeslut.register(demo_store, _input(day=date(2099, 1, 1)))
    with pytest.raises(InvalidInput, match="har ingen punkt 150"):
        delegationsbeslut.register(demo_store, _input(punkt="150"))
    # A point of the revised draft (TiB, new in it) does not exist in the version in force.
    draft = delegation_edit.resolve(demo_store, "reviderad-2020-11-26")
    tib = next(p for _, p in draft.all_points() if "TiB" in p.arende and p.nr == "15")
    with pytest.raises(InvalidInput, match=r"Den valda punkten finns inte i .* 2020-11-20"):
        delegationsbeslut.register(demo_store, _input(punkt="", point_uid=tib.uid))
    with pytest.raises(InvalidInput, match="diarienummer"):
        delegationsbeslut.register(demo_store, _input(dnr="  "))
    twice = delegationsbeslut.register(demo_store, _input())
    again = delegationsbeslut.register(demo_store, _input(dnr="KS 2020/510-2"))
    assert twice.warnings == [] and any("finns redan i registret" in w for w in again.warnings)


def test_edit_delete_and_their_undo(demo_store) -> None:
    beslut = delegationsbeslut.register(demo_store, _input()).beslut
    before = delegationsbeslut.get(demo_store, beslut.id)
    changed = delegationsbeslut.update(demo_store, beslut.id, _input(beslut="Avvisat, för sent"))
    assert changed.beslut.id == beslut.id
    assert delegationsbeslut.get(demo_store, beslut.id).beslut == "Avvisat, för sent"
    delegationsbeslut.put(demo_store, beslut.id, before)  # undo the edit
    assert delegationsbeslut.get(demo_store, beslut.id) == before
    removed = delegationsbeslut.delete(demo_store, beslut.id)
    assert beslut.id not in [b.id for b in delegationsbeslut.list_all(demo_store)]
    delegationsbeslut.put(demo_store, beslut.id, removed)  # undo the deletion
    assert delegationsbeslut.get(demo_store, beslut.id) == before
    delegationsbeslut.put(demo_store, beslut.id, None)  # undo the registration
    assert beslut.id not in [b.id for b in delegationsbeslut.list_all(demo_store)]


def test_another_namnds_decision_rests_on_its_own_order(demo_store) -> None:
    result = delegationsbeslut.register(
        demo_store,
        _input(
            dnr="SBN 2020/900",
            organ="Samhällsbyggnadsnämnden",
            delegat="Samhällsbyggnadsnämndens ordförande",
            punkt="12",
            punkt_kapitel="Bygglov",
        ),
    )
    beslut = result.beslut
    assert (beslut.point_uid, beslut.punkt, beslut.punkt_kapitel) == (None, "12", "Bygglov")
    assert "samhällsbyggnadsnämndens delegationsordning" in beslut.delegationshanvisning
    assert result.warnings == []


def test_a_namnd_named_with_a_postmodifier_is_not_put_in_the_genitive(demo_store) -> None:
    """ "i nämnden för folkhälsa, kultur och fritids delegationsordning" is not Swedish."""
    organ = "Nämnden för folkhälsa, kultur och fritid"
    result = delegationsbeslut.register(
        demo_store, _input(dnr="NFKF 2020/12", organ=organ, delegat="Kulturchef", punkt="3")
    )
    assert result.beslut.delegationshanvisning == (
        "Beslutet har fattats med stöd av punkt 3 i delegationsordningen för nämnden för "
        "folkhälsa, kultur och fritid."
    )
