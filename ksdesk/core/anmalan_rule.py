"""Which meeting a delegationsbeslut is anmält at, whatever day it was typed in.

A decision is reported at the first meeting of its nämnd whose cut-off ("sista dag för att
komma med", organ.delegationsbeslut_cutoff_days before the meeting) it was taken by: the
beslutsdatum counts, not the day the secretary registered or imported it. A diarium's list
is often read in a few days after the cut-off, when the kallelse is written (Kungsbacka's
"Sammanställning från EDP Vision, 2025-10-01" for 2025-10-09, upprättad 14 days before);
its decisions belong on that meeting's list all the same.

Once a meeting's kallelse has gone out (status utskickad) its list is printed: a decision
registered after the last day the kallelse could go out was not on it, and goes to the
next meeting. (The day it went out is not kept; the kallelse day is the latest it can have.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ksdesk.core.delegation import Delegationsbeslut


@dataclass(frozen=True)
class ListSlot:
    """A meeting as its list of delegationsbeslut sees it."""

    meeting_id: int
    date: date
    cutoff: date  # decisions taken by this day are listed
    sent_by: date | None = None  # the kallelse has gone out, at the latest this day


def on_list(beslut: Delegationsbeslut, slot: ListSlot) -> bool:
    """Whether `beslut` (not yet anmält) stands on the meeting's list."""
    if beslut.date > slot.cutoff:
        return False
    return not (slot.sent_by and beslut.received and beslut.received > slot.sent_by)


def registered_after_sending(beslut: Delegationsbeslut, slot: ListSlot) -> bool:
    """Taken in time for the meeting, but registered after its kallelse went out."""
    return beslut.date <= slot.cutoff and not on_list(beslut, slot)


def destination(beslut: Delegationsbeslut, slots: list[ListSlot]) -> ListSlot | None:
    """The first meeting (of `slots`, the open ones of its nämnd) that lists `beslut`; None
    while no meeting late enough is planned."""
    return next((s for s in sorted(slots, key=lambda s: s.date) if on_list(beslut, s)), None)
