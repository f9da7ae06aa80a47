"""A private person's e-mail address written otherwise than plain (core.contact_data): in a
URL ("mailto:karin.berg%40hotmail.com", a link copied from a web page), as an HTML entity
("&#64;", "&#x40;": text pasted from a page's source) or spelt out against harvesters
("karin.berg (at) hotmail.com" in a citizen's letter). Each is found where the plain form
would be, under the same owner rules, compared as the plain address, and masked in every
form written. Before, none of them was found, so a "maskera" decision on the plain address
left them all in the public copy."""

from __future__ import annotations

import pytest

from ksdesk.core.contact_data import (
    EMAIL,
    contacts,
    mask_contacts,
    mask_private,
    mask_reachable,
    private_contacts,
    spans_of,
)

PLAIN = "karin.berg@hotmail.com"
WRITTEN = [
    "mailto:karin.berg%40hotmail.com",
    "karin.berg%40hotmail.com",
    "karin.berg&#64;hotmail.com",
    "karin.berg&#064;hotmail.com",
    "karin.berg&#x40;hotmail.com",
    "karin.berg&#X40;Hotmail.com",
    "karin.berg&commat;hotmail.com",
    "karin.berg (at) hotmail.com",
    "karin.berg(at)hotmail.com",
    "karin.berg [at] hotmail.com",
    "karin.berg[AT]hotmail.com",
]


def _mails(text: str):
    return [c for c in contacts(text) if c.kind == EMAIL]


@pytest.mark.parametrize("written", WRITTEN)
def test_an_escaped_address_is_the_private_persons_mail(written: str) -> None:
    text = f"Synpunkt på skolskjutsen.\nMed vänlig hälsning\nKarin Berg\n{written}\n"
    [mail] = _mails(text)
    assert (mail.value, mail.private) == (PLAIN, True)
    assert text[mail.start : mail.end] == written.removeprefix("mailto:")


@pytest.mark.parametrize("written", WRITTEN)
def test_every_form_is_masked_by_the_plain_value(written: str) -> None:
    text = f"Svara till {PLAIN} eller {written}, tack."
    masked = mask_contacts(text, frozenset({PLAIN}))
    scheme = "mailto:" if written.startswith("mailto:") else ""
    assert masked == f"Svara till [e-post borttagen] eller {scheme}[e-post borttagen], tack."
    assert "karin" not in mask_private(text).lower()
    assert "karin" not in mask_reachable(text).lower()
    assert len(spans_of(text, frozenset({PLAIN}))) == 2


def test_a_kommuns_escaped_address_stays_public() -> None:
    """The owner rules are the plain form's: a kommun's registrator is an organisation's."""
    for written in ("registrator%40ludvika.se", "registrator (at) ludvika.se"):
        text = f"Ludvika kommun\nKommunstyrelsen\nE-post: {written}\nTelefon: 0240-860 00"
        [mail] = _mails(text)
        assert (mail.value, mail.private) == ("registrator@ludvika.se", False)


def test_an_escaped_own_domain_is_judged_as_the_plain_one() -> None:
    """Under "Från:" a domain holding the sender's name is hers; a kommun official's is not."""
    own = "Från: Lisa Andersson <lisa%40andersson.nu>\nÄmne: Bygglov"
    assert [(m.value, m.private) for m in _mails(own)] == [("lisa@andersson.nu", True)]
    official = "Från: Anna Svensson <anna.svensson (at) ludvika.se>\nÄmne: Svar"
    found = [(m.value, m.private) for m in _mails(official)]
    assert found == [("anna.svensson@ludvika.se", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Mötet (at) kl. 18 i Folkets hus.",
        "Avgiften höjs med 40%40 kr enligt taxan.",
        "Se www.ludvika.se/at för mer.",
        "Rabatt 10 % (at) 40 kr.",
        # Dots spelt too (core.contact_mail): "punkt" in a sentence is a word.
        "Nämnden behandlar punkt 4 på dagordningen och punkt 5 efter pausen.",
        "Beslutet fattades med stöd av punkt 2.3 i delegeringsförteckningen.",
        "Tecknet snabel-a används i e-postadresser.",
        "Mötet (at) kl. 18 punkt slut.",
        "Avgiften höjs med 40%2E5 kr.",
        "Se [at] sidan 4 [punkt] 2.",
    ],
)
def test_no_address_without_a_domain(text: str) -> None:
    assert private_contacts(text) == []


def test_an_escaped_name_before_the_at_is_read_whole_and_masked_whole() -> None:
    """ "karin%2Eberg%40hotmail.com" (a link's text copied as it stood) was read as the address
    "2eberg@hotmail.com": masking it left "karin%" in the text. The name's escapes are read
    as what they stand for, and the whole written form is the address."""
    text = "Svar till karin%2Eberg%40hotmail.com senast fredag."
    (found,) = [c for c in contacts(text) if c.kind == EMAIL]
    assert found.value == "karin.berg@hotmail.com" and found.private
    assert text[found.start : found.end] == "karin%2Eberg%40hotmail.com"
