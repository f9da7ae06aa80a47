"""The public list of delegationsbeslut prints each decision's handläggare with the phone
number ("Jessica Hedlund, 86656"): a registered person's extension alone stands in a field
that holds a phone number, with no label, and is masked there as in the review's texts."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.skyddad_person import SkyddadPerson
from ksdesk.services import skyddade
from ksdesk.services.public_delegationsbeslut import public_decisions


def test_the_extension_in_a_decisions_phone_field_is_masked(store) -> None:
    skyddade.save(store, SkyddadPerson("Jessica Hedlund", telefon="0240-866 56"), by="Anna")
    beslut = Delegationsbeslut(
        "KS 2020/1",
        date(2020, 11, 2),
        title="Tillstånd, ring 86656 för frågor",  # no label: an amount as far as one can tell
        handlaggare="Jessica Hedlund",
        telefon="86656",
    )
    (shown,) = public_decisions(store, [beslut])
    assert (shown.handlaggare, shown.telefon) == ("En enskild person", "[telefon borttagen]")
    assert shown.title == beslut.title


def test_the_last_check_reads_a_phone_field_as_it_is_printed(demo_store, monkeypatch) -> None:
    """The masking takes a registered extension out of a field that holds a phone number;
    every output prints that field beside its handläggare with no label ("Jessica Hedlund,
    86656": the tjänsteskrivelse's letterhead). The last check read only labelled lines, and
    let the public packet through when the masking missed the field."""
    from ksdesk.core import public_copy as rules_module
    from ksdesk.services import meeting_lookup, public_copy
    from ksdesk.services.packet import PartCache, build_packet
    from ksdesk.services.public_gate import PublicOutputRefused, checked_text

    skyddade.save(demo_store, SkyddadPerson("Jessica Hedlund", telefon="0240-866 56"), by="Anna")
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    hits = public_copy.scan_public(demo_store, meeting.id)
    others = [h.key for h in hits if not h.resolved]
    public_copy.decide(demo_store, meeting.id, others, "maskera", by="Anna")
    rules = public_copy.ensure_public_ok(demo_store, meeting.id)
    with pytest.raises(PublicOutputRefused, match="telefonnumret till en person med skydd"):
        checked_text("Ludvika kommun\nEn enskild person, 866 56\nE-post", "Kalendern", rules)
    assert checked_text("Fastigheten Ludvika 3:12, 86656\n", "Kalendern", rules)
    # The masking missing the field: the packet is refused, not printed with it.
    monkeypatch.setattr(rules_module, "mask_phones", lambda text, _phones, **_kw: text)
    with pytest.raises(PublicOutputRefused, match="telefonnumret till en person med skydd"):
        build_packet(demo_store, meeting.id, public=True, cache=PartCache())
