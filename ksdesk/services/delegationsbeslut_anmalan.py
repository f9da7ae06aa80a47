"""The anmälan of delegationsbeslut to the board: which decisions of the register a meeting
lists, the list as a bilaga, and filing them under the meeting once it is held.

Before a meeting, "Anmälan av delegationsbeslut" lists every decision of the organ received by
the cut-off (organ.delegationsbeslut_cutoff_days before the meeting, 8 by default, as the seed's
delegationsordning asks) and not yet reported; once the meeting is held, `mark_reported` files
them under that meeting, and from then on the meeting's list is exactly those.

For the Kallelse packet: `anmalan_pdf(store, meeting_id)` renders the list (bilaga ref
`ANMALAN_REF_PREFIX:<meeting id>`); for the protokoll: `mark_reported(store, meeting_id)`.
The register itself (registering, changing, removing a decision) is services.delegationsbeslut.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import format_date
from ksdesk.core.lookalike import search_key
from ksdesk.core.meeting import Arende, Bilaga, MeetingStatus, Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.db import delegationsbeslut_repo, meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.reports import delegationsbeslut_pdf
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


def for_meeting(store: Store, meeting_id: int) -> list[Delegationsbeslut]:
    """The decisions to report at the meeting: once held, those filed under it; before, every
    decision of the organ received by the cut-off and not yet reported."""
    reported = delegationsbeslut_repo.list_reported(store, meeting_id)
    if reported:
        return reported
    meeting, organ = _meeting(store, meeting_id)
    last = cutoff(meeting, organ)
    return [
        b
        for b in delegationsbeslut_repo.list_unreported(store)
        if (b.received or b.date) <= last
        and (not b.organ or search_key(b.organ) == search_key(organ.name))
    ]


def late_for_meeting(store: Store, meeting_id: int) -> list[Delegationsbeslut]:
    """Decisions of the organ that came in after the cut-off: they wait for the next meeting."""
    meeting, organ = _meeting(store, meeting_id)
    last = cutoff(meeting, organ)
    return [
        b
        for b in delegationsbeslut_repo.list_unreported(store)
        if last < (b.received or b.date) <= meeting.date
        and (not b.organ or search_key(b.organ) == search_key(organ.name))
    ]


@dataclass
class AnmalanSummary:
    cutoff: date
    listed: list[Delegationsbeslut]
    late: list[Delegationsbeslut]
    reported: bool  # the meeting is held and the list is filed under it


def anmalan_summary(store: Store, meeting_id: int) -> AnmalanSummary:
    meeting, organ = _meeting(store, meeting_id)
    return AnmalanSummary(
        cutoff(meeting, organ),
        for_meeting(store, meeting_id),
        late_for_meeting(store, meeting_id),
        bool(delegationsbeslut_repo.list_reported(store, meeting_id)),
    )


def anmalan_pdf(store: Store, meeting_id: int, *, embedded: Embedded | None = None) -> bytes:
    """The list of delegationsbeslut for the meeting, as the bilaga to its anmälan item
    (`embedded`: inside the packet, without page numbers of its own)."""
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
        item = next(
            (i for i in meeting.items if search_key(i.title) == search_key(ANMALAN_TITLE)), None
        )
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
