"""The open matters are kept between reloads of the Uppföljning tab while no meeting and no
organ changes (an uppdrag, a motion, a delegationsbeslut edited: nothing of the meetings read
again), and found again at once when one does: a utfall set by hand, an organ renamed, a §
written. A transaction rolled back leaves nothing kept."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ksdesk.core.protokoll import Paragraf
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.db import organ_repo, protokoll_repo
from ksdesk.services import arenden, meeting_lookup, uppdrag
from tests.sql_trace import statements_of

DEMO_DAY = date(2020, 12, 7)


def _sent_back(meeting) -> Paragraf:
    """§ 290 of the demo meeting, återremitterad: open, since no later § takes it up."""
    return Paragraf(
        organ_id=meeting.organ_id,
        meeting_id=meeting.id,
        meeting_date=DEMO_DAY,
        nr=290,
        title="Parkeringsnorm",
        dnr="KS 2020/300",
        beslut="Kommunstyrelsen återremitterar ärendet för komplettering.",
    )


def _open_numbers(store) -> list[int]:
    return [m.steg.nr for m in arenden.open_matters(store)]


def test_an_uppdrag_saved_reads_no_paragraf_or_agenda_again(demo_store) -> None:
    before = arenden.open_matters(demo_store)
    assert [m.steg.nr for m in before] == [216]
    uppdrag.save(demo_store, Uppdrag("Utred parkeringen", ansvarig="Kanslichef", kalla="KS"))

    found: list = []
    statements = statements_of(demo_store, lambda: found.extend(arenden.open_matters(demo_store)))
    assert found == before
    # The two stamps only: the meetings' and organs' roots, and the §§ kept without one.
    assert len(statements) == 2
    assert not any("agenda_item" in sql or "SELECT *" in sql for sql in statements)


def test_a_utfall_set_by_hand_and_an_organ_renamed_show_at_the_next_call(demo_store) -> None:
    (matter,) = arenden.open_matters(demo_store)
    pid = matter.steg.paragraf_id
    arenden.set_utfall(demo_store, pid, "beslut")
    assert _open_numbers(demo_store) == []
    arenden.set_utfall(demo_store, pid, "")
    assert _open_numbers(demo_store) == [216]

    organ = organ_repo.get(demo_store, matter.steg.organ_id)
    organ.name = "Kommunstyrelsen i Ludvika"
    with demo_store.atomic():
        organ_repo.save(demo_store, organ)
    assert [m.organ for m in arenden.open_matters(demo_store)] == ["Kommunstyrelsen i Ludvika"]


def test_what_a_rolled_back_transaction_saw_is_not_kept(demo_store) -> None:
    """Read inside a transaction that is rolled back, the § sent back there is gone; the next
    edit of a meeting gives the meetings the stamp they had inside (the transaction counter
    rose with neither), and must not bring it back."""
    meeting = meeting_lookup.find_meeting(demo_store, DEMO_DAY)
    with pytest.raises(RuntimeError), demo_store.atomic():
        protokoll_repo.save(demo_store, _sent_back(meeting))
        assert 290 in _open_numbers(demo_store)
        raise RuntimeError("rolled back")
    from ksdesk.db import meeting_repo

    with demo_store.atomic():
        place = meeting_repo.get_fields(demo_store, meeting.id, ["place"])["place"]
        meeting_repo.update_fields(demo_store, meeting.id, {"place": place + "!"})
    assert _open_numbers(demo_store) == [216]


def test_a_link_by_hand_is_followed_and_a_utfall_alone_by_the_dnr(demo_store, monkeypatch):
    """§ 216 comes back by its Dnr as ärende 5 of 2020-12-07. Its utfall set by hand (no
    link), it is still found by the Dnr, among the §§ and items of its ärende alone; linked
    by hand to another ärende of that agenda, it comes back as that one."""
    import ksdesk.core.arendegang as rules

    (matter,) = arenden.open_matters(demo_store)
    assert matter.tillbaka.nr == 5
    pid = matter.steg.paragraf_id
    arenden.set_utfall(demo_store, pid, "återremiss")
    compared = []
    same_dnr = rules.same_dnr
    monkeypatch.setattr(rules, "same_dnr", lambda a, b: compared.append(a) or same_dnr(a, b))
    (matter,) = arenden.open_matters(demo_store)
    assert matter.tillbaka.nr == 5
    assert len(compared) <= 2  # the ärende's own §§ and items, not every one of the organ

    meeting = meeting_lookup.find_meeting(demo_store, DEMO_DAY)
    other = [i for i in meeting.items if not i.is_section][6]
    arenden.link(demo_store, pid, item_id=other.id)
    (matter,) = arenden.open_matters(demo_store)
    assert (matter.tillbaka.nr, matter.tillbaka.rubrik) == (7, other.title)


def test_after_an_edit_of_one_meeting_only_its_paragraphs_are_read_again(
    demo_store, monkeypatch
) -> None:
    from datetime import time

    from ksdesk.db import arende_repo
    from ksdesk.services import meetings

    meetings.create_meeting(demo_store, "Kommunstyrelsen", date(2021, 1, 18), time(14))
    meeting = meeting_lookup.find_meeting(demo_store, DEMO_DAY)
    paragraf = _sent_back(meeting)
    with demo_store.atomic():
        protokoll_repo.save(demo_store, paragraf)
    assert _open_numbers(demo_store) == [216, 290]

    read: list[list[int]] = []
    rows = arende_repo.paragraf_rows
    monkeypatch.setattr(
        arende_repo, "paragraf_rows", lambda store, ids: read.append(ids) or rows(store, ids)
    )
    paragraf.title = "Parkeringsnorm för centrum"
    with demo_store.atomic():
        protokoll_repo.save(demo_store, paragraf)
    found = {m.steg.nr: m.steg.rubrik for m in arenden.open_matters(demo_store)}
    assert found == {
        216: "Revidering av kommunstyrelsens delegationsordning",
        290: "Parkeringsnorm för centrum",
    }
    assert read == [[meeting.id]]


def test_only_a_beslut_that_may_send_the_arende_back_is_read(demo_store) -> None:
    """The beslut of a § is read from the file only when it holds a word of a återremiss or
    bordläggning, in any case; the outcome is the same as from the whole text."""
    from ksdesk.db import arende_repo

    meeting = meeting_lookup.find_meeting(demo_store, DEMO_DAY)
    texts = {
        290: "KOMMUNSTYRELSEN ÅTERREMITTERAR ÄRENDET.",
        291: "Ärendet Bordläggs till nästa sammanträde.",
        292: "Kommunstyrelsen avslår yrkandet om återremiss och antar planen.",
        293: "Kommunstyrelsen beslutar enligt förvaltningens förslag.",
    }
    with demo_store.atomic():
        for nr, beslut in texts.items():
            paragraf = replace(_sent_back(meeting), nr=nr, dnr=f"KS 2020/{nr}", beslut=beslut)
            protokoll_repo.save(demo_store, paragraf)
    read = {r["nr"]: r["beslut"] for r in arende_repo.paragraf_rows(demo_store, [meeting.id])}
    assert {nr: read[nr] for nr in texts} == {**texts, 293: ""}
    assert _open_numbers(demo_store) == [216, 290, 291]
