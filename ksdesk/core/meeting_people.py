"""Who is named on a meeting's papers when the meeting came before the nämnd's settings.

A new meeting copies the ordförande and the sekreterare from the nämnd's settings
(`meeting_agenda.new_meeting`). A secretary who starts a new file, creates the first meeting
or imports its ärendelista and fills in the settings afterwards would otherwise get a
kallelse without the names under it and a protokoll whose signing lines name nobody, while
the upprop names the secretary. A name the meeting has of its own is never replaced."""

from __future__ import annotations

from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ

DEFAULT_SECRETARY_TITLE = "sekreterare"


def secretary_of(meeting: Sammantrade, organ: Organ) -> tuple[str, str]:
    """The secretary's name and title, both from the meeting when it names one, else both
    from the nämnd (a name from one and the title from the other would misname the person)."""
    if meeting.secretary_name.strip():
        return meeting.secretary_name, meeting.secretary_title
    return organ.secretary_name, organ.secretary_title or DEFAULT_SECRETARY_TITLE


def names_to_fill(meeting: Sammantrade, organ: Organ) -> dict[str, str]:
    """The header fields of the meeting the nämnd's settings can fill: the ordförande and
    the secretary the meeting has no name for, where the settings have one."""
    fields: dict[str, str] = {}
    chair = organ.chair
    if not meeting.chair_name.strip() and chair is not None and chair.name.strip():
        fields["chair_name"] = chair.name
    if not meeting.secretary_name.strip() and organ.secretary_name.strip():
        fields["secretary_name"] = organ.secretary_name
        fields["secretary_title"] = organ.secretary_title or DEFAULT_SECRETARY_TITLE
    return fields
