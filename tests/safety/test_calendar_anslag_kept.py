"""The calendar file and the anslag text were read as one text each, where a name kept in
any text of the meeting passed: a name kept in ärende 3's tjänsteskrivelse alone, printed
by a text the masking missed (the note on remote participation in the calendar, the
förvaringsplats in the anslag), was handed out. The calendar prints the kallelse's texts
and passes only what they kept; the anslag prints the organ's and the justering's, and
passes only what those kept.

The texts are test_kept_names_where_kept.py's (a made-up citizen who consented to the name
in one ärende)."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.services import deadlines, meetings, public_copy
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.public_gate import PublicOutputRefused
from tests.safety.test_kept_names_where_kept import NAME_FOUND, NAMED, _kept_in_three_named_in_five


def _named(store, field: str) -> int:
    """The kept name also in `field`: the meeting's remote note or the justering's place."""
    meeting, _other = _kept_in_three_named_in_five(store)
    if field == "remote_note":
        meeting = meetings.get_meeting(store, meeting.id)
        meeting.remote_note = f"{meeting.remote_note} {NAMED}".strip()
        meetings.save_meeting(store, meeting)
    protokoll_service.start_protokoll(store, meeting.id)
    protokoll = protokoll_service.get_protokoll(store, meeting.id)
    justering = protokoll.justering
    justering.justerare = [person.name for person in protokoll.upprop][:2]
    justering.justerat = date(2020, 12, 10)
    justering.anslaget = date(2020, 12, 11)
    if field == "forvaringsplats":
        justering.forvaringsplats = f"Kommunkansliet. {NAMED}"
    protokoll_service.save_justering(store, meeting.id, justering)
    hits = public_copy.scan_public(store, meeting.id)
    open_hits = [h.key for h in hits if h.decision is None]
    public_copy.decide(store, meeting.id, open_hits, "maskera", by="Test")
    return meeting.id


def _missing(monkeypatch, field: str) -> None:
    mask = PublicCopyRules.mask

    def missing(self, source: str, text: str) -> str:
        return text if source.endswith(field) else mask(self, source, text)

    monkeypatch.setattr(PublicCopyRules, "mask", missing)


OUTPUTS = {
    "remote_note": lambda store, mid: deadlines.meeting_calendar(store, mid).decode(),
    "forvaringsplats": deadlines.meeting_anslag_text,
}


@pytest.mark.parametrize("field", list(OUTPUTS), ids=["kalenderfil", "anslagstext"])
def test_a_name_kept_in_an_arende_does_not_pass(demo_store, monkeypatch, field) -> None:
    meeting_id = _named(demo_store, field)
    text = OUTPUTS[field](demo_store, meeting_id)  # no false refusal while the masking works
    assert "förslagsställaren" in " ".join(text.replace("\r\n ", "").split())
    _missing(monkeypatch, field)
    with pytest.raises(PublicOutputRefused) as refused:
        OUTPUTS[field](demo_store, meeting_id)
    assert NAME_FOUND in str(refused.value) and "Karlsson" not in str(refused.value)
