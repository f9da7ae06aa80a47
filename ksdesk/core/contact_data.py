"""A private person's contact data in a text that goes public: a street address with its
house number ("Storgatan 12 B"), a postnummer and ort ("771 30 Ludvika"), a phone number
("070-123 45 67", "+46 70 123 45 67", "0240-123 45") and an e-mail address at a provider
anyone can sign up with ("lisa.a@gmail.com"), and the name of the writer who gives them
as her own (core.contact_names: masked wherever it is written). A citizen's letter attached
as a bilaga prints them all; GDPR asks that no more personal data be published than needed, so the
review puts each to the secretary (services.public_contacts).

Whose it is is told by what stands around it (core.contact_owner): a kommun's letterhead,
footer, växel, förvaltning, a company with its org.nr, an official's title or an address
at an organisation's own domain make it an organisation's, which is public and no hit.
What this finds in real municipal texts is measured by bench/contact_data_false_alarms.py."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ksdesk.core.contact_mail import mails
from ksdesk.core.contact_names import name_spans, writer_names
from ksdesk.core.contact_owner import (
    free_mail,
    matter_subject,
    organisation_near,
    persons_own_domain,
    sender_field_near,
)
from ksdesk.core.contact_places import places
from ksdesk.core.personnummer import find_personnummer

MOBILE = "mobil"
PHONE = "telefon"
EMAIL = "e-post"
STREET = "adress"
POSTORT = "postort"
NAME = "namn"  # the writer's own name beside her private contact data (core.contact_names)
PARTY = "part"  # the private party of a matter, in a § or a tjänsteskrivelse (core.contact_parties)
# The secretary's reason for each kind of hit.
REASONS = {
    MOBILE: "ser ut som en privatpersons mobilnummer",
    PHONE: "ser ut som en privatpersons telefonnummer",
    EMAIL: "ser ut som en privatpersons e-postadress",
    STREET: "ser ut som en privatpersons gatuadress",
    POSTORT: "ser ut som en privatpersons postnummer och ort",
    NAME: "ser ut som en privatpersons namn vid egna kontaktuppgifter",
    PARTY: "ser ut som namnet på en enskild part i ärendet (sökande, fastighetsägare, mottagare)",
}
# What a masked text prints in place of each.
NEUTRAL = {
    MOBILE: "[telefon borttagen]",
    PHONE: "[telefon borttagen]",
    EMAIL: "[e-post borttagen]",
    STREET: "[adress borttagen]",
    POSTORT: "[postort borttagen]",
    NAME: "[namn borttaget]",
    PARTY: "[namn borttaget]",
}

_DASH = "\\-\u2010\u2011\u2012\u2013\u2212"
# A Swedish number: +46 or 0046 (with "(0)" perhaps) or the trunk 0, an area code (07x is a
# mobile's), then groups of 2-4 digits apart by one space or dash. Not after a digit, a
# letter, "/" or "." (a dnr "2020/0701", a date "2020.07"), not before more digits.
_PHONE = re.compile(
    rf"(?<![\w/.{_DASH}+])(?P<prefix>(?:\+|00)[ \u00a0]?46[ \u00a0]?(?:\(0\)[ \u00a0]?)?|\(?0)"
    rf"(?P<area>[1-9]\d{{0,3}})\)?(?P<sep>[ \u00a0{_DASH}/]?)"
    rf"(?P<rest>\d{{2,8}}(?:[ \u00a0{_DASH}]\d{{2,4}}){{0,3}})(?![\w{_DASH}]|[.,]\d)"
)
# Numbers no person answers: service numbers (020, 0200, 077x: a company's or an
# authority's), 0771 included.
_SERVICE = ("020", "077", "0900", "0939", "0944")
_MOBILE_AREAS = ("070", "072", "073", "076", "079")
# A street's name ends as Swedish streets do; "plan" is not among them ("Detaljplan 12").
_STREET_END = (
    r"gatan|gata|vägen|väg|gränd|gränden|stigen|stig|backen|backe|torget|torg|allén|allé|"
    r"leden|platsen|liden|slingan|svängen|kroken|gången|ringen|parken|udden|höjden|lunden|"
    r"strand|stranden|kajen|bryggan|promenaden|tået|vägan"
)
_STREET = re.compile(
    r"(?<![\w-])(?P<street>(?:(?:Norra|Södra|Östra|Västra|Gamla|Lilla|Stora|Nya|Övre|Nedre) )?"
    rf"[A-ZÅÄÖ][a-zåäöéü]*(?:-[A-Za-zÅÄÖåäö]+)*(?:{_STREET_END})"
    r"|[A-ZÅÄÖ][a-zåäöé]+ (?:vägen|gatan|väg|gata|gränd|torg|torget|allé|backe|backen|stigen)"
    # "Norra Esplanaden", "Lilla Nygatan": a direction or size, then a place in its
    # definite form.
    r"|(?:Norra|Södra|Östra|Västra|Gamla|Lilla|Stora|Övre|Nedre) [A-ZÅÄÖ][a-zåäöé]+(?:en|an))"
    r"[ \u00a0](?P<number>[1-9]\d{0,2}(?:[ \u00a0]?[A-H](?![\w]))?(?:[-–][1-9]\d{0,2})?)"
    r"(?![\w%,.]\d|\d|[ \u00a0](?:kr|tkr|mkr|st|%|procent|år|kap)\b)"
)
# A postnummer and its ort: "771 30 Ludvika", "77130 LUDVIKA", "SE-771 30 Ludvika".
_POSTORT = re.compile(
    r"(?<![\w/.,-])(?<!\d )(?:SE-?)?(?P<code>[1-9]\d{2})[ \u00a0]?(?P<code2>\d{2})[ \u00a0]{1,3}"
    r"(?P<ort>[A-ZÅÄÖ][a-zåäöé]{2,}|[A-ZÅÄÖ]{3,})(?:[ -](?:[A-ZÅÄÖ][a-zåäöé]+|[A-ZÅÄÖ]{3,}))?"
    r"(?![\w-])"
)
# Words after five digits that are no ort ("123 45 Tkr", "2020 12 December").
_NOT_ORTER = """tkr mkr kr mnkr sek kronor st stycken timmar personer invånare kvm januari februari
    mars april maj juni juli augusti september oktober november december dnr kap sidan
    bilaga procent"""
_NO_ORT = frozenset(_NOT_ORTER.split())


@dataclass(frozen=True)
class Contact:
    """A piece of contact data in a text: its kind, where it stands, how it is compared
    (the phone's digits as dialled in Sweden, the rest in lower case, one space), and
    whether it looks like a private person's."""

    kind: str
    start: int
    end: int
    value: str
    private: bool


def contacts(text: str) -> list[Contact]:
    """Every piece of contact data in `text`, in order, each told private or not."""
    return list(_read(text)) if text else []


# Kept for the texts read last: each decision rescans the meeting's unchanged texts, and
# reading them again doubled a rescan of the demo meeting (54 to 118 ms CPU; kept: 53 ms).
@functools.lru_cache(maxsize=2048)
def _read(text: str) -> tuple[Contact, ...]:
    phones = list(_phones(text))
    if phones:  # a personnummer in a shape a phone has ("04 02 29-34 50") is a personnummer
        numbers = [(hit.start, hit.end) for hit in find_personnummer(text)]
        phones = [p for p in phones if not any(s < p.end and p.start < e for s, e in numbers)]
    found = [*phones, *_emails(text), *_streets(text), *_postorter(text)]
    pieces = [(c.start, c.end) for c in found if c.private]
    names = [Contact(NAME, s, e, name, True) for s, e, name in writer_names(text, pieces)]
    return tuple(sorted([*found, *names], key=lambda c: (c.start, c.end)))


def private_contacts(text: str) -> list[Contact]:
    """The contact data in `text` that looks like a private person's."""
    return [c for c in contacts(text) if c.private]


def mask_reachable(text: str) -> str:
    """`text` with every phone number and e-mail address in it (anyone's: a kommun's too)
    replaced by its kind's words: what ksdesk's log writes of a record that quotes one (a
    library's words about a cell, a server's "Failing row contains (…)")."""
    found = [match.span() for match, _digits, _mobile in _phone_numbers(text)]
    spans = sorted([*((s, e, PHONE) for s, e in found), *_email_spans(text)])
    for start, end, kind in reversed(spans):
        text = f"{text[:start]}{NEUTRAL[kind]}{text[end:]}"
    return text


def _email_spans(text: str) -> list[tuple[int, int, str]]:
    return [(start, end, EMAIL) for start, end, _name, _domain in mails(text)]


def spans_of(text: str, values: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each piece of contact data in `text` whose value is among
    `values`, wherever it stands (a letterhead that repeats a masked number masks it too; a
    writer's name wherever it is written, in any text), none overlapping another."""
    if not text or not values:
        return []
    found = [(c.start, c.end, c.kind) for c in contacts(text) if c.value in values]
    names = [value for value in values if _is_name(value)]
    if names:
        found = [span for span in found if span[2] != NAME]
        found = sorted([*found, *((s, e, NAME) for s, e in name_spans(text, names))])
    apart: list[tuple[int, int, str]] = []
    for span in found:
        if not apart or span[0] >= apart[-1][1]:
            apart.append(span)
    return apart


def _is_name(value: str) -> bool:
    """A writer's name among the values: the others hold a digit or an "@"."""
    return not any(ch.isdigit() or ch == "@" for ch in value)


def mask_contacts(text: str, values: frozenset[str]) -> str:
    """`text` with each piece of contact data of `values` replaced by its kind's words."""
    for start, end, kind in reversed(spans_of(text, values)):
        text = f"{text[:start]}{NEUTRAL[kind]}{text[end:]}"
    return text


def mask_private(text: str) -> str:
    """`text` with every piece of a private person's contact data replaced by its kind's
    words: what a list ksdesk renders from its registers prints publicly (a decision's
    beskrivning quoting a citizen's address), where no review hit is put to the secretary."""
    private = frozenset(c.value for c in private_contacts(text))
    return mask_contacts(text, private) if private else text


def _phones(text: str):
    for match, digits, mobile in _phone_numbers(text):
        service = digits.startswith(_SERVICE)
        private = not service and not organisation_near(text, match.start(), match.end())
        kind = MOBILE if mobile else PHONE
        yield Contact(kind, match.start(), match.end(), digits, private)


def _phone_numbers(text: str):
    """(match, digits, whether a mobile's) of each phone number in `text`, whoever's."""
    for match in _PHONE.finditer(text):
        digits = _national(match)
        if not digits or _amounts(text, match):
            continue
        mobile = digits.startswith(_MOBILE_AREAS) and len(digits) == 10
        if digits.startswith("07") and not mobile:
            continue  # no Swedish area code begins 07 but a mobile's
        spaced = match["sep"] or match["prefix"].startswith(("+", "00", "("))
        if not spaced and not mobile:
            continue  # eight unbroken digits from 0: an invoice's, a case's number
        yield match, digits, mobile


def _amounts(text: str, match: re.Match) -> bool:
    """Thousands groups of a row of figures, not a number: "090 228 338" in a budget row's
    "266 090 228 338" (two amounts, 266 090 and 228 338), groups of three after a group."""
    spaced = re.fullmatch(r"0\d{2}(?:[ \u00a0]\d{3})+", match.group())
    return bool(spaced) and bool(re.search(r"(?<!\S)\d{1,3}[ \u00a0]$", text[: match.start()]))


def _national(match: re.Match) -> str:
    """The number's digits as dialled within Sweden, "" when it has not 8-10 of them."""
    rest = re.sub(r"\D", "", match["rest"])
    digits = "0" + match["area"] + rest
    # A subscriber's number has five digits or more: "LS 0812-1168" is a dnr (YYMM-NNNN).
    return digits if 8 <= len(digits) <= 10 and len(rest) >= 5 else ""


def _emails(text: str):
    for start, end, name, domain in mails(text):  # as written: core.contact_mail
        value = f"{name}@{domain}"
        # At a domain of one's own, a private person's only in a sender's field; the
        # address is judged as if written plain ("%40", "(at)" read as its "@").
        own = (
            not organisation_near(text, start, end)
            and sender_field_near(text, start)
            and persons_own_domain(f"{text[:start]}{value}", start, domain)
        )
        private = free_mail(domain) or own
        yield Contact(EMAIL, start, end, value, private)


def _streets(text: str):
    spans = [match.span() for match in _STREET.finditer(text)]
    # "Esplanaden 5", "Lilla Torget 2": where a line gives a person's address only.
    spans += [(s, e) for s, e in places(text) if not any(a < e and s < b for a, b in spans)]
    for start, end in sorted(spans):
        if _after_box(text, start):
            continue
        value = " ".join(text[start:end].lower().split())
        private = not organisation_near(text, start, end) and not matter_subject(text, start, end)
        yield Contact(STREET, start, end, value, private)


def _postorter(text: str):
    for match in _POSTORT.finditer(text):
        if match["ort"].lower() in _NO_ORT:
            continue
        value = " ".join(f"{match['code']}{match['code2']} {match['ort']}".lower().split())
        start, end = match.start("code"), match.end()
        private = not organisation_near(text, start, end) and not matter_subject(text, start, end)
        yield Contact(POSTORT, start, end, value, private)


def _after_box(text: str, start: int) -> bool:
    """A street preceded on its line by "Box": part of an organisation's postal address."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return bool(re.search(r"\bbox\b", line, re.I))
