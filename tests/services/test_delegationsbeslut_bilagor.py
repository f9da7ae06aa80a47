"""A bilaga picked from a delegationsbeslut keeps the title the picker gave it until the
decision is flagged sekretess: then it is "<Dnr> Delegationsbeslut" wherever it is printed
(the kallelse, the packet, the public copy), in the flag's own transaction; undo and the flag
taken off bring the decision's title back."""

from __future__ import annotations

from datetime import date

from ksdesk.core.meeting import Bilaga
from ksdesk.db import delegationsbeslut_repo
from ksdesk.services import delegationsbeslut, meeting_lookup, meetings
from ksdesk.services.packet import build_packet
from tests.safety.public_surfaces import pdf_surfaces
from tests.safety.reported_decision import report

DNR = "SN 2020/811"
TITLE = "Placering av barnet Kim Lindqvist i familjehem"


def _picked(store):
    """The decision, unflagged, reported on 7 December and picked as a bilaga of the item
    under the label the picker offers: the meeting's id and the decision's."""
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    item = report(store, meeting, dnr=DNR, delegat="Socialchef", title=TITLE, beslut=TITLE)
    (offered,) = [a for a in meetings.attachable(store, meeting.id) if DNR in a.ref]
    assert offered.title == f"{DNR} {TITLE}"
    meeting = meetings.get_meeting(store, meeting.id)
    listed = next(i for i in meeting.items if i.id == item.id)
    listed.bilagor.append(Bilaga(title=offered.title, nr="2", ref=offered.ref))
    meetings.save_meeting(store, meeting)
    beslut = delegationsbeslut_repo.find_by_dnr(store, DNR)
    return meeting.id, beslut.id


def _titles(store, meeting_id: int) -> list[str]:
    meeting = meetings.get_meeting(store, meeting_id)
    return [
        b.title for i in meeting.items for b in i.bilagor if b.ref == f"delegationsbeslut:{DNR}"
    ]


def test_the_picked_bilaga_is_retitled_when_its_decision_is_flagged(demo_store) -> None:
    meeting_id, beslut_id = _picked(demo_store)
    delegationsbeslut.set_sekretess(demo_store, beslut_id, True)
    assert _titles(demo_store, meeting_id) == [f"{DNR} Delegationsbeslut"]
    printed = " ".join(pdf_surfaces(build_packet(demo_store, meeting_id).pdf).split())
    assert "Lindqvist" not in printed and DNR in printed
    delegationsbeslut.set_sekretess(demo_store, beslut_id, False)
    assert _titles(demo_store, meeting_id) == [f"{DNR} {TITLE}"]


def test_undo_of_a_flagged_decision_retitles_it_too(demo_store) -> None:
    meeting_id, beslut_id = _picked(demo_store)
    before = delegationsbeslut.get(demo_store, beslut_id)
    flagged = delegationsbeslut.get(demo_store, beslut_id)
    flagged.sekretess = True
    delegationsbeslut.put(demo_store, beslut_id, flagged)  # a redo of the flag by hand
    assert _titles(demo_store, meeting_id) == [f"{DNR} Delegationsbeslut"]
    delegationsbeslut.put(demo_store, beslut_id, before)
    assert _titles(demo_store, meeting_id) == [f"{DNR} {TITLE}"]


def test_a_title_the_secretary_wrote_is_kept_while_unflagged(demo_store) -> None:
    meeting_id, beslut_id = _picked(demo_store)
    meeting = meetings.get_meeting(demo_store, meeting_id)
    for item in meeting.items:
        for bilaga in item.bilagor:
            if bilaga.ref == f"delegationsbeslut:{DNR}":
                bilaga.title = "Beslutet om placering"
    meetings.save_meeting(demo_store, meeting)
    delegationsbeslut.set_sekretess(demo_store, beslut_id, False)  # no change: kept
    assert _titles(demo_store, meeting_id) == ["Beslutet om placering"]
    delegationsbeslut.set_sekretess(demo_store, beslut_id, True)
    assert _titles(demo_store, meeting_id) == [f"{DNR} Delegationsbeslut"]


