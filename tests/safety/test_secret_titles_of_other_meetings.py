"""A text of the meeting may name another meeting's secret ärende by its title: the förslag
of 7 December follows up "Förvärv av fastigheten Gammelbo 2:15", decided behind closed
doors on 9 November. The review looked for the meeting's own secret titles only, so the
public kallelse with förslag printed the title and its last check let it pass. Now the
review looks for every secret title of the file that its own meeting's review did not
publish: the mention is a hit, masked it prints the neutral words, and the last check
reads for the title; kept ("behåll") it prints the title there."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.meeting import Arende
from ksdesk.core.secret_mentions import ELSEWHERE
from ksdesk.services import kallelse, meeting_lookup, meetings, public_copy, public_gate
from tests.safety.public_surfaces import OUTPUTS

DAY = date(2020, 12, 7)
SECRET_ITEM = "Förvärv av fastigheten Gammelbo 2:15"
PROPOSAL = f"Kommunstyrelsen godkänner köpeavtalet enligt beslutet om {SECRET_ITEM}."


def _flat(text: str) -> str:
    return " ".join(text.replace("\xad\n", "").split()).lower()


def _naming_an_earlier_secret(store, decision: str = "maskera") -> int:
    """The meeting of 7 December, whose first item's förslag names the secret ärende of
    9 November; the mention decided `decision`, every other hit masked."""
    meeting = meeting_lookup.find_meeting(store, DAY)
    organ = meetings.get_organ(store, meeting.organ_id)
    earlier, _created = meetings.create_meeting(store, organ.name, date(2020, 11, 9), time(14))
    earlier.items.append(
        Arende(SECRET_ITEM, dnr="KS 2020/300", secret=True, secrecy_ref="19 kap. 3 § OSL")
    )
    meetings.save_meeting(store, earlier)
    meeting.items[1].proposal = PROPOSAL
    meetings.save_meeting(store, meeting)
    hits = public_copy.scan_public(store, meeting.id)
    named = [h.key for h in hits if ELSEWHERE in h.shown]
    public_copy.decide(store, meeting.id, named, decision, by="Test")
    others = [h.key for h in hits if h.key not in named]
    public_copy.decide(store, meeting.id, others, "maskera", by="Test")
    return meeting.id


def test_the_mention_is_a_hit_that_names_no_title(demo_built) -> None:
    store, meeting_id = demo_built(_naming_an_earlier_secret)
    found = [h for h in public_copy.scan_public(store, meeting_id) if ELSEWHERE in h.shown]
    assert len(found) == 1
    assert found[0].kind == "sekretess"
    assert "gammelbo" not in found[0].shown.lower()  # the list shows what, not the title
    assert "proposal" in found[0].source


@pytest.mark.parametrize("output", ["kallelse med förslag (papper)", "paket med förslag (papper)"])
def test_masked_the_title_is_printed_nowhere(demo_built, output) -> None:
    store, meeting_id = demo_built(_naming_an_earlier_secret)
    printed = _flat(OUTPUTS[output](store, meeting_id))
    assert SECRET_ITEM.lower() not in printed
    assert "enligt beslutet om ärende som omfattas av sekretess" in printed


def test_kept_the_title_is_printed(demo_built) -> None:
    store, meeting_id = demo_built(_naming_an_earlier_secret, "behåll")
    printed = _flat(OUTPUTS["kallelse med förslag (papper)"](store, meeting_id))
    assert SECRET_ITEM.lower() in printed


def test_the_last_check_reads_for_the_title(demo_built) -> None:
    """Masking aside: the kallelse with the title, checked by the meeting's rules."""
    store, meeting_id = demo_built(_naming_an_earlier_secret)
    rules = public_copy.ensure_public_ok(store, meeting_id)
    as_written = kallelse.kallelse_pdf(store, meeting_id, with_proposals=True)
    with pytest.raises(public_gate.PublicOutputRefused) as refused:
        public_gate.checked(as_written, "Kallelsen", rules)
    assert "sekretessmarkerat ärende" in str(refused.value)
    assert "gammelbo" not in str(refused.value).lower()
