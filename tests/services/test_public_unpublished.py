"""What a public copy never prints needs no decision (walk28's finding 12): a personnummer in
the tjänsteskrivelse of a secret ärende, whose content no public output holds while its
secrecy is not kept, is reported as not published, not as a hit to decide; kept public
("behåll" on the ärende), the tjänsteskrivelse is printed and its number must be decided."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.meeting import Arende, Section, Tjansteskrivelse
from ksdesk.core.public_copy import PublicCopyBlocked
from ksdesk.services import meeting_lookup, meetings, public_copy
from ksdesk.services.own_kommun import new_database

DAY = date(2025, 3, 10)


def _store(tmp_path):
    store = new_database(tmp_path / "bn.sqlite", "Testby kommun", "Byggnadsnämnden")
    meeting, _ = meetings.create_meeting(store, "Byggnadsnämnden", DAY, time(14), "Stadshuset")
    text = "Barnet, 20150101-2387, placeras i familjehem."  # invented
    meeting.items.append(
        Arende(
            "Placering enligt LVU",
            dnr="BN 2025/31",
            proposal="att placera barnet 20150101-2387.",
            secret=True,
            secrecy_ref="26 kap. 1 § OSL",
            tjansteskrivelse=Tjansteskrivelse(sections=[Section("Beskrivning av ärendet", text)]),
        )
    )
    meetings.save_meeting(store, meeting)
    return store, meeting_lookup.find_meeting(store, DAY).id


def test_a_number_in_a_secret_arendes_texts_is_not_published_and_blocks_nothing(tmp_path):
    store, meeting_id = _store(tmp_path)
    hits = public_copy.scan_public(store, meeting_id)
    secret = [h for h in hits if h.kind == "sekretess"]
    numbers = [h for h in hits if h.kind == "personnummer"]
    assert len(secret) == 1 and len(numbers) == 2  # the tjänsteskrivelse's and the förslag's
    assert all(h.resolved and "publiceras inte" in h.decision.decided_by for h in numbers)
    assert [h for h in hits if not h.resolved] == secret  # only the ärende's own secrecy
    public_copy.decide(store, meeting_id, [secret[0].key], "maskera", by="Test")
    public_copy.ensure_public_ok(store, meeting_id)  # no decision asked for what is not printed

    public_copy.decide(store, meeting_id, [secret[0].key], "behåll", by="Test")
    with pytest.raises(PublicCopyBlocked, match="2 träffar"):
        public_copy.ensure_public_ok(store, meeting_id)  # published now: each to decide


def test_the_public_packet_says_where_a_secret_arendes_handlingar_were_left_out(tmp_path):
    """walk28's finding 11: the packet printed nothing at the secret ärende's place, so its
    reader could not tell a tjänsteskrivelse was left out. Now a page says so, each
    handling named as a withheld bilaga is ("Bilaga 2 – omfattas av sekretess (…)")."""
    from ksdesk.core.meeting import Bilaga
    from ksdesk.services.packet import build_packet
    from tests.services.test_protokoll_public import words

    store, meeting_id = _store(tmp_path)
    meeting = meeting_lookup.find_meeting(store, DAY)
    meeting.items[-1].bilagor.append(Bilaga("Utredning om barnet", nr="1"))
    meetings.save_meeting(store, meeting)
    hits = public_copy.scan_public(store, meeting_id)
    open_keys = [h.key for h in hits if not h.resolved]
    public_copy.decide(store, meeting_id, open_keys, "maskera", by="Test")
    printed = words(build_packet(store, meeting_id, public=True).pdf)
    assert "Handlingar som inte ingår i den offentliga versionen:" in printed
    assert "Tjänsteskrivelse – omfattas av sekretess (26 kap. 1 § OSL)" in printed
    assert "Bilaga 1 – omfattas av sekretess (26 kap. 1 § OSL)" in printed
    assert "Placering" not in printed and "Utredning" not in printed and "2387" not in printed


def test_the_public_packet_says_where_a_not_in_full_arendes_tjansteskrivelse_was_left_out(
    tmp_path,
):
    """review29: an ärende "publiceras inte i sin helhet" with a tjänsteskrivelse and no
    bilagor left no trace in the public packet. Now a page gives its sentence and names the
    tjänsteskrivelse as left out; its text is not printed."""
    from ksdesk.services.packet import build_packet
    from tests.services.test_protokoll_public import words

    store, meeting_id = _store(tmp_path)
    meeting = meeting_lookup.find_meeting(store, DAY)
    item = meeting.items[-1]
    item.title, item.secret, item.secrecy_ref = "Föreläggande om buller", False, ""
    item.not_in_full = True
    meetings.save_meeting(store, meeting)
    printed = words(build_packet(store, meeting_id, public=True).pdf)
    assert "publiceras inte i sin helhet på webben" in printed
    assert "Tjänsteskrivelse – utelämnad: ärendet publiceras inte i sin helhet" in printed
    assert "familjehem" not in printed and "2387" not in printed
