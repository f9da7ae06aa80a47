"""The public list of delegationsbeslut prints each decision's handläggare with the phone
number ("Jessica Hedlund, 86656"): a registered person's extension alone stands in a field
that holds a phone number, with no label, and is masked there as in the review's texts."""

from __future__ import annotations

from datetime import date

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
