"""The register of persons with skyddade personuppgifter (Skatteverket's terms:
sekretessmarkering, skyddad folkbokföring, fingerade personuppgifter) whom a text of a
meeting may name: a tjänsteskrivelse, a beslut, a bilaga, a delegationsbeslut.

The register itself is printed nowhere. What it holds is looked for in every text a public
copy prints, and masked there always (services.public_skyddade): the name as texts write it
(core.citizen_mentions.name_forms: inverted, with initials, in the genitive; also with one
given name of several, a hyphen as a space, without å, ä, ö: `written_name_forms`), the
address (whole, and its street and number wherever the register wrote them; and the name as
an e-mail address spells it), the phone
number (in any grouping, and its extension alone on a phone line: core.protected_phones) and
the personnummer (the review's own reader finds it in any shape; a hit of it can never be kept).
A shortened name that is also a ledamot's, ersättare's or secretary's is the secretary's to
decide instead (`shared_with`). The internal packet prints what the secretary wrote, with a
warning where such a person is named (services.skyddade.packet_notes)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ksdesk.core.citizen_mentions import PLAIN_LETTERS, name_forms, written_name_forms
from ksdesk.core.luhn import luhn_ok
from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.protected_phones import phone_digits
from ksdesk.core.secret_mentions import neutral_for_each

NAME_NEUTRAL = "en enskild person"  # as a private person a delegationsbeslut names
ADDRESS_NEUTRAL = "[adress borttagen]"
_MIN_WORDS = 2  # one word alone ("Kalle") stands in too many other texts
# A street's name (words that begin with a letter) and its number at the start of a line,
# with a house letter after it: "Storgatan 12", "S:t Persgatan 4 B", "Gamla vägen 7A".
_STREET_AND_NUMBER = re.compile(
    r"(?P<street>[^\W\d_][^\d,]*?)\s+(?P<number>\d+)(?:\s?(?P<letter>[^\W\d_])(?!\w))?"
)


@dataclass
class SkyddadPerson:
    namn: str
    adress: str = ""
    personnummer: str = ""  # ÅÅÅÅMMDD-NNNN, as check() writes it
    anteckning: str = ""  # for the secretary: where the marking was learnt of, until when
    telefon: str = ""  # as written; an extension alone ("86656") too
    inlagd_av: str = ""
    inlagd: str = ""  # ISO timestamp
    id: int | None = None
    uuid: str = ""


@dataclass(frozen=True)
class ProtectedForms:
    """What a public text may not hold of one person, each part with its neutral words."""

    names: tuple[str, ...]  # core.citizen_mentions.name_forms, the name as written last
    addresses: tuple[str, ...]
    number: str  # twelve digits, "" when none is registered
    key: str  # the row's uuid: the review's hits are keyed by it, never by the name
    phones: tuple[str, ...] = ()  # core.protected_phones.phone_digits of the number
    # Forms of the name as texts shorten it that are also the name of a ledamot, ersättare
    # or secretary of the organs ("Erik Karlsson" of "Kalle Erik Karlsson"): not masked
    # always, the secretary decides each text that holds one (`shared_with`).
    shared: tuple[str, ...] = ()

    @property
    def replacements(self) -> dict[str, str]:
        """Each form as a public text prints it instead."""
        replaced = dict.fromkeys(self.addresses, ADDRESS_NEUTRAL)
        return replaced | neutral_for_each(self.names, NAME_NEUTRAL)

    @property
    def forms(self) -> tuple[str, ...]:
        return (*self.names, *self.addresses)

    @property
    def every_replacement(self) -> dict[str, str]:
        """`replacements` and the shared forms too: for a list that belongs to no review."""
        return neutral_for_each(self.shared, NAME_NEUTRAL) | self.replacements


def check(person: SkyddadPerson) -> str:
    """Why the row cannot be stored (Swedish), "" if it can."""
    if len(person.namn.split()) < _MIN_WORDS:
        return (
            "Ange både förnamn och efternamn: ett ensamt namn står i för många andra texter "
            "för att kunna maskeras säkert."
        )
    if person.personnummer.strip() and not normalized_number(person.personnummer):
        return (
            f"”{person.personnummer.strip()}” kan inte läsas som ett personnummer eller "
            "samordningsnummer (datumet eller kontrollsiffran stämmer inte). Skriv det som "
            "ÅÅÅÅMMDD-NNNN, eller lämna fältet tomt."
        )
    if person.telefon.strip() and not phone_digits(person.telefon):
        return (
            f"”{person.telefon.strip()}” kan inte läsas som ett svenskt telefonnummer. Skriv "
            "det med riktnummer (0240-866 56, +46 240 866 56) eller som anknytning (86656), "
            "eller lämna fältet tomt."
        )
    return ""


def tidied(person: SkyddadPerson) -> SkyddadPerson:
    """The row as it is stored: whitespace evened out, the personnummer as ÅÅÅÅMMDD-NNNN."""
    number = normalized_number(person.personnummer)
    return replace(
        person,
        namn=" ".join(person.namn.split()),
        adress="\n".join(
            " ".join(line.split()) for line in person.adress.splitlines() if line.strip()
        ),
        personnummer=f"{number[:8]}-{number[8:]}" if number else person.personnummer.strip(),
        anteckning=person.anteckning.strip(),
        telefon=" ".join(person.telefon.split()),
    )


def normalized_number(written: str) -> str:
    """The twelve digits of a personnummer or samordningsnummer written alone, "" if none."""
    if not written.strip():
        return ""
    found = find_personnummer(f"Personnummer: {written.strip()}")
    # The label lets a wrong check digit through (what a text holds is masked all the
    # same); a register row with one would look for a number nobody has.
    if len(found) != 1 or not luhn_ok(found[0].normalized[2:]):
        return ""
    return found[0].normalized


def protected_forms(people: list[SkyddadPerson]) -> list[ProtectedForms]:
    """Each registered person's forms, as the review and the last check look for them."""
    found = []
    for person in people:
        name = " ".join(person.namn.split())
        if len(name.split()) < _MIN_WORDS:
            continue
        found.append(
            ProtectedForms(
                written_name_forms(name),
                address_forms(person.adress) + mail_forms(name),
                normalized_number(person.personnummer),
                person.uuid or str(person.id),
                tuple(filter(None, [phone_digits(person.telefon)])),
            )
        )
    return found


