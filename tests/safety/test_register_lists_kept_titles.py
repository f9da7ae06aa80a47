"""The public lists made from ksdesk's registers (Uppföljning av beslut, the redovisning of
motioner) mask every secret title of the file themselves, since they span meetings
(test_register_lists_secret_titles.py). A title the secretary published in its own
meeting's review ("behåll" on the secret item or bilaga: its packet prints it, title and
all) was masked there all the same: the list said "ärende som omfattas av sekretess" of an
ärende the public protokoll names. Now the lists follow her decision as the packet does,
and only that decision: one taken for the item as it was (its Dnr changed since), one taken back
("maskera" after "behåll"), or the same title borne by another secret item still masks it,
and the last check still refuses it there."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.meeting import Arende, Bilaga
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.reports.uppfoljning_pdf import render
from ksdesk.services import meeting_lookup, meetings, public_copy, public_gate, uppdrag
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.public_withheld import register_withheld
from tests.safety.public_surfaces import pdf_surfaces

DAY = date(2020, 12, 7)
SECRET_ITEM = "Förvärv av fastigheten Gammelbo 2:15"
NEUTRAL = "ärende som omfattas av sekretess"


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def _earlier_meeting(store) -> tuple[int, int]:
    """(the meeting of 9 November with a secret item, the meeting of 7 December the
    uppdrag naming that item is reported back to)."""
    meeting = meeting_lookup.find_meeting(store, DAY)
    organ = meetings.get_organ(store, meeting.organ_id)
    earlier, _created = meetings.create_meeting(store, organ.name, date(2020, 11, 9), time(14))
    earlier.items += [
        Arende(SECRET_ITEM, dnr="KS 2020/300", secret=True, secrecy_ref="19 kap. 3 § OSL"),
        Arende("Markanvisning för bostäder", dnr="KS 2020/301"),
    ]
    meetings.save_meeting(store, earlier)
    protokoll_service.start_protokoll(store, earlier.id)
    given_in = protokoll_service.get_protokoll(store, earlier.id).paragrafer[-1]
    task = Uppdrag(
        vad=f"Återkomma med avtal om {SECRET_ITEM}",
        organ_id=organ.id,
        paragraf_id=given_in.id,
        aterrapport_meeting_id=meeting.id,
    )
    uppdrag.save(store, task)
    return earlier.id, meeting.id


def _decide_the_item(store, meeting_id: int, *decisions: str) -> None:
    """Decide the secret item's own hit (each decision in turn), every other hit masked."""
    hits = public_copy.scan_public(store, meeting_id)
    own = [h.key for h in hits if h.kind == "sekretess" and h.source.startswith("item:")]
    assert len(own) == 1
    others = [h.key for h in hits if h.key not in own]
    public_copy.decide(store, meeting_id, others, "maskera", by="Test")
    for decision in decisions:
        public_copy.decide(store, meeting_id, own, decision, by="Test")


def _public_list(store, meeting_id: int) -> str:
    return _flat(pdf_surfaces(uppdrag.uppfoljning_pdf(store, meeting_id, public=True)))


def test_a_title_published_by_its_review_is_printed_by_the_list(demo_store) -> None:
    earlier, meeting_id = _earlier_meeting(demo_store)
    _decide_the_item(demo_store, earlier, "behåll")
    printed = _public_list(demo_store, meeting_id)  # through the list's own last check
    assert f"återkomma med avtal om {SECRET_ITEM}".lower() in printed
    assert NEUTRAL not in printed


def test_a_title_masked_by_its_review_is_still_masked(demo_store) -> None:
    earlier, meeting_id = _earlier_meeting(demo_store)
    _decide_the_item(demo_store, earlier, "maskera")
    printed = _public_list(demo_store, meeting_id)
    assert SECRET_ITEM.lower() not in printed
    assert f"återkomma med avtal om {NEUTRAL}" in printed


@pytest.mark.parametrize("undone", ["taken back", "item changed", "borne by another"])
def test_a_published_title_is_masked_where_the_decision_does_not_hold(demo_store, undone) -> None:
    earlier, meeting_id = _earlier_meeting(demo_store)
    if undone == "taken back":
        _decide_the_item(demo_store, earlier, "behåll", "maskera")
    else:
        _decide_the_item(demo_store, earlier, "behåll")
    if undone == "item changed":  # its Dnr changed: the decision was for the item as it was
        changed = meetings.get_meeting(demo_store, earlier)
        changed.items[-2].dnr = "KS 2020/399"
        meetings.save_meeting(demo_store, changed)
    if undone == "borne by another":  # a secret bilaga of today's meeting, never published
        today = meetings.get_meeting(demo_store, meeting_id)
        secret = Bilaga(title=SECRET_ITEM, nr="9", secret=True, secrecy_ref="19 kap. 3 § OSL")
        today.items[0].bilagor.append(secret)
        meetings.save_meeting(demo_store, today)
    printed = _public_list(demo_store, meeting_id)
    assert SECRET_ITEM.lower() not in printed
    neutral = "handling som omfattas" if undone == "borne by another" else NEUTRAL
    assert f"återkomma med avtal om {neutral}" in printed
    unmasked = uppdrag.uppfoljning_document(demo_store, meeting_id)  # as printed before
    with pytest.raises(public_gate.PublicOutputRefused):
        public_gate.checked(render(unmasked), "Listan", withheld=register_withheld(demo_store))
