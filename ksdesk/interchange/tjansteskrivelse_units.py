"""Who a tjänsteskrivelse names as units and recipients: a förvaltning's name
("Kommunledningskontoret", "Ekonomiavdelning", Kungsbacka's "Förvaltningen för Kultur &
Fritid") and the recipients of Beslut skickas till, one a part between commas, a person's
name written family name first kept whole, "för kännedom" kept with the one before it and a
förvaltning's unit ("Kommunledningskontoret, Styrning & Ekonomi") kept with its förvaltning.
tjansteskrivelse_words hands these on with the rest of the templates' words."""

from __future__ import annotations

import re

from ksdesk.interchange.given_names import FAMILY_ENDING, GIVEN_NAMES
from ksdesk.interchange.tjansteskrivelse_names import NAME_WORD, name_like

_FORVALTNING = re.compile(
    r"(kontoret|förvaltningen|förvaltning|avdelningen|avdelning|enheten|kansliet|staben)$",
    re.I,
)


def is_forvaltning(text: str) -> bool:
    flat = " ".join(text.split())
    return (len(flat.split()) <= 4 and bool(_FORVALTNING.search(flat))) or bool(
        _FORVALTNING_FOR.match(flat)
    )


# "Förvaltningen för Kultur & Fritid": Kungsbacka names its förvaltningar so.
_FORVALTNING_FOR = re.compile(r"^Förvaltningen för [A-ZÅÄÖ][\wåäö-]*( (&|och) [A-ZÅÄÖ][\wåäö-]*)?$")


def recipients(text: str) -> list[str]:
    """ "Kommunstyrelsen, Ekonomienheten, Anna Ek": one recipient per part between commas
    or semicolons. A name written family name first ("Karlsson, Kalle") is one person: a
    single capitalised word (not a unit's "-en"/"-et": "Akten", "Ekonomienheten") followed
    by one or two common given names stays whole; a recipient is never a given name alone.
    A part saying what for goes on the one before ("Socialnämnden, för kännedom"), and so does
    a unit named "Styrning & Ekonomi" after its förvaltning ("Kommunledningskontoret,
    Styrning & Ekonomi"); so does a person after an authority of a place, its contact
    ("Länsstyrelsen i Hallands län, Magnus Fogelblad")."""
    parts = [" ".join(part.split()) for part in re.split(r"[;,]", text) if part.strip()]
    split: list[str] = []
    for part in parts:
        previous = split[-1] if split else ""
        joined = _family_then_given(previous, part) and "," not in previous
        forvaltning = is_forvaltning(previous) or previous.lower().startswith("förvaltningen för ")
        unit = forvaltning and bool(_AMPERSAND_UNIT.match(part))
        contact = bool(_AT_PLACE.match(previous)) and name_like(part) and "," not in previous
        more = bool(previous) and (bool(_AFTERTHOUGHT.match(part)) or continues(previous, part))
        if joined or unit or contact or more:
            split[-1] = f"{previous}, {part}"
        else:
            split.append(part)
    return split


def added_recipients(known: list[str], text: str) -> list[str]:
    """`known` with the recipients of one more line of Beslut skickas till: a line that
    goes on with the recipient before (its name, address, "(delges)") joins it."""
    found = recipients(text)
    if known and found and continues(known[-1], found[0]):
        return [*known[:-1], f"{known[-1]}, {found[0]}", *found[1:]]
    return [*known, *found]


def continues(previous: str, part: str) -> bool:
    """Whether `part` is more of the recipient `previous` (Kungsbacka: "Fastighetsägaren,
    Bengt Karlsson, Tölövägen 14, 434 37 Kungsbacka (delges)" is one, on one line or
    several): a street address, a postnummer with its ort, a note in brackets, the name of
    the person a role names, or a förvaltning's unit in small letters after it
    ("Samhällsbyggnadskontoret, planavdelningen")."""
    flat = " ".join(part.split())
    if _STREET.match(flat) or _POSTORT.match(flat) or flat.startswith("("):
        return True
    role = " ".join(previous.split()).lower() in _ROLES  # "Sökande, Maria Ekström (A-post)"
    if role and name_like(_NOTE.sub("", flat)):
        return True
    unit = flat[:1].islower() and bool(_FORVALTNING.search(flat)) and len(flat.split()) <= 2
    return unit and is_forvaltning(previous)


_STREET = re.compile(r"^[A-ZÅÄÖ][\wåäöé.-]*( [\wåäöé.-]+){0,3} \d+ ?[A-Za-z]?( lgh \d+)?$")
_POSTORT = re.compile(r"^\d{3} ?\d{2} [A-ZÅÄÖ]")
_NOTE = re.compile(r"\s*\([^)]*\)\s*$")  # "Maria Ekström (A-post)"
# Who a decision goes to by the part they have in the case, the person's name after it.
_ROLES = frozenset(
    (
        *("sökande", "sökanden", "fastighetsägaren", "fastighetsägare", "ägaren", "ombud"),
        *("ombudet", "klaganden", "klagande", "parten", "byggherren", "anmälaren"),
        *("verksamhetsutövaren", "tillståndshavaren", "vårdnadshavare", "den enskilde"),
    )
)


# A part that says what the one before gets the decision for ("för kännedom", "för åtgärd"):
# no recipient of its own. A part in small letters that names someone ("kommunstyrelsens
# förvaltning: Styrning & Ekonomi", "samtliga chefer") is one.
_AFTERTHOUGHT = re.compile(r"^(för|för att|med|via|inkl\.?|inklusive|enligt|som|att)\b")
# A unit of a förvaltning named as Kungsbacka names its avdelningar, "Styrning & Ekonomi":
# after "Kommunledningskontoret," the förvaltning's own unit, one recipient with it.
# An authority named by its place ("Länsstyrelsen i Hallands län"): a name after it is the
# person there who gets the decision, with it one recipient.
_AT_PLACE = re.compile(r"^[A-ZÅÄÖ][\wåäö-]* i [A-ZÅÄÖ]")
_AMPERSAND_UNIT = re.compile(r"^[A-ZÅÄÖ][\wåäö-]* & [A-ZÅÄÖ][\wåäö-]*$")


def _family_then_given(family: str, given: str) -> bool:
    """ "Karlsson" then "Kalle": a family name (by its ending, or any word but a unit's
    "-en"/"-et" before a common given name) then a given name alone."""
    given_words = given.split()
    if len(family.split()) != 1 or not NAME_WORD.match(family) or not 1 <= len(given_words) <= 2:
        return False
    if not all(NAME_WORD.match(word) for word in given_words):
        return False
    unit_like = any(w.endswith(("en", "et")) and w.lower() not in GIVEN_NAMES for w in given_words)
    if FAMILY_ENDING.search(family) and not FAMILY_ENDING.search(given_words[-1]):
        return not unit_like  # "Nilsson, Kommunstyrelsen" is two
    known = all(word.lower() in GIVEN_NAMES for word in given_words)
    return known and not family.endswith(("en", "et"))