def shared_with(people: list[ProtectedForms], names: list[str]) -> list[ProtectedForms]:
    """`people` with each form of a name a text shortens that is also a form of one of
    `names` (the organs' ledamöter, ersättare and secretaries) moved to `shared`. Where the
    register holds "Kalle Erik Karlsson", a text's "Erik Karlsson" may be the person or the
    ledamot Erik Karlsson, whose name the protokoll must print (who was there, who moved
    what): masked always, the ledamot vanished from the public protokoll without anyone
    deciding it. The name as registered and its own forms are never shared: a ledamot of
    exactly that name is the person, or as likely as not."""
    known = {form.lower() for name in names if name.strip() for form in _forms_of(name)}
    if not known:
        return people
    found = []
    for person in people:
        own = {form.lower() for form in name_forms(person.names[-1])}
        shared = tuple(f for f in person.names if f.lower() in known and f.lower() not in own)
        if shared:
            kept = tuple(form for form in person.names if form not in shared)
            person = replace(person, names=kept, shared=shared)
        found.append(person)
    return found


def _forms_of(name: str) -> tuple[str, ...]:
    return name_forms(" ".join(name.split()))


def address_forms(address: str) -> tuple[str, ...]:
    """The address as a text may write it: whole on one line ("Storgatan 12, 771 30
    Ludvika"), and its street and number ("Storgatan 12"), from the first line or part
    before a comma that has them, also where the register wrote the postnummer on the same
    line ("Storgatan 12 771 30 Ludvika"), a c/o line first or a lägenhet after the number
    ("Storgatan 12 lgh 1102"); a house letter with and without a space ("12 A", "12A"). A
    postort alone says nothing of where the person lives."""
    lines = [" ".join(line.split()) for line in re.split(r"[\n,]", address) if line.strip()]
    if not lines:
        return ()
    street = next(filter(None, (_STREET_AND_NUMBER.match(line) for line in lines)), None)
    if street is None and len(lines) == 1:
        return ()  # "Ludvika": no street, no number
    forms = [", ".join(lines)]
    if street is not None:
        at = f"{street['street']} {street['number']}"
        letter = street["letter"] or ""
        forms += [f"{at}{letter}", f"{at} {letter}"] if letter else [at]
    return tuple(dict.fromkeys(forms))


def mail_forms(name: str) -> tuple[str, ...]:
    """The name as an e-mail address spells it before the @: "jessica.hedlund" in a
    tjänsteskrivelse's letterhead names its handläggare as surely as the name does (a
    kommun's staff can be protected too). Joined by a point or an underscore, all the name's
    words or the first and the last, as written and without å, ä, ö. Masked as the address
    is: the text says "[adress borttagen]@ludvika.se"."""
    words = name.lower().split()
    if len(words) < _MIN_WORDS:
        return ()
    runs = {tuple(words), (words[0], words[-1])}
    forms = {
        joint.join(run).translate(table)
        for run in runs
        for joint in (".", "_")
        for table in ({}, PLAIN_LETTERS)  # "Åsa Öberg" is asa.oberg@…
    }
    return tuple(sorted(forms))
