"""The name of a private person who writes with her own contact data (core.contact_data): a
letter attached as a bilaga gives her street and phone and, with them, her name ("Jag, Maria
Lindqvist, bor på Karbyvägen 12 …", a signature "Med vänlig hälsning / Maria Lindqvist" over
her address, "Namn: Maria Lindqvist" over "Adress: …", "Maria Lindqvist, Storgatan 12, 771 30
Ludvika"). Masking her street but printing her name publishes as much, so her name is a hit
of its own, masked wherever it is written.

No list of names is at hand here (core reads no file), so a name is looked for only where a
letter writes its sender: two or three words written as a name, in such a place, with a
piece of private contact data that anchors it. An official's name, with a title, a
förvaltning or an organisation's e-mail on its line or the line below, is no hit; neither
is a name whose contact data is an organisation's (no private piece anchors it)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ksdesk.core.contact_owner import OTHER_FIELD, official_beside, said_of_oneself
from ksdesk.core.private_names import written_as_name

_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
# Up to three words after the cue: the name is its first words written as names.
_WORDS = rf"(?P<name>{_WORD}(?:,?[ \u00a0]{_WORD}){{1,3}})"
# The writer naming herself in her sentence: "Jag, Maria Lindqvist, …", "Jag heter …",
# "Mitt namn är …", "Undertecknad, …".
_INTRO = re.compile(rf"(?i:(?<!\w)(?:jag|undertecknad)(?:,| heter| är)|mitt namn är)[ \t]+{_WORDS}")
# A sender's field: the name after it is the sender's.
_FIELD = re.compile(
    r"(?i:(?<!\w)(?:namn|klaganden?|sökanden?|avsändare|förslagsställaren?|vårdnadshavare|"
    rf"inlämnat? av|från|undertecknad)[ \t]*:)[ \t]*{_WORDS}"
)
_GREETING = re.compile(
    r"(?i)(?:med )?(?:vänlig|vänliga|bästa|varma|många)? ?hälsning(?:ar)?|mvh|"
    r"tack på förhand|tack för (?:mig|er tid)"
)
# Capitalised words that start a letter's lines but name nobody.
_NOT_NAME_WORDS = """
    med till från hej tack jag vi ni den det de och eller bästa vänlig vänliga hälsning
    hälsningar mvh bilaga sida datum ärende angående ang svar re fwd ämne adress telefon tel
    mobil e-post epost postnummer ort postadress namn klagande sökande avsändare
    medborgarförslag synpunkt synpunkter överklagande ansökan förslag"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
# A role written before a name on its line, no part of the name: an association's
# "Ordförande Eva Ek" is Eva Ek, as the file's ledamöter (public_contacts.officials) are named.
_ROLE = re.compile(
    r"(?i)(?:(?:vice|1:e|2:e|förste|andre)[ \t]+)?(?:ordförande|kassör|kontaktperson|"
    r"styrelseledamot|ledamot|ersättare)[ \t]*:?[ \t]+"
)
_SPACE = r"[ \t]+"
# What may stand before a piece on the line under a name: its label ("Tel:", "E-post").
_LABEL = re.compile(r"(?:[^\W\d_]+(?:-[^\W\d_]+)?\.?:?[ \t]*)?")
_NEAR_BEFORE = 600  # characters: a signature under the letter whose lines give the data
_NEAR_AFTER = 300  # characters: the sender's lines under her name


