"""The Laga kraft and Ej anmälda lists read what they may show, not the whole register: the
decisions anmälda at the meetings whose period is shown, the decisions not anmälda of an
organ kept here that came in before a held meeting's cut-off, and every justering in one
query, whatever the number of meetings. (At ten years the register holds thousands.)"""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.db import delegationsbeslut_repo
from ksdesk.services import laga_kraft, meeting_lookup, meetings
from tests.sql_trace import statements_of

DEMO_DAY = date(2020, 12, 7)


def _count_built(monkeypatch) -> list[int]:
    """How many decisions the repository turns from rows into dataclasses."""
    built = [0]
    make = delegationsbeslut_repo._beslut

    def counted(row: dict) -> Delegationsbeslut:
        built[0] += 1
        return make(row)

    monkeypatch.setattr(delegationsbeslut_repo, "_beslut", counted)
    return built


def _save(store, dnr: str, day: date, organ: str) -> int:
    return delegationsbeslut_repo.save(
        store, Delegationsbeslut(dnr, day, title="Beslut", organ=organ)
    )


def test_ej_anmalda_reads_only_the_decisions_that_may_have_missed_a_meeting(
    demo_store, monkeypatch
) -> None:
    with demo_store.atomic():
        # Written with another case and a space too many: the same organ, found.
        own = _save(demo_store, "KS 2020/901", date(2020, 11, 2), "KOMMUNSTYRELSEN ")
        for n in range(5):  # another nämnd's: reported there, not here
            _save(demo_store, f"SBN 2020/{n}", date(2020, 11, 2), "Samhällsbyggnadsnämnden")
        # Came in after the cut-off of 2020-12-07 (eight days before): missed no meeting.
        late = _save(demo_store, "KS 2020/902", date(2020, 12, 6), "Kommunstyrelsen")
    built = _count_built(monkeypatch)

    alarm = laga_kraft.ej_anmalda(demo_store, date(2021, 1, 15))

    ids = [e.beslut.id for e in alarm]
    assert own in ids and late not in ids
    assert all(not e.beslut.dnr.startswith("SBN") for e in alarm)
    assert next(e for e in alarm if e.beslut.id == own).borde_anmalts == DEMO_DAY
    assert built[0] == len(alarm)  # none read to be dropped


def test_laga_kraft_reads_the_decisions_of_the_meetings_shown_in_queries_not_per_meeting(
    demo_store, monkeypatch
) -> None:
    demo = meeting_lookup.find_meeting(demo_store, DEMO_DAY)
    old, _created = meetings.create_meeting(
        demo_store, "Kommunstyrelsen", date(2019, 3, 4), time(14)
    )
    with demo_store.atomic():
        shown = [_save(demo_store, f"KS 2020/{n}", date(2020, 11, 20), "") for n in (7, 8)]
        gone = [_save(demo_store, f"KS 2019/{n}", date(2019, 2, 20), "") for n in (7, 8, 9)]
        delegationsbeslut_repo.set_reported(demo_store, shown, demo.id)
        delegationsbeslut_repo.set_reported(demo_store, gone, old.id)
    today = date(2020, 12, 20)
    before = len(statements_of(demo_store, lambda: laga_kraft.rows(demo_store, today)))
    for month in (4, 5, 6):  # more meetings long past: no more queries
        meetings.create_meeting(demo_store, "Kommunstyrelsen", date(2019, month, 1), time(14))
    built = _count_built(monkeypatch)

    found: list = []
    queries = statements_of(demo_store, lambda: found.extend(laga_kraft.rows(demo_store, today)))

    decisions = [r for r in found if r.typ == "delegationsbeslut"]
    assert {r.ref for r in decisions} >= {"KS 2020/7", "KS 2020/8"}
    assert not any(r.ref.startswith("KS 2019/") for r in decisions)
    assert built[0] == len(decisions)
    assert len(queries) == before
