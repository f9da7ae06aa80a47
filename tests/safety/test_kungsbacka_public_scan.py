"""The review's scan (services.public_copy.scan_public, what every public copy goes through)
of a meeting whose texts are forty real documents of Kungsbacka kommun
(tests/core/real_kungsbacka_public_texts.py), each excerpt an item's förslag: it finds
nothing, since the kommun's texts name no private person's contact data. Before, it put
three false alarms to the secretary: the kommun's info@ address under a policy's "Gäller
från:" date, and the sports club where a nämnd met, its name and street, as a private
person's. A delegationsbeslut naming an elected member with the party after the name is no
hit of a private person either, and the public list prints the name."""

from __future__ import annotations

from datetime import date

from ksdesk.core.meeting import Arende
from ksdesk.db import meeting_repo
from ksdesk.services import meeting_lookup, public_copy
from tests.core.real_kungsbacka_public_texts import KUNGSBACKA_PUBLIC_TEXTS
from tests.safety.reported_decision import report

DAY = date(2020, 12, 7)


def test_the_kommuns_own_texts_give_the_review_nothing_to_decide(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    before = {h.key for h in public_copy.scan_public(demo_store, meeting.id)}
    for nr, (_name, text) in enumerate(KUNGSBACKA_PUBLIC_TEXTS, start=1):
        meeting.items.append(Arende(title=f"Kungsbacka {nr}", proposal=text))
    meeting_repo.save(demo_store, meeting)
    found = [h for h in public_copy.scan_public(demo_store, meeting.id) if h.key not in before]
    assert [(h.kind, h.where, h.context) for h in found] == []


def test_a_decision_on_an_elected_members_motion_names_no_private_person(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    report(
        demo_store,
        meeting,
        dnr="KS 2020/802",
        delegat="Kommundirektör",
        title="Yttrande över motion från Maria Losman\n(MP) om utbyggnad av laddinfrastruktur",
    )
    hits = public_copy.scan_public(demo_store, meeting.id)
    assert [h.shown for h in hits if "enskild person vid namn" in h.shown] == []