def writer_names(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each private person's name `text` writes with her own contact
    data, at `pieces` (start, end of each private piece); the name in lower case, one
    space."""
    if not pieces:
        return []
    pieces = sorted(pieces)
    starts = [start for start, _end in pieces]
    found: dict[int, tuple[int, int, str]] = {}
    # What stands beside a name, her own pieces blanked: "Från: Lisa Andersson
    # <lisa@andersson.nu>" is no organisation's mail beside her name.
    others = list(text)
    for start, end in pieces:
        others[start:end] = " " * (end - start)
    text_others = "".join(others)
    for pattern in (_INTRO, _FIELD):
        for match in pattern.finditer(text):
            name = _name_at(text, text_others, match.start("name"), match.group("name"))
            window = (name[0] - _NEAR_AFTER, _field_end(text, name[1])) if name else (0, 0)
            if name and _anchored(_between(pieces, starts, *window), *window):
                found.setdefault(name[0], name)
    for start, end in _lines(text):
        near = _between(pieces, starts, start - _NEAR_BEFORE, end + _NEAR_AFTER)
        name = _name_line(text, text_others, (start, end), near)
        if name:
            found.setdefault(name[0], name)
    return sorted(found.values())


def name_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Where `text` writes one of `names` (lower case), with its genitive, across a line
    break too, or inverted ("Lindqvist, Maria")."""
    spans = []
    for name in names:
        words = [re.escape(word) for word in name.split()]
        given = _SPACE.join(words[:-1])
        inverted = rf"{words[-1]},{_SPACE}{given}"
        written = r"\s+".join(words)
        pattern = rf"(?<![\w@.+-])(?:{written}s?|{inverted})(?![\w@-])"
        spans += [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
    return sorted(spans)


def _name_at(
    text: str, others: str, start: int, words_text: str, *, alone: bool = False
) -> tuple[int, int, str] | None:
    """The name that begins at text[start:]: its first words written as names (two or
    three), none a word no name is; None when there are fewer than two, or an official's
    (by its line, and the line below when it stands `alone` on its line)."""
    words: list[str] = []
    inverted = False  # "Andersson, Lisa", as a form's Efternamn, förnamn writes it
    for word in words_text.split():
        bare = word.rstrip(",")
        if not written_as_name(bare) or bare.lower() in _NOT_NAMES:
            break
        words.append(bare)
        if bare != word:  # a comma ends the name, unless after its family name first
            inverted = len(words) == 1
            if not inverted:
                break
    if not 2 <= len(words) <= 3 or (inverted and len(words) != 2):
        return None
    end = start + len(", ".join(words) if inverted else " ".join(words))
    line_start = text.rfind("\n", 0, start) + 1
    beside = others[max(line_start, start - 120) : min(_line_end(text, end), end + 120)]
    # "Anna Svensson, handläggare", "Anna Svensson\nSocialförvaltningen": an official.
    if official_beside(beside) or (
        alone and official_beside(others[slice(*_next_line(text, end))])
    ):
        return None
    given_first = words[::-1] if inverted else words
    return start, end, " ".join(given_first).lower()


def _name_line(
    text: str, others: str, line: tuple[int, int], pieces: list[tuple[int, int]]
) -> tuple[int, int, str] | None:
    """A line that is the sender's name: the name alone on its line over her private
    lines, or as the signature of a letter that gives them, or her name first on a line of
    her data ("Maria Lindqvist, Storgatan 12, …"). `pieces`: those near the line."""
    start, end = line
    written = text[start:end]
    lead = len(written) - len(written.lstrip(" |\t"))
    if role := _ROLE.match(written, lead):  # "Ordförande Eva Ek": her name is "Eva Ek"
        lead = role.end()
    match = re.match(rf"{_WORDS}[ \t]*(?P<rest>,?.*)$", written[lead:].rstrip())
    if not match:
        return None
    name = _name_at(text, others, start + lead, match.group("name"), alone=True)
    if not name:
        return None
    rest = text[name[1] : end].strip(" \t|")
    if rest and rest != ",":  # her data after a comma on the line: it is hers
        after = name[1] + len(text[name[1] : end]) - len(text[name[1] : end].lstrip(" \t,"))
        return name if any(s == after for s, _e in pieces) else None
    below = _next_line_start(text, end)
    if below is not None and any(_LABEL.fullmatch(text, below, s) for s, _e in pieces):
        return name  # the name over her street, postort or phone (its label first, perhaps)
    above = _previous_line(text, start)
    signed = _GREETING.fullmatch(above.strip(" \t|,.!")) is not None or below is None
    # Her pieces below her name, or above it in sentences of hers ("Jag bor på …"): a
    # kommun's reply names the addressee's address above its official's signature.
    below_name = [(s, e) for s, e in pieces if s > name[1]]
    hers = below_name + [(s, e) for s, e in pieces if s < name[0] and said_of_oneself(text, s, e)]
    near = (name[0] - _NEAR_BEFORE, name[1] + _NEAR_AFTER)
    return name if signed and _anchored(hers, *near) else None


def _field_end(text: str, end: int) -> int:
    """Where what a name's field or sentence gives ends: _NEAR_AFTER on, or sooner at a
    line of another field of an e-mail's head ("Till: …" under "Från: Anna Svensson")."""
    for match in re.finditer(r"\n", text[end : end + _NEAR_AFTER]):
        if OTHER_FIELD.match(text, end + match.end()):
            return end + match.start()
    return end + _NEAR_AFTER


def _between(
    pieces: list[tuple[int, int]], starts: list[int], low: int, high: int
) -> list[tuple[int, int]]:
    """The pieces (in order, `starts` their starts) that begin within [low, high]: a text
    of many letters has thousands, and a line is read against those near it only."""
    return pieces[bisect.bisect_left(starts, low) : bisect.bisect_right(starts, high)]


def _anchored(pieces: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a private piece stands wholly within text[start:end]."""
    return any(start <= s and e <= end for s, e in pieces)


def _lines(text: str):
    start = 0
    for line in text.split("\n"):
        if line.strip(" |\t"):
            yield start, start + len(line)
        start += len(line) + 1


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _next_line_start(text: str, at: int) -> int | None:
    """Where the next line with words in it begins (its words' start), None at the end."""
    match = re.compile(r"\n[ \t|\n]*(?=[^\s|])").search(text, at)
    return match.end() if match else None


def _next_line(text: str, at: int) -> tuple[int, int]:
    """The next line with words in it after the line at `at` (empty at the end)."""
    start = _next_line_start(text, _line_end(text, at))
    return (0, 0) if start is None else (start, _line_end(text, start))


def _previous_line(text: str, start: int) -> str:
    lines = [line for line in text[max(0, start - 300) : start].split("\n") if line.strip(" |\t")]
    return lines[-1] if lines else ""
