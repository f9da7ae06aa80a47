"""The private party of a bygg-, miljö- or individual matter, named in a § or a
tjänsteskrivelse: "Byggnadsnämnden förelägger Anna Berg, ägare till fastigheten FJÄRÅS
2:45 …", "Sökande är Maria Ekström", "tar ut en byggsanktionsavgift av Bengt Karlsson", and
the recipient of the decision in "Beslutet skickas till" ("Fastighetsägaren, Bengt
Karlsson, Tölövägen 14, 434 37 Kungsbacka (delges)", "Maria Ekström (A-post)").

A kommun publishes the decision but not the party: Kungsbacka prints "Sökande (delges)" and
"Fastighetsägaren (delges)" and never the name; the fastighetsbeteckning stays public. Each
such name is a hit of the review (services.public_contacts), masked "[namn borttaget]"
wherever it is written, and a recipient masked so prints its role alone (`recipient_shown`).

A name is looked for only where a decision names its party: after what the nämnd does to
her ("förelägger", "förbjuder", "påför", a sanktionsavgift "av/för"), after her role
("Sökande är", "Fastighetsägaren", "Klaganden"), before ", ägare till fastigheten", or as a
recipient whose line gives a private party's role, a delivery a person gets ("(delges)",
"(A-post)", "(rek)", "mottagningsbevis") or a private address. Two or three words written
as a name; never a company, förening or authority (core.private_names.body_word), an
elected member (party letters after the name) or an official the file knows (services).
What this finds in real texts is measured by bench/contact_data_false_alarms.py and
bench/citizen_name_false_alarms.py."""

from __future__ import annotations

import functools
import re

from ksdesk.core.contact_data import mask_contacts
from ksdesk.core.private_names import body_word, elected, written_as_name

_LETTERS = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_GAP = r"[ \u00a0]+"
_NAME = rf"(?P<name>{_LETTERS}(?:{_GAP}{_LETTERS}){{1,2}})"
# What the nämnd does to the party, or the party's role, right before her name.
_CUES = (
    r"förelägg(?:er|s|ande)|förbjuder|förbjuds|påför(?:s|a)?|"
    r"sökanden?(?: är)?|klaganden?(?: är)?|fastighetsägaren?(?: är)?|ägaren? är|"
    r"(?:bygg|miljö)?sanktionsavgift(?:en)? (?:av|för|på|från)|"
    r"(?:tillsyns)?avgift(?:en)? av"
)
_AFTER = re.compile(rf"(?<![\w-])(?i:{_CUES})[:,]?{_GAP}{_NAME}")
# Her name before her role: "Anna Berg, ägare till fastigheten", with a personnummer
# between perhaps ("Bengt Karlsson, 191212121212, ägare till …").
_BEFORE = re.compile(
    rf"(?<![\w-]){_NAME}(?:,{_GAP}?\d[\d \u00a0-]{{9,12}})?,?{_GAP}(?:som (?:är )?)?"
    r"(?i:(?:lagfaren )?(?:fastighets)?ägare(?:n)? (?:till|av) (?:fastighet|tomt))"
)
# A recipient's role: the words the public copy prints instead of her.
ROLE = re.compile(
    r"^[ \t]*(?P<role>(?i:sökanden?|fastighetsägaren?|fastighetsägarna|klaganden?|ägaren?|"
    r"byggherren?|verksamhetsutövaren?|delgivningsmottagaren?|part(?:en)?))\b"
)
# A delivery only a person gets, in brackets after a recipient.
_DELIVERY = re.compile(r"(?i)\((?:delges|a-post|rek\w*|[^()]*mottagningsbevis[^()]*)\)")
_MARKER = re.compile(r"\([^()\[\]]*\)")
# Words a name does not hold: the cue's and a recipient's own.
_NOT_NAME_WORDS = """är och eller samt med till av för på från i som den det sökande sökanden
    fastighetsägaren fastighetsägare klagande klaganden ägare ägaren"""
_NOT_NAME = frozenset(_NOT_NAME_WORDS.split())
RECIPIENTS = "/beslut_skickas_till/"
NEUTRAL = "[namn borttaget]"


def is_recipient(source: str) -> bool:
    """Whether the text named `source` is one recipient of a decision."""
    return RECIPIENTS in source


@functools.lru_cache(maxsize=2048)
def party_names(
    text: str, recipient: bool = False, private_piece: bool = False
) -> list[tuple[int, int, str]]:
    """(start, end, name in lower case) of each private party `text` names; `recipient`:
    the text is one recipient of a decision, and `private_piece` says it holds a private
    address (core.contact_data)."""
    found: dict[int, tuple[int, int, str]] = {}
    for pattern in (_AFTER, _BEFORE):
        for match in pattern.finditer(text):
            name = _name(text, match.start("name"), match.group("name"), last=pattern is _BEFORE)
            if name:
                found.setdefault(name[0], name)
    if recipient and (private_piece or ROLE.match(text) or _DELIVERY.search(text)):
        for match in re.finditer(rf"(?<![\w-]){_NAME}", text):
            if name := _name(text, match.start("name"), match.group("name")):
                found.setdefault(name[0], name)
                break
    return sorted(found.values())


def _name(
    text: str, start: int, written: str, *, last: bool = False
) -> tuple[int, int, str] | None:
    """The name of `written` (at text[start:]): its words written as names, two or three,
    the last of them when `last` (the words before a role), else the first; None when it is
    no person's."""
    spans = [(start + m.start(), m.group()) for m in re.finditer(r"\S+", written)]
    keep = [written_as_name(w) and w.lower() not in _NOT_NAME for _s, w in spans]
    if last:  # the words after the last one that is no name's
        spans = spans[len(keep) - keep[::-1].index(False) :] if False in keep else spans
    elif False in keep:
        spans = spans[: keep.index(False)]
    words = [w for _s, w in spans]
    if not 2 <= len(words) <= 3 or any(body_word(w) for w in words):
        return None
    start = spans[0][0]
    end = spans[-1][0] + len(words[-1])
    after = text[end:].lstrip(" \u00a0")
    if after[:1].isdigit() or elected(text, end):
        return None  # a fastighetsbeteckning ("TÖLÖ BY 5:23"); a politician ("(S)")
    following = re.match(_LETTERS, after)
    if following and body_word(following.group()):
        return None  # "Kungsbacka Bostads AB"
    return start, end, " ".join(words).lower()


def recipient_shown(text: str) -> str:
    """A recipient whose name was masked as the public copy prints it: her role and the
    delivery in brackets ("Fastighetsägaren (delges)", "Sökande (A-post)"), not the
    placeholders of her name and address; unchanged when no name of hers was masked."""
    if NEUTRAL not in text:
        return text
    role = ROLE.match(text)
    markers = [m.group() for m in _MARKER.finditer(text)]
    head = role.group("role") if role else NEUTRAL
    return " ".join([head, *markers])


def mask_contacts_in(source: str, text: str, values: frozenset[str]) -> str:
    """The text named `source` with each piece of contact data of `values` masked
    (core.contact_data.mask_contacts), a recipient whose name was masked as her role."""
    text = mask_contacts(text, values)
    return recipient_shown(text) if is_recipient(source) else text