def test_a_flag_that_wrote_nothing_into_the_meeting_still_prints_flagged(demo_store) -> None:
    """A flag pulled by a sync is written as the server's row, with no retitle of this file's
    bilagor; a flag set while a colleague has the meeting checked out may not write into it.
    The meeting is read with the flagged title all the same (db.meeting_tree), and the
    packet does not print the decision's title: the stored title is left as it was."""
    meeting_id, beslut_id = _picked(demo_store)
    with demo_store.atomic():
        demo_store.db.execute(
            "UPDATE delegationsbeslut SET sekretess = 1 WHERE id = ?", [beslut_id]
        )
    assert _titles(demo_store, meeting_id) == [f"{DNR} Delegationsbeslut"]
    printed = " ".join(pdf_surfaces(build_packet(demo_store, meeting_id).pdf).split())
    assert "Lindqvist" not in printed and DNR in printed
    stored = demo_store.db.execute(
        "SELECT title FROM bilaga WHERE ref = ?", [f"delegationsbeslut:{DNR}"]
    ).fetchall()
    assert stored == [(f"{DNR} {TITLE}",)]
    delegationsbeslut.set_sekretess(demo_store, beslut_id, False)
    assert _titles(demo_store, meeting_id) == [f"{DNR} {TITLE}"]


def _edit(store, beslut_id: int, dnr: str, secret: bool) -> None:
    """The register's form: the decision's Dnr and its flag changed in one edit."""
    from ksdesk.core.delegationsbeslut_rules import BeslutInput

    beslut = delegationsbeslut.get(store, beslut_id)
    data = BeslutInput(
        dnr, beslut.date, beslut.delegat, beslut.beslut, punkt=beslut.punkt, sekretess=secret
    )
    data.title, data.loose_point = beslut.title, True  # the demo's decision rests on none
    delegationsbeslut.update(store, beslut_id, data)


def test_a_new_dnr_and_the_flag_in_one_edit_retitle_the_bilaga(demo_store) -> None:
    """The bilaga's ref named the old Dnr: the meeting's query found no flagged decision by
    it and showed the stored title, the person's name. The bilaga follows the decision to its
    new Dnr, titled as flagged; a ref no decision answers to is read flagged all the same."""
    meeting_id, beslut_id = _picked(demo_store)
    _edit(demo_store, beslut_id, "SN 2020/812", True)
    meeting = meetings.get_meeting(demo_store, meeting_id)
    shown = [(b.ref, b.title) for i in meeting.items for b in i.bilagor if b.ref]
    assert ("delegationsbeslut:SN 2020/812", "SN 2020/812 Delegationsbeslut") in shown
    assert not any("Lindqvist" in title for _, title in shown)
    printed = " ".join(pdf_surfaces(build_packet(demo_store, meeting_id).pdf).split())
    assert "Lindqvist" not in printed


def test_a_bilaga_whose_decision_is_gone_by_its_dnr_shows_no_stored_title(demo_store) -> None:
    """A Dnr changed on another laptop and pulled by a sync moves no bilaga here: the ref
    names a Dnr no decision has, and its stored title (the decision's) is not shown."""
    meeting_id, beslut_id = _picked(demo_store)
    with demo_store.atomic():
        demo_store.db.execute(
            "UPDATE delegationsbeslut SET dnr = 'SN 2020/812', sekretess = 1 WHERE id = ?",
            [beslut_id],
        )
    assert _titles(demo_store, meeting_id) == [f"{DNR} Delegationsbeslut"]


def test_the_search_finds_a_flagged_decisions_bilaga_by_its_dnr_only(demo_store) -> None:
    """The search index held the bilaga's stored title, the decision's, with the person's
    name: flagged, the bilaga is indexed as the meeting shows it, "<Dnr> Delegationsbeslut"."""
    from ksdesk.services import search

    _, beslut_id = _picked(demo_store)
    assert [h.typ for h in search.search(demo_store, "Lindqvist") if h.typ == "bilaga"]
    delegationsbeslut.set_sekretess(demo_store, beslut_id, True)
    assert search.search(demo_store, "Lindqvist") == []
    (hit,) = [h for h in search.search(demo_store, "SN 2020/811") if h.typ == "bilaga"]
    assert hit.rubrik == f"{DNR} Delegationsbeslut"
    delegationsbeslut.set_sekretess(demo_store, beslut_id, False)
    assert [h.typ for h in search.search(demo_store, "Lindqvist") if h.typ == "bilaga"]


def test_a_flag_pulled_by_a_sync_reindexes_the_bilaga_too(demo_store) -> None:
    """A sync writes the server's row with no service around it: the index follows all the
    same, as the meeting's query does."""
    from ksdesk.services import search

    _picked(demo_store)
    with demo_store.atomic():
        demo_store.db.execute("UPDATE delegationsbeslut SET sekretess = 1 WHERE dnr = ?", [DNR])
    assert search.search(demo_store, "Lindqvist") == []
