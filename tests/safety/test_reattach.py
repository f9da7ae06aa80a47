"""Decisions are bound to what they judged: a bilaga kept on purpose, deleted, and another
attached in its place (even under the same row id, the same title and the same number)
inherits nothing; the same for a secret item. Changed content means a new decision."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.meeting import Arende
from ksdesk.core.public_copy import PublicCopyBlocked
from ksdesk.services import meeting_lookup, meetings, public_copy
from ksdesk.services.packet import PartCache, build_packet
from tests import attack_pdfs

DAY = date(2020, 12, 7)


def _item(store):
    meeting = meeting_lookup.find_meeting(store, DAY)
    return meeting, next(i for i in meeting.items if i.tjansteskrivelse is not None)


def _attach(store, number: str):
    meeting, item = _item(store)
    bilaga = meetings.pdf_bilaga(attack_pdfs.split_line(number), "avtal.pdf", "Avtal")
    bilaga.nr = "9"
    item.bilagor.append(bilaga)
    meetings.save_meeting(store, meeting)
    meeting, item = _item(store)
    return meeting, item.bilagor[-1]


def test_delete_and_reattach_publishes_nothing(demo_store) -> None:
    first, second = attack_pdfs.personnummer(900), attack_pdfs.personnummer(950)
    meeting, kept = _attach(demo_store, next(first))
    hits = public_copy.scan_public(demo_store, meeting.id)
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "behåll", by="Anna")
    build_packet(demo_store, meeting.id, public=True, cache=PartCache())  # kept: published

    meeting, item = _item(demo_store)
    item.bilagor = [b for b in item.bilagor if b.id != kept.id]
    meetings.save_meeting(demo_store, meeting)
    meeting, other = _attach(demo_store, next(second))
    assert other.title == kept.title and other.nr == kept.nr and other.sha256 != kept.sha256

    (hit,) = [h for h in public_copy.scan_public(demo_store, meeting.id) if not h.resolved]
    assert hit.bilaga_id == other.id and hit.kind == "personnummer"
    with pytest.raises(PublicCopyBlocked):
        build_packet(demo_store, meeting.id, public=True, cache=PartCache())


def test_a_new_secret_item_under_a_reused_id_needs_its_own_decision(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    meeting.items.append(Arende("Förvärv av fastighet", secret=True, secrecy_ref="19 kap. 1 § OSL"))
    meetings.save_meeting(demo_store, meeting)
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    hits = public_copy.scan_public(demo_store, meeting.id)
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "behåll", by="Anna")
    old_id = meeting.items[-1].id

    meeting.items = meeting.items[:-1]
    meetings.save_meeting(demo_store, meeting)
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    meeting.items.append(Arende("Uppsägning av avtal", secret=True, secrecy_ref="39 kap. 3 § OSL"))
    meetings.save_meeting(demo_store, meeting)
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    print("reused id:", meeting.items[-1].id == old_id)
    open_hits = [h for h in public_copy.scan_public(demo_store, meeting.id) if not h.resolved]
    assert [h.kind for h in open_hits] == ["sekretess"]
    with pytest.raises(PublicCopyBlocked):
        public_copy.ensure_public_ok(demo_store, meeting.id)
