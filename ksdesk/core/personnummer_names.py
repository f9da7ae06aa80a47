"""The name written right next to a personnummer: that person's. A bilaga or a
tjänsteskrivelse that writes "boende Sture Lindqvist, 19380412-1234, fallolycka" names the
person the number is, and masking the number alone publishes who fell: the name is a hit of
its own (services.public_contacts), masked with the number as a writer's name beside her
contact data is, wherever it stands (core.contact_data.spans_of).

A name counts only where it touches the number: right before it, after a comma, a space or
an opening bracket ("Sture Lindqvist, 19380412-1234", "Lindqvist, Sture 19380412-1234",
"Sture Lindqvist (19380412-1234)"), or right after it ("19380412-1234 Sture Lindqvist").
Two or three words written as names (core.private_names.written_as_name); never a company,
förening or authority (body_word), nor an elected member (party letters after the name).
What this finds in real texts is measured by bench/citizen_name_false_alarms.py."""

from __future__ import annotations

import re

from ksdesk.core.personnummer import find_personnummer
from ksdesk.core.private_names import body_word, elected, written_as_name

NEAR_NUMBER = "namn vid personnummer"  # the kind of piece (core.contact_data's kinds)
_LETTERS = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_GAP = r"[ \u00a0]+"
_BETWEEN = rf"(?:,?{_GAP}|,|{_GAP}?\()"
# The words before the number: "Sture Lindqvist", or inverted "Lindqvist, Sture".
_BEFORE = re.compile(
    rf"(?<![\w-])(?P<name>{_LETTERS}(?:(?:,{_GAP}|{_GAP}){_LETTERS}){{1,2}}){_BETWEEN}$"
)
_AFTER = re.compile(rf"\)?,?{_GAP}(?P<name>{_LETTERS}(?:{_GAP}{_LETTERS}){{1,2}})")
# Words a name does not hold: what stands before a person's name or number in a text, and
# the headings, signature labels and förvaltningar a real text writes beside a date
# (bench/citizen_name_false_alarms.py: "Underskrifter Sekreterare Ordförande 2024-05-02",
# "Kungsbacka Teknik 2025-01-16").
_NOT_NAME_WORDS = """är och eller samt med till av för på från i som den det nr personnummer pnr
    född boende brukare patient klient elev sökande dnr diarienummer datum mål beslut ärende
    bilaga underskrift underskrifter sekreterare ordförande justerare protokoll
    protokollsutdrag reviderad reviderat kommun teknik service miljö"""
# And the words of a body's name that core.private_names.body_word does not know: an ärende
# titled "Stockholm Business Alliance" with a number after it is no person (the attacker's
# test plants a number after every field, tests/safety/test_attacker_e2e.py).
_BODY_NAME_WORDS = """alliance business partners partnership network council center centre
    institute foundation association union company consulting services solutions systems
    international capital agency förbund förbundet centrum institutet akademin gruppen
    nätverket rådet partnerskapet samverkan koncernen"""
_NOT_NAME = frozenset(_NOT_NAME_WORDS.split()) | frozenset(_BODY_NAME_WORDS.split())
_REACH = 80  # how far before a number the name is looked for


def names_by_numbers(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, the name in lower case as "förnamn efternamn", the number's twelve
    digits) of each name written right next to a personnummer in `text`, in order."""
    found: dict[int, tuple[int, int, str, str]] = {}
    for hit in find_personnummer(text):
        for name in (_before(text, hit.start), _after(text, hit.end)):
            if name is not None:
                found.setdefault(name[0], (*name, hit.normalized))
    return sorted(found.values())


def _before(text: str, at: int) -> tuple[int, int, str] | None:
    begin = max(0, at - _REACH)
    match = _BEFORE.search(text, begin, at)
    if match is None:
        return None
    words = [(begin + m.start(), m.group()) for m in re.finditer(r"\S+", text[begin:at])]
    words = [(s, w) for s, w in words if s >= match.start("name") and s < match.end("name")]
    # Words written as names up to the number: "boende Sture Lindqvist" is Sture Lindqvist,
    # and "Anna Berg, Sture Lindqvist" is the one beside it.
    while words and not _name_word(words[0][1].rstrip(",")):
        words = words[1:]
    commas = [i for i, (_s, w) in enumerate(words[:-1]) if w.endswith(",")]
    if commas == [0] and len(words) == 2:  # "Lindqvist, Sture", as a register writes it
        (start, family), (_s, given) = words
        return _named(text, start, match.end("name"), [given, family.rstrip(",")])
    if commas:
        words = words[commas[-1] + 1 :]
    if not words:
        return None
    return _named(text, words[0][0], match.end("name"), [w.rstrip(",") for _s, w in words])


def _after(text: str, at: int) -> tuple[int, int, str] | None:
    match = _AFTER.match(text, at)
    if match is None:
        return None
    words = []
    for word in match.group("name").split():
        if not _name_word(word):
            break
        words.append(word)
    start = match.start("name")
    return _named(text, start, start + len(" ".join(words)), words)


def _named(text: str, start: int, end: int, words: list[str]) -> tuple[int, int, str] | None:
    """The name of `words` (text[start:end]), or None when they are no person's."""
    if not 2 <= len(words) <= 3 or not all(_name_word(w) for w in words):
        return None
    if any(body_word(w) for w in words) or elected(text, end):
        return None
    return start, end, " ".join(words).lower()


def _name_word(word: str) -> bool:
    """A word a name may hold: written as a name, and not an abbreviation in capitals
    ("KF", "NMH", "Dnr SN") nor a word of `_NOT_NAME`."""
    short_capitals = len(word) <= 3 and word.isupper()
    return written_as_name(word) and not short_capitals and word.lower() not in _NOT_NAME
