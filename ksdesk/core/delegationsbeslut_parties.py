"""The private party a delegationsbeslut names, for its public edition (walk30 #3).

A diarium's list writes the party as the last part of the ärendemening, after a comma, with
her personnummer perhaps ("Klagomål på buller från värmepump, Anna-Karin Lövgren,
19620314-2388", "Sanktionsavgift, start av miljöfarlig verksamhet utan anmälan, Göran
Tillberg – Miljösanktionsavgift 5 000 kr"): no word of the text says who she is, so neither
core.contact_parties' cues nor core.private_names' find her. Here a part between commas (or
before the dash that joins the Beslut to the ärendemening) is a person when it is two or
three words written as a name, none a company's or authority's word ("Pizzeria Vallda HB"
stays), its first a given name or the part followed by a personnummer, and not a name the
file knows as an official's nor one after a word that names the officials ("beslutsfattare").
core.contact_parties' own cues ("Sökande: …", "förelägger …") are read too. Each is withheld
as core.contact_parties withholds a tjänsteskrivelse's party. On the 44 decisions of the
real lists in tests/interchange/real_beslut_lists*.py it finds none."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ksdesk.core.contact_parties import party_names
from ksdesk.core.private_names import body_word, written_as_name

# A personnummer after the name, masked or not ("19620314-2388", "550907-1152", "XXXXXX-XXXX").
_PNR = re.compile(r"^(?P<rest>.*?)[\s,]*(?:\d{6}(?:\d{2})?|X{6,8})\s?[-+]?\s?(?:\d|X){4}$")
# The parts of an ärendemening: between commas, and the Beslut after a dash; two parties
# joined by "och" or "samt" are two parts.
_PARTS = re.compile(r",|\s[–-]\s|\n|\s(?:och|samt)\s")
# Where the text goes on to name the officials ("…, beslutsfattare Jenny Dafors, Ewa-Lena
# Engström, …" in Västervik's list): the names after it are theirs, and public.
_OFFICIALS = re.compile(
    r"(?i)\b(?:beslutsfattare|handläggare|delegat|(?:beslutad|beslutat|fattat) av|undertecknad)\b"
)

# "…, Anna och Per Lind": a given name alone before the family's other member; withheld whole.
_FAMILY = re.compile(
    r",\s*(?P<both>(?P<given>[^\s,]+)\s+(?:och|samt)\s+(?P<other>[^\s,]+\s+[^\s,]+))"
)


def matter_parties(
    text: str, given_names: Iterable[str], officials: Iterable[str] = ()
) -> list[str]:
    """The private persons `text` names as its party, as written, each once."""
    given = {name.casefold() for name in given_names}
    known = {name.casefold() for name in officials}
    found = [text[start:end] for start, end, _name in party_names(text)]
    parts = [" ".join(part.split()) for part in _PARTS.split(text)[1:]]  # [0]: the matter
    for part, after in zip(parts, [*parts[1:], ""], strict=True):
        if _OFFICIALS.search(part):
            break
        numbered = _PNR.match(part)
        name = numbered.group("rest") if numbered else part
        # "Lövgren Anna-Karin, 19620314-2388": the number after a comma of its own.
        alone = _PNR.match(after)
        by_number = numbered is not None or (alone is not None and not alone.group("rest"))
        words = name.split()
        if not 2 <= len(words) <= 3 or name.casefold() in known:
            continue
        if not all(written_as_name(w) for w in words) or any(body_word(w) for w in words):
            continue
        if by_number or re.split("[-–]", words[0])[0].casefold() in given:
            found.append(name)
    for joined in _FAMILY.finditer(text):
        if joined["other"] in found and joined["given"].casefold() in given:
            found.append(joined["both"])
    return list(dict.fromkeys(found))


# A company or an authority written as the party, the last part of the ärendemening
# ("Placeringsavtal – HVB, Gryning Vård AB", "Ansökan om statligt bidrag …, Boverket"): no
# enskild person; Kungsbacka's IFO publishes these rows as written (protokoll 2025-04-17 § 49).
_BODY_PARTY = re.compile(
    r"(?:\b(?:AB|HB|KB|Aktiebolag|ek\.\s?för\.?|Ekonomisk förening)|\w+(?:verket|myndigheten)"
    r"|Länsstyrelsen\b.*|Region\s+\w+|\w+\s+kommun|Föreningen\s.+)\.?$"
)
_ANY_PNR = re.compile(r"\d{6}(?:\d{2})?\s?[-+]\s?\d{4}")


def body_as_party(text: str, given_names: Iterable[str]) -> bool:
    """Whether `text` names a company or an authority as its party (its last part after a
    comma or a dash), and no personnummer nor a word written as a given name ("Bistånd till
    Lisa Holm, Kungsbacka kommun"): its decision is about no enskild person."""
    given = {name.casefold() for name in given_names}
    parts = [" ".join(part.split()) for part in _PARTS.split(text.strip())[1:]]
    if not parts or _ANY_PNR.search(text) or not _BODY_PARTY.search(parts[-1]):
        return False
    return not any(w[:1].isupper() and w.casefold() in given for w in re.findall(r"\w+", text))
