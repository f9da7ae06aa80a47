"""The writer's own name beside her private contact data (core.contact_names) is a hit of
the kind "namn", masked wherever it is written; an official's name with her title, and a
name whose contact data is an organisation's, are not."""

from __future__ import annotations

from ksdesk.core.contact_data import NAME, mask_contacts, private_contacts, spans_of


def _names(text: str) -> list[str]:
    return [text[c.start : c.end] for c in private_contacts(text) if c.kind == NAME]


def test_the_writer_naming_herself_in_the_sentence_of_her_address():
    text = "Jag, Maria Lindqvist (född 1980), bor på Karbyvägen 12 och söker plats på förskolan."
    assert _names(text) == ["Maria Lindqvist"]
    assert _names("Jag heter Lisa Andersson och bor på Storgatan 5 i Ludvika.") == [
        "Lisa Andersson"
    ]


def test_a_signature_over_her_address_and_a_form_field():
    signed = "Med vänlig hälsning\nMaria Lindqvist\nKarbyvägen 12\n771 30 Ludvika\n"
    assert _names(signed) == ["Maria Lindqvist"]
    form = "Namn: Maria Lindqvist\nAdress: Karbyvägen 12\nPostnummer och ort: 771 30 Ludvika\n"
    assert _names(form) == ["Maria Lindqvist"]
    assert _names("Maria Lindqvist, Storgatan 12, 771 30 Ludvika, 070-123 45 67") == [
        "Maria Lindqvist"
    ]
    prose = (
        "Jag bor på Storgatan 12. Ni når mig på 070-123 45 67.\n\nMed vänlig hälsning\nLisa Berg"
    )
    assert _names(prose) == ["Lisa Berg"]


def test_an_officials_name_stays_public():
    official = "Med vänlig hälsning\nAnna Svensson\nHandläggare\nSocialförvaltningen\n0240-860 00\n"
    assert _names(official) == []
    letter = "Jag bor på Storgatan 12, ring 070-123 45 67.\n\nAnna Svensson, handläggare\n"
    assert _names(letter) == []
    # No private piece: a name with a kommun's address is nobody's to mask.
    assert _names("Namn: Anna Svensson\nLudvika kommun, Box 123, 771 82 Ludvika\n") == []
    # Words that start a letter's lines are no name.
    assert _names("Med vänlig hälsning\nStorgatan 12\n771 30 Ludvika\n") == []


def test_masked_in_every_text_and_form_alike():
    letter = "Med vänlig hälsning\nMaria Lindqvist\nKarbyvägen 12\n"
    values = frozenset(c.value for c in private_contacts(letter))
    assert "maria lindqvist" in values
    other = "Maria Lindqvists förslag behandlades. Lindqvist, Maria har svarat. MARIA LINDQVIST"
    assert mask_contacts(other, values) == (
        "[namn borttaget] förslag behandlades. [namn borttaget] har svarat. [namn borttaget]"
    )
    assert [kind for _s, _e, kind in spans_of("Maria\nLindqvist ringde", values)] == [NAME]
    # Not inside another word or address.
    assert (
        spans_of("maria.lindqvist@gmail.com, Marialindqvist", frozenset({"maria lindqvist"})) == []
    )


def test_a_kommuns_reply_names_its_addressee_not_its_official():
    """The addressee's address above the reply is hers; the official signs below without a
    title: the signature is anchored only by pieces under it or in the writer's own
    sentences."""
    reply = (
        "Lisa Andersson\nStorgatan 12\n771 30 Ludvika\n\nSvar på din synpunkt\n"
        "Tack för din synpunkt om skolskjutsen. Vi ser över hållplatsen.\n\n"
        "Med vänlig hälsning\nAnna Svensson\n"
    )
    assert _names(reply) == ["Lisa Andersson"]


def test_a_heading_over_her_sentence_is_no_name():
    text = "Nya Lekplatser\nJag bor på Storgatan 12 och vill ha en ny lekplats.\n"
    assert _names(text) == []
    assert _names("Lisa Berg\nTel: 070-123 45 67\n") == ["Lisa Berg"]


def test_a_forms_family_name_first():
    form = "Namn: Lindqvist, Maria\nAdress: Karbyvägen 12\n"
    found = [c for c in private_contacts(form) if c.kind == NAME]
    assert [(form[c.start : c.end], c.value) for c in found] == [
        ("Lindqvist, Maria", "maria lindqvist")
    ]
    assert mask_contacts("Maria Lindqvist och Lindqvist, Maria", frozenset({found[0].value})) == (
        "[namn borttaget] och [namn borttaget]"
    )


def test_a_role_before_the_name_on_its_line_is_no_part_of_it():
    """ "Ordförande Eva Ek" over her mobile: the name is Eva Ek, masked where she is named
    without the role too, and found among the file's ledamöter by that name (before, the
    hit was "ordförande eva ek": the file's own ordförande was a hit, and "Eva Ek" alone
    elsewhere in the text went out unmasked)."""
    text = "Ludviks Brukshundklubb\nOrdförande Eva Ek\n070-999 88 77\n\nEva Ek har skrivit."
    assert _names(text) == ["Eva Ek"]
    hidden = mask_contacts(text, frozenset(c.value for c in private_contacts(text)))
    assert "Eva Ek" not in hidden and "Ordförande [namn borttaget]" in hidden
    assert _names("Vice ordförande Lars Berg\nMobil 070-111 22 33") == ["Lars Berg"]
