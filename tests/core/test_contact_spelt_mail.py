"""A private person's e-mail address with its dots spelt out too (core.contact_mail), as
citizens write it against harvesters: "anna.berg(at)hotmail(dot)com", "anna.berg [at] gmail
[punkt] com", "anna.berg snabel-a telia punkt com", and a link's "%2E" in the domain
("anna.berg@gmail%2Ecom"). Before, only the "@" could be spelt ("(at)", "[at]") and the
domain had to be written with plain dots: none of these was found, so the public copy
printed them. An official's address at the kommun's domain, spelt the same way, stays
public."""

from __future__ import annotations

import pytest

from ksdesk.core.contact_data import (
    EMAIL,
    contacts,
    mask_contacts,
    mask_private,
    mask_reachable,
)

SPELT = [
    ("anna.berg(at)hotmail(dot)com", "anna.berg@hotmail.com"),
    ("anna.berg (at) hotmail (dot) com", "anna.berg@hotmail.com"),
    ("anna.berg [at] gmail [punkt] com", "anna.berg@gmail.com"),
    ("anna.berg[AT]gmail[DOT]com", "anna.berg@gmail.com"),
    ("anna.berg snabel-a telia punkt com", "anna.berg@telia.com"),
    ("anna.berg snabela telia punkt com", "anna.berg@telia.com"),
    ("anna.berg (snabel-a) telia (punkt) com", "anna.berg@telia.com"),
    ("anna(punkt)berg(at)hotmail(punkt)com", "anna.berg@hotmail.com"),
    ("anna.berg@gmail%2Ecom", "anna.berg@gmail.com"),
    ("anna.berg%40gmail%2ecom", "anna.berg@gmail.com"),
    ("anna.berg@hotmail%2Eco%2Euk", "anna.berg@hotmail.co.uk"),
]


def _mails(text: str):
    return [c for c in contacts(text) if c.kind == EMAIL]


@pytest.mark.parametrize(("written", "plain"), SPELT)
def test_a_spelt_address_in_a_letter_is_the_private_persons(written: str, plain: str) -> None:
    text = f"Synpunkt om busshållplatsen.\nMed vänlig hälsning\nAnna Berg\n{written}\n"
    [mail] = _mails(text)
    assert (mail.value, mail.private) == (plain, True)
    assert text[mail.start : mail.end] == written


@pytest.mark.parametrize(("written", "plain"), SPELT)
def test_in_a_sentence_too(written: str, plain: str) -> None:
    text = f"Ni når mig på {written} om ni har frågor."
    assert [(m.value, m.private) for m in _mails(text)] == [(plain, True)]


@pytest.mark.parametrize(("written", "plain"), SPELT)
def test_every_written_form_is_masked_whole(written: str, plain: str) -> None:
    text = f"Svara till {plain} eller {written}, tack."
    masked = mask_contacts(text, frozenset({plain}))
    assert masked == "Svara till [e-post borttagen] eller [e-post borttagen], tack."
    for reading in (masked, mask_private(text), mask_reachable(text)):
        assert "anna" not in reading.lower() and "punkt com" not in reading


@pytest.mark.parametrize(
    "written",
    [
        "erik.norinder(at)kungsbacka(dot)se",
        "erik.norinder [at] kungsbacka [punkt] se",
        "erik.norinder snabel-a kungsbacka punkt se",
        "erik.norinder@kungsbacka%2Ese",
    ],
)
def test_an_officials_spelt_address_stays_public(written: str) -> None:
    text = f"Erik Norinder\nFörvaltningen för Kultur & Fritid\nDirekt 0300-834883\n{written}\n"
    [mail] = _mails(text)
    assert (mail.value, mail.private) == ("erik.norinder@kungsbacka.se", False)
