"""A person's name broken over two lines before the party in brackets, as a protokoll's first
page gives it when a table cell or a PDF's line wraps inside the name: Katrineholm's
"… 1:e vice ordförande, Inger Fredriksson" over "(C) 2:e vice ordförande, Anneli Hedberg (S)",
Söderhamn's närvarolista with "Björn" over "Celind (C)". The two lines are read as one, so the
name is read whole with its party instead of its halves being reported apart. A vice
ordförande's role broken the same way (Kungsbacka's "Magdalena Sundqvist (S), 2:e vice" over
"ordförande", as its protokoll's PDF copies) is joined too: read apart, she was an
ordförande and the "2" a § of her närvaro."""

from __future__ import annotations

import re

from ksdesk.interchange.members_words import LABEL, party_of, role_in

_NAME_WORD = r"[A-ZÅÄÖÉÜ][\w'’-]*[a-zåäöéü][\w'’-]*"
# The next line begins with no name or one word of it, then the party: "(C) 2:e vice
# ordförande", "Celind (C)".
_PARTY_FIRST = re.compile(rf"^(?P<words>(?:{_NAME_WORD}\s+)?)\((?P<inside>[^()\d]{{1,60}})\)")
# The line before ends with a name's first words, after a comma, a space or nothing.
_NAME_AT_END = re.compile(rf"(?:^|[\s,])(?P<words>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})$")
_MOST_WORDS = 5
# "…, 2:e vice" (or "förste vice", "vice") at a line's end, "ordförande" at the next one's start.
_VICE_AT_END = re.compile(
    r"(?:,|\s)\s*(?:(?:1:[ae]|2:[ae]|förste|första|andre|andra)\s+)?vice$", re.I
)
_ORDF_FIRST = re.compile(
    r"^ordf(?:örande|\.)?(?!\w)", re.I
)  # "Anna af Ekenstam Berg" and one more is no longer one person's name


def _joins(before: str, line: str) -> bool:
    """Whether `line` goes on the name at the end of `before`: the party in brackets stands
    where the name's last words would, and the words left at the end of `before` are a name
    (no label, no role)."""
    start = _PARTY_FIRST.match(line)
    end = _NAME_AT_END.search(before)
    if start is None or end is None or not party_of(start["inside"]):
        return False
    words = f"{end['words']} {start['words']}".split()
    name = " ".join(words)
    return 2 <= len(words) <= _MOST_WORDS and not LABEL.search(name) and role_in(name) is None


def join_broken_names(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The text's lines (number, text; empty lines left out), a line that ends inside a name
    joined to the next one, which holds the rest of the name and its party (or ends inside a
    vice ordförande's role, the next one beginning "ordförande"); the joined line
    keeps the first line's number."""
    joined: list[tuple[int, str]] = []
    for number, line in lines:
        if joined and (
            _joins(joined[-1][1], line)
            or (_VICE_AT_END.search(joined[-1][1]) and _ORDF_FIRST.match(line))
        ):
            joined[-1] = (joined[-1][0], f"{joined[-1][1]} {line}")
        else:
            joined.append((number, line))
    return joined
