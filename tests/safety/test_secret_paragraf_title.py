"""A secret item's § may carry a title of its own in the protokoll: the secretary writes
what was decided ("Avtal med Kalle Nilsson om Gammelbo") where the agenda said "Stockholm
Business Alliance". The public protokoll prints that § with its neutral title, but another
§ that names it by the protokoll's title ("Se även § 222 Avtal med …") printed the title,
since the review and the last check looked only for the agenda's. The §'s own title is now
looked for too, as a form of the same secret title."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.withheld_words import SECRET
from ksdesk.services import meeting_lookup, meetings, public_copy
from ksdesk.services import protokoll as protokoll_service
from tests.safety.public_surfaces import OUTPUTS

DAY = date(2020, 12, 7)
PARAGRAF_TITLE = "Avtal med Kalle Nilsson om Gammelbo"
OSL = "31 kap. 16 § OSL"


def _secret_paragraf_named_by_another(store) -> int:
    meeting = meeting_lookup.find_meeting(store, DAY)
    secret = next(i for i in meeting.items if i.title == "Stockholm Business Alliance")
    secret.secret, secret.secrecy_ref = True, OSL
    meetings.save_meeting(store, meeting)
    protokoll_service.start_protokoll(store, meeting.id)
    protokoll = protokoll_service.get_protokoll(store, meeting.id)
    own = next(p for p in protokoll.paragrafer if p.item_id == secret.id)
    own.title = PARAGRAF_TITLE
    protokoll_service.save_paragraf(store, own)
    other = next(p for p in protokoll.paragrafer if p.title.startswith("Revidering"))
    other.beskrivning += f" Se även § {own.nr} {PARAGRAF_TITLE}."
    protokoll_service.save_paragraf(store, other)
    justering = protokoll.justering
    justering.justerare = [person.name for person in protokoll.upprop][:2]
    justering.justerat = date(2020, 12, 10)
    protokoll_service.save_justering(store, meeting.id, justering)
    return meeting.id


def test_the_review_finds_the_protokoll_title_in_another_paragraf(demo_store) -> None:
    meeting_id = _secret_paragraf_named_by_another(demo_store)
    hits = [h for h in public_copy.scan_public(demo_store, meeting_id) if h.kind == "sekretess"]
    mentioning = [h for h in hits if h.source.startswith("protokoll:")]
    assert len(mentioning) == 1
    assert "Nilsson" not in mentioning[0].shown


def test_the_last_check_reads_for_it(demo_store) -> None:
    meeting_id = _secret_paragraf_named_by_another(demo_store)
    for hit in public_copy.scan_public(demo_store, meeting_id):
        public_copy.decide(demo_store, meeting_id, [hit.key], "maskera", by="Test")
    words = public_copy.ensure_public_ok(demo_store, meeting_id).withheld_words
    assert words.kinds_in(f"Se även {PARAGRAF_TITLE}.") == [SECRET]


@pytest.mark.parametrize("output", ["protokoll (papper)", "protokoll (webb)", "HTML-sidor"])
def test_masked_no_public_protokoll_prints_it(demo_store, output: str) -> None:
    meeting_id = _secret_paragraf_named_by_another(demo_store)
    for hit in public_copy.scan_public(demo_store, meeting_id):
        public_copy.decide(demo_store, meeting_id, [hit.key], "maskera", by="Test")
    printed = " ".join(OUTPUTS[output](demo_store, meeting_id).split())
    assert "Nilsson" not in printed and "Gammelbo" not in printed
    assert f"Se även § 222 ärende som omfattas av sekretess ({OSL})." in printed
