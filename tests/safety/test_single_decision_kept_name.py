"""One delegationsbeslut printed alone as a bilaga ("delegationsbeslut:KS 2020/801") follows
the review of the meeting whose agenda prints it, as the list of delegationsbeslut does: a
private person's name the secretary kept there is printed, on paper and on the web, and one
she masked is not. Before, the decision printed alone belonged to no meeting and always
masked its names, whatever she decided; a name kept in the list and masked in the decision
printed alone stays masked in the decision."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.meeting import Bilaga
from ksdesk.services import meeting_lookup, meetings, public_copy
from tests.safety.public_surfaces import OUTPUTS
from tests.safety.reported_decision import report

DAY = date(2020, 12, 7)
DNR = "KS 2020/801"
PERSON = "Lisa Andersson"
TITLE = f"Bygglov för tillbyggnad av enbostadshus, sökande {PERSON}"
ALONE = "Beslutet om bygglov"


def _flat(text: str) -> str:
    return " ".join(text.replace("\xad\n", "").split()).lower()


def _printed_alone(store, alone: str, listed: str) -> int:
    """The meeting reports the decision in its list and prints it alone as a bilaga of
    another ärende; the name's hit in the decision printed alone decided `alone`, in the
    list `listed`, every other hit masked."""
    meeting = meeting_lookup.find_meeting(store, DAY)
    report(store, meeting, dnr=DNR, delegat="Bygglovshandläggare", title=TITLE)
    meeting = meetings.get_meeting(store, meeting.id)
    meeting.items[2].bilagor.append(Bilaga(title=ALONE, nr="9", ref=f"delegationsbeslut:{DNR}"))
    meetings.save_meeting(store, meeting)
    hits = public_copy.scan_public(store, meeting.id)
    named = [h for h in hits if h.kind == "namn" and "enskild person vid namn" in h.shown]
    assert len(named) == 2  # the list and the decision printed alone
    for hit in named:
        decision = alone if ALONE.lower() in hit.where.lower() else listed
        public_copy.decide(store, meeting.id, [hit.key], decision, by="Test")
    others = [h.key for h in hits if h not in named]
    public_copy.decide(store, meeting.id, others, "maskera", by="Test")
    return meeting.id


@pytest.mark.parametrize("output", ["paket (papper)", "paket (webb) och bilagefiler"])
def test_a_name_kept_in_the_decision_printed_alone_is_printed(demo_built, output) -> None:
    store, meeting_id = demo_built(_printed_alone, "behåll", "maskera")
    printed = _flat(OUTPUTS[output](store, meeting_id))
    assert _flat(TITLE) in printed  # the decision printed alone
    assert "sökande en enskild person" in printed  # the list, masked


@pytest.mark.parametrize("output", ["paket (papper)", "paket (webb) och bilagefiler"])
def test_a_name_masked_in_the_decision_printed_alone_is_not(demo_built, output) -> None:
    store, meeting_id = demo_built(_printed_alone, "maskera", "behåll")
    printed = _flat(OUTPUTS[output](store, meeting_id))
    assert printed.count("sökande lisa andersson") == 1  # the list, kept
    assert "sökande en enskild person" in printed  # the decision printed alone
