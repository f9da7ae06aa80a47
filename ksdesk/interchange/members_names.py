"""A run of names with nothing between them, as a protokoll's PDF gives its column of
Beslutande ("Rickard Norberg Ulf Hansson Bo Lennart Danielsson"), cut into people: each name is
one or more given names and then one or more family names. A word is a given name when it is a
common one (given_names.py), a family name when it ends as Swedish family names do ("-sson",
"-ström", "-berg"); the cut that makes the most names begin with a given name and end with a
family name wins, and when two cuts are as good the run is left to the secretary."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from ksdesk.interchange.given_names import FAMILY_ENDING, GIVEN_NAMES

_PARTICLES = frozenset({"af", "von", "de", "van", "der", "den", "la", "le", "di", "da"})
_MOST_WORDS = 4  # "Ann Kristine Persson", "Annika Samuelsson Björk", "Anna af Ekenstam Berg"
_LONGER_NAME = 0.6  # a name of more words is less likely than two names
_GIVEN, _FAMILY, _EITHER = "given", "family", "either"


def _kind(word: str) -> str:
    """A word of a name: a given name ("Anna-Karin": every part one), a family name
    ("Lööf-Johanson", "af Ekenstam") or either."""
    if " " in word:  # a particle and its name
        return _FAMILY
    parts = word.casefold().split("-")
    if all(part in GIVEN_NAMES for part in parts):
        return _GIVEN
    if any(FAMILY_ENDING.search(part) for part in parts):
        return _FAMILY
    if len(parts) > 1:  # "Ulla-Maj": a given name and one no list has; "Lööf-Johanson": a family's
        return _GIVEN if parts[0] in GIVEN_NAMES else _FAMILY
    return _EITHER


def _words(run: str) -> list[str] | None:
    """The run's words, a particle joined to the name after it; None when a word is no part of
    a name (a small word other than a particle, a number, a bracket)."""
    words: list[str] = []
    particles: list[str] = []
    for word in run.split():
        if word in _PARTICLES:
            particles.append(word)
        elif word[:1].isupper() and word.replace("-", "").isalpha():
            words.append(" ".join([*particles, word]))
            particles = []
        else:
            return None
    return None if particles else words


def _score(kinds: tuple[str, ...], counted: bool = False) -> float | None:
    """How well words make one name; None when they cannot (a family name first, a given
    name last or after another word, a name neither begun by a given name nor ended by a
    family name). Where the count of names is known (`counted`), a name of words no list
    knows ("Lile P Boschewska") may be one: nothing in it says it is not."""
    first, last = kinds[0], kinds[-1]
    if first == _FAMILY or last == _GIVEN:
        return None
    if first != _GIVEN and last != _FAMILY and not counted:
        return None
    if any(b == _GIVEN and a != _GIVEN for a, b in pairwise(kinds)):
        return None  # "Tor Gebart Ulf Hansson": Ulf begins the next name
    return (first == _GIVEN) + (last == _FAMILY) - _LONGER_NAME * (len(kinds) - 2)


def split_names(run: str) -> list[str] | None:
    """The names of the run in its order, or None when the run is not names or can be cut in
    more than one way as well."""
    return _cut(run, None)


def split_into(run: str, count: int) -> list[str] | None:
    """The run cut into exactly `count` names, as a protokoll's column of parties says how
    many there are ("C C C C C MBP MBP" over seven names), by the same rules; None when two
    cuts are as good or none fits (a column of five parties over seven names)."""
    return _cut(run, count)


def _cut(run: str, count: int | None) -> list[str] | None:
    """The best cut of the run into names (`count` of them, or any number), when one is best."""
    words = _words(run)
    if words is None or len(words) < 2:
        return None
    if count is not None and not 2 * count <= len(words) <= _MOST_WORDS * count:
        return None
    kinds = tuple(_kind(word) for word in words)

    @cache
    def best(start: int, left: int | None) -> tuple[float, int, tuple[int, ...]] | None:
        """(score, how many cuts score so, the ends of the names) for the words from start,
        with `left` names still to make (None: any number)."""
        if start == len(kinds) or left == 0:
            return (0.0, 1, ()) if start == len(kinds) and left in (None, 0) else None
        found: tuple[float, int, tuple[int, ...]] | None = None
        for end in range(start + 2, min(start + _MOST_WORDS, len(kinds)) + 1):
            own = _score(kinds[start:end], counted=left is not None)
            rest = best(end, None if left is None else left - 1)
            if own is None or rest is None:
                continue
            total = (own + rest[0], rest[1], (end, *rest[2]))
            if found is None or total[0] > found[0] + 1e-9:
                found = total
            elif abs(total[0] - found[0]) < 1e-9:
                found = (found[0], found[1] + total[1], found[2])
        return found

    result = best(0, count)
    if result is None or result[1] != 1:
        return None
    starts = (0, *result[2][:-1])
    return [" ".join(words[a:b]) for a, b in zip(starts, result[2], strict=True)]
