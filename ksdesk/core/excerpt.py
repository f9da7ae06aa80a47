"""The utdrag of a search hit: the words around the best place where a text matches, with the
matching words marked.

Done here rather than by FTS5's snippet(): snippet() tokenizes each hit's whole column in C
and, at ten years, was a quarter of the time of a broad search (about 6 ms for 50 hits of a
1 600-character text). str.find finds the matches, and only the stretch around the best
one is cut into words. It follows the index's rules: a word of the query matches
every word that begins with it, a phrase its words in a row, letters and digits make a word
(unicode61), case does not matter."""

from __future__ import annotations

import re
from collections import namedtuple
from itertools import islice

WINDOW = 16  # words in an utdrag, as many as snippet() was asked for
_BEFORE = 4  # words kept before the first match when the text goes on before it
_TOKEN = re.compile(r"[^\W_]+")
_STRETCH = (WINDOW - _BEFORE) * 8  # characters: about the words shown after the first match
_LONG_WORD = 30  # characters looked back per word wanted before the first match


class Part(namedtuple("Part", "first whole")):  # not typing.NamedTuple: see core.search
    """One part of a query: the word it starts with (found by str.find), and all it must
    match from there."""

    __slots__ = ()
    first: str
    whole: re.Pattern  # matched where `first` is found: the word it begins, or the phrase


def matcher(prefixes: tuple[str, ...], phrases: tuple[tuple[str, ...], ...]) -> tuple[Part, ...]:
    """The parts of a query (which part matched decides the best place: the one with most
    different parts). Lower case, as the text is searched."""
    parts = [
        Part(prefix.lower(), re.compile(re.escape(prefix.lower()) + r"[^\W_]*"))
        for prefix in prefixes
    ]
    for phrase in phrases:
        words = [re.escape(word.lower()) for word in phrase]
        parts.append(Part(phrase[0].lower(), re.compile(r"[\W_]+".join(words) + r"(?![^\W_])")))
    return tuple(parts)


def _hits(text: str, parts: tuple[Part, ...]) -> list[tuple[int, int, int]]:
    """(start, end, part) of every match, in order. str.find, not a regular expression over
    the text: a pattern with word boundaries read the 50 texts of a broad query 8× slower."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is two (İ): keep the positions
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    hits = []
    for number, (first, whole) in enumerate(parts):
        at = low.find(first)
        while at >= 0:
            if at == 0 or not low[at - 1].isalnum():
                found = whole.match(low, at)
                if found:
                    hits.append((at, found.end(), number))
            at = low.find(first, at + 1)
    hits.sort()
    return hits


def excerpt(text: str, parts: tuple[Part, ...], mark: str, ellipsis: str) -> str:
    """WINDOW words of `text` around its best match, the matches between `mark`, `ellipsis`
    where the text goes on; "" when nothing in it matches."""
    hits = _hits(text, parts)
    if not hits:
        return ""
    first, last = _best_stretch(hits)
    # Up to _BEFORE words before the stretch, as many as leave room for the stretch itself.
    room = max(0, min(_BEFORE, WINDOW - len(_TOKEN.findall(text, first, last))))
    before = [m.start() for m in _TOKEN.finditer(text, max(0, first - room * _LONG_WORD), first)]
    start = before[-min(room, len(before))] if room and before else first
    if start > 0 and not _TOKEN.search(text, 0, start):
        start = 0  # nothing but spaces and signs before: begin at the beginning
    words = [m.end() for m in islice(_TOKEN.finditer(text, start), WINDOW)]
    end = words[-1] if len(words) == WINDOW else len(text)
    if end < len(text) and not _TOKEN.search(text, end):
        end = len(text)
    shown, at = [], start
    for hit_start, hit_end, _ in hits:
        if hit_start < at or hit_start >= end:
            continue  # outside the utdrag, or inside a match already marked
        shown += [text[at:hit_start], mark, text[hit_start:hit_end], mark]
        at = hit_end
    shown.append(text[at:end])
    body = "".join(shown).strip()
    return (ellipsis if start > 0 else "") + body + (ellipsis if end < len(text) else "")


def _best_stretch(hits: list[tuple[int, int, int]]) -> tuple[int, int]:
    """(start, end) of the first stretch of _STRETCH characters with the most different parts
    of the query: a window slid over the hits, in one pass."""
    best, most = (hits[0][0], hits[0][1]), 0
    within: dict[int, int] = {}  # part -> its hits in the window
    ahead = 0
    for start, _, part in hits:
        while ahead < len(hits) and hits[ahead][0] < start + _STRETCH:
            within[hits[ahead][2]] = within.get(hits[ahead][2], 0) + 1
            ahead += 1
        if len(within) > most:
            best, most = (start, hits[ahead - 1][1]), len(within)
        within[part] -= 1
        if not within[part]:
            del within[part]
    return best
