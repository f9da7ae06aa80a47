"""Ångra and Gör om of a new meeting whose nämnd was first named in the dialog (2ae30b2c: the
undo takes the nämnd back too). The redo must bring back that same nämnd, its id and uuid,
not make a new one: every later step on the undo stack holds the nämnd as it was (its
settings edited, "Ändra nämndens inställningar"), and its redo wrote the old nämnd as a
second "Kulturnämnden" beside the one the meeting was given, with the settings on the wrong
one, in every list of nämnder."""

from __future__ import annotations

import copy
from datetime import date, time

from ksdesk.services import meetings as meeting_service
from ksdesk.ui.tabs.kallelse_meetings import Absent, InNamedOrgan, apply_meeting_state


def test_redo_after_undo_brings_back_the_same_namnd(demo_store) -> None:
    store = demo_store
    before_names = [o.name for o in meeting_service.list_organs(store)]
    meeting = meeting_service.prepare_meeting(store, "Kulturnämnden", date(2021, 1, 20), time(13))
    assert not meeting.organ_id  # the dialog named a nämnd the file does not have
    created = InNamedOrgan(meeting, "Kulturnämnden")
    absent = Absent(meeting, with_new_organ=True, redo=created)

    apply_meeting_state(store, created)  # Nytt sammanträde
    organ = meeting_service.get_organ(store, meeting.organ_id)
    first = (organ.id, organ.uuid)
    settings_before = copy.deepcopy(organ)
    settings_after = copy.deepcopy(organ)
    settings_after.forvaringsplats = "Kulturförvaltningen, arkivet"
    meeting_service.save_organ(store, settings_after)  # Ändra nämndens inställningar

    meeting_service.save_organ(store, settings_before)  # Ångra the settings
    apply_meeting_state(store, absent)  # Ångra the meeting: the nämnd goes with it
    assert [o.name for o in meeting_service.list_organs(store)] == before_names

    apply_meeting_state(store, created)  # Gör om the meeting
    meeting_service.save_organ(store, copy.deepcopy(settings_after))  # Gör om the settings

    named = [o for o in meeting_service.list_organs(store) if o.name == "Kulturnämnden"]
    assert len(named) == 1
    assert (named[0].id, named[0].uuid) == first == (meeting.organ_id, named[0].uuid)
    assert named[0].forvaringsplats == "Kulturförvaltningen, arkivet"
