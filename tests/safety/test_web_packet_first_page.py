"""The web packet's first page has no running header (it opens the kallelse): the last
check took it for a page that cannot say whose it is, and let through a name kept in any
text of the meeting. A name kept in ärende 3's tjänsteskrivelse alone, printed by a
kallelse text the masking missed (the note on remote participation), was published on
that page, where the paper packet refused it. The pages before the first running header
are the kallelse's, and pass only what the kallelse's texts kept.

The texts are test_kept_names_where_kept.py's (a made-up citizen who consented to the name
in one ärende)."""

from __future__ import annotations

import pytest

from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.services import meetings, public_copy
from ksdesk.services.packet import build_packet
from ksdesk.services.public_gate import PublicOutputRefused
from ksdesk.services.web_packet import packet_web
from tests.pdf_helpers import pages_text
from tests.safety.test_kept_names_where_kept import (
    CONSENTED,
    NAME_FOUND,
    NAMED,
    _kept_in_three_named_in_five,
)

OUTPUTS = {
    "paket (papper)": lambda store, mid: build_packet(store, mid, public=True).pdf,
    "paket (webb)": lambda store, mid: packet_web(store, mid, "paket").pdf,
}


def _named_in_the_remote_note(store):
    meeting, _other = _kept_in_three_named_in_five(store)
    meeting = meetings.get_meeting(store, meeting.id)
    meeting.remote_note = f"{meeting.remote_note} {NAMED}".strip()
    meetings.save_meeting(store, meeting)
    return meeting


def _missing_the_remote_note(monkeypatch) -> None:
    mask = PublicCopyRules.mask

    def missing(self, source: str, text: str) -> str:
        return text if source.endswith("remote_note") else mask(self, source, text)

    monkeypatch.setattr(PublicCopyRules, "mask", missing)


@pytest.mark.parametrize("output", list(OUTPUTS))
def test_a_name_kept_in_an_arende_does_not_pass_on_the_first_page(
    demo_store, monkeypatch, output
) -> None:
    meeting = _named_in_the_remote_note(demo_store)
    hits = public_copy.scan_public(demo_store, meeting.id)
    open_hits = [h.key for h in hits if h.decision is None]
    public_copy.decide(demo_store, meeting.id, open_hits, "maskera", by="Test")
    text = " ".join(pages_text(OUTPUTS[output](demo_store, meeting.id)))
    assert CONSENTED in text  # no false refusal while the masking works
    _missing_the_remote_note(monkeypatch)
    with pytest.raises(PublicOutputRefused) as refused:
        OUTPUTS[output](demo_store, meeting.id)
    assert NAME_FOUND in str(refused.value) and "Karlsson" not in str(refused.value)
