"""A protected person's phone number is found in every grouping a text writes it in, and
its extension alone only where the text is a phone line: the digits elsewhere are an amount."""

from __future__ import annotations

import pytest

from ksdesk.core.protected_phones import PHONE_NEUTRAL, mask_phones, phone_digits

PHONES = (phone_digits("0240-866 56"),)


@pytest.mark.parametrize(
    ("written", "digits"),
    [
        ("0240-866 56", "024086656"),
        ("+46 (0)240 866 56", "024086656"),
        ("0046 240 86656", "024086656"),
        ("070-123 45 67", "0701234567"),
        ("86656", "86656"),
        ("+47 22 33 44 55", ""),  # another country's: refused, not guessed
        ("ring mig", ""),
        ("12", ""),
    ],
)
def test_a_number_is_read_as_dialled_in_sweden(written: str, digits: str) -> None:
    assert phone_digits(written) == digits


@pytest.mark.parametrize(
    "text",
    [
        "Telefon 0240-866 56",
        "0240-86656",
        "tel. 024086656",
        "(0240) 866 56",
        "+46 240 866 56",
        "+46 (0)240 86656",
        "0046 240 86656",
        "0240 - 866\n56",
        "Tfn 86656",
        "Telefon: 866 56",
        "Direkt 86656, växel 0240-860 00",
        "Mobil: 6656",
        "Handläggare Telefon\nJessica Hedlund 86656",
        "Ludvika kommun\nJessica Hedlund, 866 56\njessica@ludvika.se",  # contact() as printed
        "Handläggare En enskild person, 86656",
    ],
)
def test_every_grouping_is_masked(text: str) -> None:
    masked = mask_phones(text, PHONES)
    assert PHONE_NEUTRAL in masked
    assert "866" not in masked and "6656" not in masked.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "Beloppet är 86656 kr.",  # no phone line
        "Summa 86 656 kr",
        "Telefon 0243-866 56",  # the same extension in another area
        "Tfn 76656",  # a longer group is another number
        "Tel 86656 7",
        "Telefonkostnader 86656 kr",  # "telefon" inside a word is no label
        "Anläggning 86656",
        "Fastigheten Ludvika 3:12, 86656",  # no name before the join
        "Kostnaden, 86656 kr",  # not the last on its line
    ],
)
def test_nothing_else_is_masked(text: str) -> None:
    assert mask_phones(text, PHONES) == text


def test_a_phone_field_is_a_phone_line() -> None:
    """The tjänsteskrivelse's Telefon field holds the extension with no label: the letterhead
    printed "Jessica Hedlund, 86656" where the name was masked."""
    assert mask_phones("86656", PHONES) == "86656"
    assert mask_phones("86656", PHONES, phone_line=True) == PHONE_NEUTRAL


def test_the_printed_contact_is_the_shape_read() -> None:
    """Every output prints the phone field beside its handläggare with contact(); what it
    prints is read as a phone line, by the masking and by the last check alike."""
    from ksdesk.core.protected_phones import contact

    assert contact("Jessica Hedlund", "86656") == "Jessica Hedlund, 86656"
    assert mask_phones(contact("En enskild person", "866 56"), PHONES) == (
        f"En enskild person, {PHONE_NEUTRAL}"
    )
