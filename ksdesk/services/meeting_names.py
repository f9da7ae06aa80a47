"""Meetings that came before the nämnd's settings get the names the settings give
(core.meeting_people): saved with the settings, in their transaction.

A new secretary in the settings reaches the meetings not yet sent whose secretary came from
the old settings, and their förhinder note the new contact (rewalk36 N1: `namnd andra
--sekreterare` reached only meetings made afterwards, and said nothing of the others)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ksdesk.core.kallelse import default_absence_note
from ksdesk.core.meeting import MeetingStatus, Sammantrade
from ksdesk.core.meeting_people import names_to_fill
from ksdesk.core.organ import Organ
from ksdesk.db import meeting_repo, protokoll_repo
from ksdesk.db.connection import Store
from ksdesk.services.team_locks import locked_reason


@dataclass
class Filled:
    """The days of the meetings given the settings' secretary, and of those left without one
    (a justerat protokoll or a colleague's meeting: not ours to change)."""

    given: list[date] = field(default_factory=list)
    kept: list[date] = field(default_factory=list)


def fill_from_settings(store: Store, organ: Organ, before: Organ | None = None) -> Filled:
    """Name the ordförande and the secretary in each meeting of the nämnd that has no name
    for them, unless its protokoll is justerat (what was signed stays as it was) or a
    colleague holds the meeting (team mode: it is theirs to change). A meeting not yet sent
    nor held whose secretary and förhinder note are those the settings gave (`before`, the
    settings as they were) gets the new ones: a sent kallelse keeps whom it named. Run inside
    the transaction that saves the settings."""
    filled = Filled()
    for meeting in meeting_repo.list_headers(store):
        if meeting.organ_id != organ.id or meeting.id is None:
            continue
        justering = protokoll_repo.get_justering(store, meeting.id)
        justerat = justering is not None and justering.justerat is not None
        draft = meeting.status == MeetingStatus.UTKAST and not (justering and justering.held)
        fields = names_to_fill(meeting, organ)
        if draft and before is not None:
            fields |= _from_new_settings(meeting, organ, before)
        if not fields:
            continue
        if justerat or locked_reason(store, meeting.uuid):
            if "secretary_name" in fields:
                filled.kept.append(meeting.date)
            continue
        meeting_repo.update_fields(store, meeting.id, fields)
        if "secretary_name" in fields:
            filled.given.append(meeting.date)
    filled.given.sort()
    filled.kept.sort()
    return filled


def _from_new_settings(meeting: Sammantrade, organ: Organ, before: Organ) -> dict[str, str]:
    """The secretary and the förhinder note of a draft meeting that still has the old
    settings' (a name of its own, or a note she wrote, stays)."""
    fields: dict[str, str] = {}
    old = (before.secretary_name, before.secretary_title)
    new = (organ.secretary_name, organ.secretary_title)
    named = (meeting.secretary_name, meeting.secretary_title)
    if before.secretary_name.strip() and organ.secretary_name.strip() and named == old != new:
        fields |= {"secretary_name": new[0], "secretary_title": new[1]}
    # The note the old settings wrote, or the one a nämnd with no secretary yet writes
    # ("Meddela sekreteraren …"): no note of her own.
    old_notes = {default_absence_note(o, meeting.date) for o in (before, Organ(before.name))}
    note = default_absence_note(organ, meeting.date)
    if meeting.absence_note in old_notes and meeting.absence_note != note:
        fields["absence_note"] = note
    return fields
