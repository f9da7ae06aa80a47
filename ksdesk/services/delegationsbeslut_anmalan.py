"""The anmälan of delegationsbeslut to the board: which decisions of the register a meeting
lists, the list as a bilaga, and filing them under the meeting once it is held.

Before a meeting, "Anmälan av delegationsbeslut" lists every decision of the organ taken by
the cut-off (organ.delegationsbeslut_cutoff_days before the meeting, 8 by default, as the seed's
delegationsordning asks) and not yet reported, whatever day it was registered, but one
registered after the meeting's kallelse went out (core.anmalan_rule); once the meeting is held,
`mark_reported` files them under that meeting, and from then on the meeting's list is exactly
those.

For the Kallelse packet: `anmalan_pdf(store, meeting_id)` renders the list (bilaga ref
`ANMALAN_REF_PREFIX:<meeting id>`); for the protokoll: `mark_reported(store, meeting_id)`.
The register itself (registering, changing, removing a decision) is services.delegationsbeslut.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ksdesk.core.agenda_merge import same_standing
from ksdesk.core.anmalan_rule import ListSlot, on_list, registered_after_sending
from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import format_date
from ksdesk.core.import_report import count
from ksdesk.core.lookalike import search_key
from ksdesk.core.meeting import Arende, Bilaga, MeetingStatus, Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.db import delegationsbeslut_repo, meeting_repo, organ_repo
from ksdesk.db.connection import Store

# The reports are imported when printing, not at start-up: Uppföljning reads which decisions
# came late from here.
if TYPE_CHECKING:
    from ksdesk.reports.base import Embedded

ANMALAN_TITLE = "Anmälan av delegationsbeslut"
# The bilaga that prints the list of delegationsbeslut reported to a meeting:
# "delegationsanmalan:<meeting id>" (services.bilaga_render renders it).
ANMALAN_REF_PREFIX = "delegationsanmalan"


def cutoff(meeting: Sammantrade, organ: Organ) -> date:
    """The last day a decision may come in to be reported at `meeting`.

    Deliberately the nominal day (the meeting date less the organ's days), not moved back to
    a vardag as the deadline panel shows it: the panel tells delegates the safe day to aim for,
    while this list must not leave out a decision that did arrive by the ordinance's day."""
    return meeting.date - timedelta(days=organ.delegationsbeslut_cutoff_days)


def _meeting(store: Store, meeting_id: int) -> tuple[Sammantrade, Organ]:
    meeting = meeting_repo.get(store, meeting_id)
    return meeting, organ_repo.get(store, meeting.organ_id)


def list_slot(meeting: Sammantrade, organ: Organ) -> ListSlot:
    """The meeting as its list sees it: its cut-off, and whether its kallelse has gone out."""
    sent = meeting.status in (MeetingStatus.UTSKICKAD, MeetingStatus.GENOMFORD)
    return ListSlot(
        meeting.id or 0,
        meeting.date,
        cutoff(meeting, organ),
        meeting.date - timedelta(days=organ.kallelse_days_before) if sent else None,
    )


def _organs(store: Store, meeting_id: int) -> tuple[ListSlot, list[Delegationsbeslut]]:
    """The meeting's slot, and the decisions not yet reported that are its organ's."""
    meeting, organ = _meeting(store, meeting_id)
    key = search_key(organ.name)
    own = [
        b
        for b in delegationsbeslut_repo.list_unreported(store)
        if not b.organ or search_key(b.organ) == key
    ]
    return list_slot(meeting, organ), own


def for_meeting(store: Store, meeting_id: int) -> list[Delegationsbeslut]:
    """The decisions to report at the meeting: once held, those filed under it; before, every
    decision of the organ taken by the cut-off and not yet reported (core.anmalan_rule)."""
    reported = delegationsbeslut_repo.list_reported(store, meeting_id)
    if reported:
        return reported
    slot, own = _organs(store, meeting_id)
    return [b for b in own if on_list(b, slot)]


def late_for_meeting(store: Store, meeting_id: int) -> list[Delegationsbeslut]:
    """Decisions of the organ that wait for the next meeting: taken after the cut-off, or
    registered after the kallelse went out (`after_sending`)."""
    slot, own = _organs(store, meeting_id)
    return [b for b in own if b.date <= slot.date and not on_list(b, slot)]


def after_sending(store: Store, meeting_id: int) -> list[Delegationsbeslut]:
    """Decisions taken in time but registered after the kallelse went out: the next meeting."""
    slot, own = _organs(store, meeting_id)
    return [b for b in own if registered_after_sending(b, slot)]


@dataclass
class AnmalanSummary:
    cutoff: date
    listed: list[Delegationsbeslut]
    late: list[Delegationsbeslut]
    reported: bool  # the meeting is held and the list is filed under it
    after_sending: list[Delegationsbeslut] = field(default_factory=list)


def anmalan_summary(store: Store, meeting_id: int) -> AnmalanSummary:
    meeting, organ = _meeting(store, meeting_id)
    return AnmalanSummary(
        cutoff(meeting, organ),
        for_meeting(store, meeting_id),
        late_for_meeting(store, meeting_id),
        bool(delegationsbeslut_repo.list_reported(store, meeting_id)),
        after_sending(store, meeting_id),
    )


def anmalan_pdf(store: Store, meeting_id: int, *, embedded: Embedded | None = None) -> bytes:
    """The list of delegationsbeslut for the meeting, as the bilaga to its anmälan item
    (`embedded`: inside the packet, without page numbers of its own)."""
    from ksdesk.reports import delegationsbeslut_pdf

    meeting, organ = _meeting(store, meeting_id)
    return delegationsbeslut_pdf.render_anmalan(
        for_meeting(store, meeting_id), meeting, organ, cutoff(meeting, organ), embedded=embedded
    )


def anmalan_item(store: Store, meeting_id: int) -> Arende:
    """Put "Anmälan av delegationsbeslut" on the agenda with the list as its bilaga (or give
    the list to the item already there). Placed before the closing information items."""
    ref = f"{ANMALAN_REF_PREFIX}:{meeting_id}"
    with store.atomic():
        meeting, organ = _meeting(store, meeting_id)
        item = anmalan_item_of(meeting)
        if item is None:
            item = Arende(
                title=ANMALAN_TITLE,
                kind="anmalan",
                is_standard=True,
                proposal=f"{organ.name} lägger anmälan av delegationsbeslut till handlingarna.",
            )
            position = len(meeting.items)
            while position and meeting.items[position - 1].kind == "information":
                position -= 1
            meeting.items.insert(position, item)
        if not any(_is_anmalan_ref(b.ref) for b in item.bilagor):
            item.bilagor.append(
                Bilaga(
                    title="Förteckning över delegationsbeslut",
                    nr=str(len(item.bilagor) + 1),
                    ref=ref,
                )
            )
        meeting_repo.save(store, meeting)
    return item


def anmalan_item_of(meeting: Sammantrade) -> Arende | None:
    """The item already on the agenda that the list goes to, by the agenda import's rule for
    a standing item ("Anmälan av delegeringsbeslut", "Redovisning av delegationsbeslut",
    "Delegationsbeslut" are this one): one that carries the list first, then a standing one."""
    found = [i for i in meeting.items if not i.is_section and same_standing(i.title, ANMALAN_TITLE)]
    ranked = sorted(
        found,
        key=lambda i: (
            not any(_is_anmalan_ref(b.ref) for b in i.bilagor),
            not (i.is_standard or i.kind == "anmalan"),
        ),
    )
    return ranked[0] if ranked else None


def _is_anmalan_ref(ref: str | None) -> bool:
    return bool(ref) and ref.partition(":")[0] == ANMALAN_REF_PREFIX


def mark_reported(store: Store, meeting_id: int) -> int:
    """The meeting has been held: its listed decisions count as reported. Returns how many.
    Refused for a meeting that has not taken place (neither genomförd nor in the past)."""
    with store.atomic():
        meeting, _organ = _meeting(store, meeting_id)
        if meeting.status != MeetingStatus.GENOMFORD and meeting.date > date.today():
            raise InvalidInput(
                f"Sammanträdet {format_date(meeting.date)} har inte hållits: besluten kan inte "
                "anmälas än."
            )
        listed = [b for b in for_meeting(store, meeting_id) if b.reported_meeting_id is None]
        delegationsbeslut_repo.set_reported(store, [b.id for b in listed], meeting_id)
    return len(listed)


def unmark_reported(store: Store, meeting_id: int) -> int:
    """Undo `mark_reported` (the meeting was marked held by mistake)."""
    with store.atomic():
        reported = delegationsbeslut_repo.list_reported(store, meeting_id)
        delegationsbeslut_repo.set_reported(store, [b.id for b in reported], None)
    return len(reported)


def where_reported(store: Store, decisions: list[Delegationsbeslut]) -> list[str]:
    """For an import's report: the meeting each group of `decisions` is anmäld at ("Anmäls
    vid sammanträdet 2025-10-09 (Nämnden för …): 6 beslut"), those registered after a
    kallelse went out, and those that wait for a meeting not yet planned. Another nämnd's
    are left out (the import says so already)."""
    organs = {o.id: o for o in organ_repo.list_all(store)}
    open_slots = sorted(
        (
            (list_slot(m, organs[m.organ_id]), organs[m.organ_id].name)
            for m in meeting_repo.list_headers(store)
            if m.status != MeetingStatus.GENOMFORD and m.organ_id in organs
        ),
        key=lambda pair: pair[0].date,
    )
    going: Counter[tuple[date, str] | None] = Counter()
    passed: Counter[date] = Counter()
    for beslut in decisions:
        key = search_key(beslut.organ)
        names = {
            o.name
            for o in organs.values()
            if not key or key in (search_key(o.name), search_key(o.short))
        }
        if not names:
            continue
        mine = [(slot, name) for slot, name in open_slots if name in names]
        going[next(((s.date, n) for s, n in mine if on_list(beslut, s)), None)] += 1
        skipped = next((s.date for s, _n in mine if registered_after_sending(beslut, s)), None)
        if skipped is not None:
            passed[skipped] += 1
    lines = [
        f"Anmäls vid sammanträdet {format_date(day)} ({name}): {count(n, 'beslut', 'beslut')}"
        for (day, name), n in sorted((k, n) for k, n in going.items() if k is not None)
    ]
    lines += [
        f"{count(n, 'beslut', 'beslut')} hann före sista dagen för sammanträdet "
        f"{format_date(day)} men registreras efter att kallelsen skickats: anmäls vid nästa"
        for day, n in sorted(passed.items())
    ]
    if going[None]:
        lines.append(
            f"{count(going[None], 'beslut', 'beslut')} anmäls vid nästa sammanträde som läggs "
            "in: inget inlagt sammanträde har sista dag för att komma med så sent"
        )
    return lines
