"""A file not in team mode: the register masks what it names as before, and no mark of step
m1809 is written or obeyed (services.skyddade_mark is team mode's alone)."""

from __future__ import annotations

from ksdesk.core.meeting import Arende
from ksdesk.core.skyddad_mark import Mark, dump
from ksdesk.core.skyddad_person import SkyddadPerson
from ksdesk.db import skyddad_repo
from ksdesk.services import meetings, packet, public_copy, skyddade, skyddade_mark


def test_a_file_not_in_team_mode_writes_no_mark_and_obeys_none(demo_store) -> None:
    store = demo_store
    skyddade.save(store, SkyddadPerson("Dragana Jovanović", "Storgatan 12"), by="Anna")
    meeting = meetings.list_meetings(store)[0]
    meeting = meetings.get_meeting(store, meeting.id)
    meeting.items.append(Arende("Bostadsanpassning", proposal="Dragana Jovanović beviljas."))
    meetings.save_meeting(store, meeting)
    hits = public_copy.scan_public(store, meeting.id)
    assert [h.kind for h in hits].count("skyddad") == 1
    assert skyddad_repo.marks_of(store, meeting.id) == ""
    # A mark left by a copy once linked is no refusal here: nobody else's register is there.
    colleague = Mark("cecilia", "Cecilia Dahl", "2026-12-06T10:00:00Z", 1)
    with store.atomic():
        skyddad_repo.set_marks(store, meeting.id, dump({"cecilia": colleague}))
    assert skyddade_mark.refusal(store, meeting.id) == ""
    open_keys = [h.key for h in public_copy.scan_public(store, meeting.id) if not h.resolved]
    if open_keys:
        public_copy.decide(store, meeting.id, open_keys, "maskera", by="Anna")
    assert packet.build_packet(store, meeting.id, public=True).pdf.startswith(b"%PDF")
