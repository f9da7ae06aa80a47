"""A sieve for texts that may name one of many titles (core.secret_mentions).

A public list or a review looks for every secret title of the file in each text. One
pattern of all of them, each letter with its look-alike and decomposed forms, grew with the
years: at ten years with 1 300 secret titles, compiling it took 27 s and searching with it
20 s, for the scan of one meeting. The sieve first finds the titles whose key word (the
title's longest run of letters) stands in the text as a word, folded as the patterns read a
title: any case, look-alike letters as their Latin twins, composed or decomposed letters
alike, without what the page does not draw and without a hyphen at a line's end. A text that
names a title holds its key word so folded (the pattern asks for whole words), so the sieve
lets through every title a text may name, and the patterns then decide on those few."""

from __future__ import annotations

import functools
import re
import unicodedata

from ksdesk.core.lookalike import LOOKALIKES
from ksdesk.core.personnummer import INVISIBLE
from ksdesk.core.personnummer_marks import DASHES

_LETTERS = re.compile(r"[^\W\d_]+")
_RUN = re.compile(r"\S+")
_UNDRAWN = re.compile(f"[{re.escape(INVISIBLE)}]")
_HYPHENATED = re.compile(f"[{re.escape(DASHES)}\u00ad][ \\t]*\\n\\s*")
_TWINS = str.maketrans(
    {
        twin.casefold(): latin.casefold()
        for twin, latin in LOOKALIKES.items()
        if len(twin.casefold()) == 1
    }
)


@functools.lru_cache(maxsize=128)
def folded_words(text: str) -> frozenset[str]:
    """The words of `text` (runs of letters) as the title patterns read them. A dash or soft
    hyphen at a line's end may end a word ("Upplands-" over "Bro", a typed dash) or join
    its halves ("Karls-" over "son"): both readings are kept, for every run of such lines."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_TWINS)
    words: set[str] = set()
    chain: list[str] = []  # the words joined by hyphens at lines' ends up to here
    for piece in _HYPHENATED.split(text):
        piece = _UNDRAWN.sub("", piece)
        runs = _letter_runs(piece)
        words.update(piece[start:end] for start, end in runs)
        if not runs:
            chain = []
            continue
        first = piece[runs[0][0] : runs[0][1]]
        chain = [*chain, first] if chain and runs[0][0] == 0 else [first]
        words.update("".join(chain[k:]) for k in range(len(chain) - 1))
        if runs[-1][1] != len(piece):
            chain = []
        elif len(runs) > 1 or runs[0][0] != 0:
            chain = [piece[runs[-1][0] : runs[-1][1]]]
    return frozenset(words)


def _letter_runs(piece: str) -> list[tuple[int, int]]:
    """(start, end) of each run of letters in `piece`."""
    runs = []
    for found in _LETTERS.finditer(piece):
        if found.group().isalpha():
            runs.append(found.span())
            continue
        # A raised digit (a footnote's mark) or a fraction is \w but no letter.
        letters = "".join(c if c.isalpha() else " " for c in found.group())
        at = found.start()
        runs += [(at + part.start(), at + part.end()) for part in _RUN.finditer(letters)]
    return runs


def key_word(title: str) -> str:
    """The title's longest run of letters, folded: a text naming the title holds it."""
    words = folded_words(title)
    return max(sorted(words), key=len) if words else ""


class TitleSieve:
    """The titles of a tuple by their key words."""

    def __init__(self, titles: tuple[str, ...]) -> None:
        self.titles = titles
        self.by_key: dict[str, list[int]] = {}
        for index, title in enumerate(titles):
            self.by_key.setdefault(key_word(title), []).append(index)

    def passed(self, text: str) -> tuple[str, ...]:
        """The titles `text` may name, in their order in the tuple."""
        found = [i for word in folded_words(text) for i in self.by_key.get(word, ())]
        if "" in self.by_key:  # a title without letters: never sieved out
            found += self.by_key[""]
        return tuple(self.titles[i] for i in sorted(set(found)))


@functools.lru_cache(maxsize=64)
def sieve(titles: tuple[str, ...]) -> TitleSieve:
    return TitleSieve(titles)
