"""Whether team mode holds a unit read-only on this laptop. The tabs ask each time they show
a meeting, the first time before the window is painted: for a file without a link it costs
one query, and team mode's modules (its records, the repository of its bookkeeping) load
only for a linked file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ksdesk.db import team_guard

if TYPE_CHECKING:
    from ksdesk.db.connection import Store


def locked_reason(store: Store, unit_uuid: str) -> str:
    """Why this laptop may read the unit but not change it now ("" when it may): checked
    out by a colleague, or of an organ whose secretary the user is not."""
    if not team_guard.linked(store):
        return ""
    from ksdesk.core.team import when
    from ksdesk.db import team_repo

    if team_repo.link(store) is None:
        return ""
    state = team_repo.unit_state(store, unit_uuid)
    if state is None:
        return ""
    if state.lease_holder and not state.lease_mine:
        return (
            f"Utcheckat av {state.lease_holder} sedan {when(state.lease_since)}: du kan läsa "
            "men inte ändra förrän sammanträdet checkas in."
        )
    if state.lease_mine:
        return ""
    if not state.writable:
        return "Du är inte sekreterare för det här organet: du kan läsa men inte ändra."
    return ""


def own_lease_note(store: Store, unit_uuid: str) -> str:
    """ "Utcheckat av dig sedan …: checka in när du är klar" when this laptop holds the
    unit's lease ("" otherwise): the colleagues see the lease, and so must she, or she
    forgets to check in and blocks them (walk35 #5)."""
    if not team_guard.linked(store):
        return ""
    from ksdesk.db import team_repo

    state = team_repo.unit_state(store, unit_uuid)
    return own_lease_words(state.lease_since) if state and state.lease_mine else ""


def own_lease_words(since: str) -> str:
    from ksdesk.core.team import when

    return f"Utcheckat av dig sedan {when(since)}: checka in när du är klar"
