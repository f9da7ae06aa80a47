"""Delegationsbeslut read in after the meeting that reported them (walk37 #10).

A diarium's list imported once the meeting is held finds nothing to file the decisions under:
they stay "ej anmälda" in Uppföljning although the meeting's agenda had "Anmälan av
delegeringsbeslut" and the paper list was read there. Where the meeting they should have been
on held such an item, ksdesk says they were probably reported there (in the import's report
and beside them in Uppföljning) and files them under it when the secretary says so
(`file_late`), as marking the meeting held files its own list
(delegationsbeslut_anmalan.mark_reported)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.format import format_date
from ksdesk.core.import_report import count
from ksdesk.core.lookalike import search_key
from ksdesk.core.meeting import MeetingStatus
from ksdesk.core.organ import Organ
from ksdesk.core.topics import Topic
from ksdesk.db import delegationsbeslut_repo, meeting_repo, organ_repo, protokoll_repo
from ksdesk.db.connection import Store
from ksdesk.services.delegationsbeslut_anmalan import anmalan_item_of, cutoff

LINK_ACTION = "Koppla till sammanträdet…"  # Uppföljning → Ej anmälda's button


@dataclass(frozen=True)
class HeldAnmalan:
    """A held meeting whose agenda had the anmälan of delegationsbeslut."""

    meeting_id: int
    date: date
    paragraf: int | None  # the item's § when the protokoll has one

    @property
    def where(self) -> str:
        """ "sammanträdet 2025-04-17, § 46"."""
        nr = f", § {self.paragraf}" if self.paragraf is not None else ""
        return f"sammanträdet {format_date(self.date)}{nr}"

    @property
    def words(self) -> str:
        return f"anmäldes troligen vid {self.where}: koppla dem där"


def held_anmalan(store: Store, meeting_id: int) -> HeldAnmalan | None:
    """The meeting as where its decisions were probably reported: None when its agenda had
    no Anmälan av delegationsbeslut (then nothing says the list was read there)."""
    meeting = meeting_repo.get(store, meeting_id)
    item = anmalan_item_of(meeting)
    if item is None:
        return None
    paragrafer = protokoll_repo.list_for_meeting(store, meeting_id)
    nr = next((p.nr for p in paragrafer if item.id is not None and p.item_id == item.id), None)
    return HeldAnmalan(meeting_id, meeting.date, nr)


def probably_reported(
    store: Store, decisions: list[Delegationsbeslut]
) -> tuple[list[str], list[Delegationsbeslut]]:
    """For an import's report: a line for each held meeting (genomförd or justerad) with an
    Anmälan av delegationsbeslut whose cut-off decisions of its nämnd were taken by, and the
    decisions no such meeting took (the report says where they go: where_reported)."""
    organs = {o.id: o for o in organ_repo.list_all(store)}
    justerade = {m for m, j in protokoll_repo.justeringar(store).items() if j.justerat}
    held = sorted(
        (m for m in meeting_repo.list_headers(store) if m.organ_id in organs),
        key=lambda m: m.date,
    )
    held = [m for m in held if m.status == MeetingStatus.GENOMFORD or m.id in justerade]
    found: dict[int, HeldAnmalan | None] = {}
    at: Counter[int] = Counter()
    rest = []
    for beslut in decisions:
        first = next(
            (
                m
                for m in held
                if _of_organ(beslut, organs[m.organ_id])
                and beslut.date <= cutoff(m, organs[m.organ_id])
            ),
            None,
        )
        if first is not None and first.id not in found:
            found[first.id] = held_anmalan(store, first.id)
        if first is None or found[first.id] is None:
            rest.append(beslut)
        else:
            at[first.id] += 1
    lines = [
        f"{count(n, 'beslut', 'beslut')} anmäldes troligen vid {place.where}: det är hållet, "
        "hade anmälan av delegationsbeslut och besluten fattades före dess sista dag. Koppla "
        f"dem där (Uppföljning → Ej anmälda → {LINK_ACTION}); annars kommer de med på nästa "
        "sammanträdes lista"
        for meeting_id, n in at.items()
        if (place := found[meeting_id]) is not None
    ]
    return lines, rest


def _of_organ(beslut: Delegationsbeslut, organ: Organ) -> bool:
    # As where_reported tells a decision's nämnd: none named is the file's own.
    key = search_key(beslut.organ)
    return not key or key in (search_key(organ.name), search_key(organ.short))


def late_ids(store: Store, meeting_id: int, today: date) -> list[int]:
    """The decisions Uppföljning lists as ej anmälda at the held meeting (those whose first
    missed meeting it is): what linking files under it."""
    from ksdesk.services import laga_kraft  # it reads held_anmalan from here

    missed = laga_kraft.ej_anmalda(store, today)
    return [e.beslut.id for e in missed if e.meeting_id == meeting_id and e.beslut.id]


def file_late(store: Store, meeting_id: int, ids: list[int], filed: bool) -> Topic:
    """The decisions `ids` filed under the held meeting (they count as reported at it and
    print in its list), or taken off it again (`filed` False: the undo)."""
    with store.atomic():
        delegationsbeslut_repo.set_reported(store, ids, meeting_id if filed else None)
    return Topic.DELEGATION
