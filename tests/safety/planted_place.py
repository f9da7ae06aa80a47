"""Texts written into the demo meeting's place (which the kallelse, the protokoll, their web
editions, the HTML pages and the calendar file all print), the review's every hit decided
"maskera", and those outputs made: for the tests of the shapes a number or a name is written
in (tests/safety/test_digits_in_other_forms.py and the others that import this)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ksdesk.services import meeting_lookup, meetings, public_copy
from ksdesk.services import protokoll as protokoll_service
from tests.safety.planted_db import demo_copy
from tests.safety.public_surfaces import OUTPUTS

# The outputs that print the meeting's place: paper and web, the HTML pages and the calendar.
READ = ("kallelse (papper)", "kallelse (webb)", "HTML-sidor", "kalenderfil", "protokoll (webb)")


def published(
    demo_template: Path, folder: Path, texts: list[str], outputs: tuple[str, ...] = READ
) -> tuple[set[str], dict[str, str]]:
    """(the twelve digits of each number the review found, output → what it holds) once
    `texts` are in the place and every hit is masked."""
    with demo_copy(demo_template, folder) as store:
        meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
        meeting.place += "".join(f"; {text}" for text in texts)
        meetings.save_meeting(store, meeting)
        justera(store, meeting.id)
        hits = public_copy.scan_public(store, meeting.id)
        keys = [hit.key for hit in hits if not hit.resolved]
        public_copy.decide(store, meeting.id, keys, "maskera", by="Test", scanned=hits)
        made = {output: OUTPUTS[output](store, meeting.id) for output in outputs}
    return {hit.normalized for hit in hits}, made


def justera(store, meeting_id: int) -> None:
    """The protokoll justerat, so that its web edition and HTML page are published."""
    protokoll_service.start_protokoll(store, meeting_id)
    protokoll = protokoll_service.get_protokoll(store, meeting_id)
    justering = protokoll.justering
    justering.justerare = [person.name for person in protokoll.upprop][:2]
    justering.justerat = date(2020, 12, 10)
    protokoll_service.save_justering(store, meeting_id, justering)
