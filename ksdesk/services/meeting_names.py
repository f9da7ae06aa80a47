"""Meetings that came before the nämnd's settings get the names the settings give
(core.meeting_people): saved with the settings, in their transaction."""

from __future__ import annotations

from ksdesk.core.meeting_people import names_to_fill
from ksdesk.core.organ import Organ
from ksdesk.db import meeting_repo, protokoll_repo
from ksdesk.db.connection import Store
from ksdesk.services.team_locks import locked_reason


def fill_from_settings(store: Store, organ: Organ) -> None:
    """Name the ordförande and the secretary in each meeting of the nämnd that has no name
    for them, unless its protokoll is justerat (what was signed stays as it was) or a
    colleague holds the meeting (team mode: it is theirs to change). Run inside the
    transaction that saves the settings."""
    for meeting in meeting_repo.list_headers(store):
        if meeting.organ_id != organ.id or meeting.id is None:
            continue
        fields = names_to_fill(meeting, organ)
        if not fields or locked_reason(store, meeting.uuid):
            continue
        justering = protokoll_repo.get_justering(store, meeting.id)
        if justering is not None and justering.justerat is not None:
            continue
        meeting_repo.update_fields(store, meeting.id, fields)
