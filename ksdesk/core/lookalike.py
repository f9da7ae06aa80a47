"""Cyrillic and Greek letters that look exactly like Latin ones.

The seed's points 76 and 77 say "Skер" with a Cyrillic е and р: the page looks right, but a
search for "Sker" never finds it and a screen reader spells it out. `fold` maps every look-alike
to its Latin twin (for search), `mixed_words` finds Latin words that carry one (for the check
`blandad-skrift`), and `fix_mixed` repairs exactly those words and nothing else, so a quotation
in Russian or a Greek letter in a formula (α, Δ) is left alone.

Some letters are read two ways: Cyrillic р looks like p but is an r (it came from typing or
transliterating, as in the seed's "Skер" = "Sker"), с looks like c but is an s, and so on.
Search accepts either reading; the fix picks the reading that is a word used elsewhere in the
same document, and otherwise the one that looks the same on paper.
"""

from __future__ import annotations

import re
import unicodedata

# Only letters that are indistinguishable from a Latin letter in ordinary fonts.
_CYRILLIC = {
    "А": "A",
    "В": "B",
    "Е": "E",
    "Ѕ": "S",
    "І": "I",
    "Ј": "J",
    "К": "K",
    "М": "M",
    "Н": "H",
    "О": "O",
    "Р": "P",
    "С": "C",
    "Т": "T",
    "У": "Y",
    "Х": "X",
    "а": "a",
    "с": "c",
    "е": "e",
    "һ": "h",
    "і": "i",
    "ј": "j",
    "о": "o",
    "р": "p",
    "ѕ": "s",
    "у": "y",
    "х": "x",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "ӏ": "l",
}
_GREEK = {
    "Α": "A",
    "Β": "B",
    "Ε": "E",
    "Ζ": "Z",
    "Η": "H",
    "Ι": "I",
    "Κ": "K",
    "Μ": "M",
    "Ν": "N",
    "Ο": "O",
    "Ρ": "P",
    "Τ": "T",
    "Υ": "Y",
    "Χ": "X",
    "ο": "o",
    "ϲ": "c",
}
LOOKALIKES: dict[str, str] = {**_CYRILLIC, **_GREEK}
# The other reading of letters whose sound differs from their look.
PHONETIC = {
    "р": "r",
    "Р": "R",
    "с": "s",
    "С": "S",
    "у": "u",
    "У": "U",
    "х": "h",
    "Х": "H",
    "В": "V",
    "Н": "N",
    "Ρ": "R",
}
_TABLE = str.maketrans(LOOKALIKES)
_PHONETIC_TABLE = str.maketrans({**LOOKALIKES, **PHONETIC})
_MAX_READINGS = 32
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Every look-alike replaced by its Latin twin (for comparing and searching)."""
    return text.translate(_TABLE)


def search_key(text: str) -> str:
    """The form both a query and a field are reduced to before a search compares them."""
    return " ".join(fold(unicodedata.normalize("NFC", text)).casefold().split())


def sound_key(text: str) -> str:
    """Like search_key, with look-alikes read by their sound (р as r)."""
    folded = unicodedata.normalize("NFC", text).translate(_PHONETIC_TABLE)
    return " ".join(folded.casefold().split())


def same_text(a: str, b: str) -> bool:
    """Equal but for case, spacing and look-alike letters (read either way)."""
    return search_key(a) == search_key(b) or sound_key(a) == sound_key(b)


def contains(haystack: str, needle: str) -> bool:
    """True when `needle` occurs in `haystack`, whatever script its look-alikes are in."""
    hay = (search_key(haystack), sound_key(haystack))
    return any(key in h for key in {search_key(needle), sound_key(needle)} for h in hay)


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


def mixed_words(text: str) -> list[str]:
    """Words that mix Latin letters with Cyrillic/Greek look-alikes ("Skер"), in order."""
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if any(ch in LOOKALIKES for ch in word) and any(_is_latin_letter(ch) for ch in word):
            found.append(word)
    return found


def readings(word: str) -> list[str]:
    """Every Latin reading of `word`, the one that looks the same first."""
    results = [""]
    for ch in word:
        options = [LOOKALIKES.get(ch, ch)]
        if ch in PHONETIC:
            options.append(PHONETIC[ch])
        results = [r + o for r in results for o in options][:_MAX_READINGS]
    return results


def vocabulary(texts: list[str]) -> frozenset[str]:
    """The Latin words of a document, lower-cased: what a repaired word should be one of."""
    words = set()
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group()
            if not any(ch in LOOKALIKES for ch in word):
                words.add(word.casefold())
    return frozenset(words)


def repair_word(word: str, known: frozenset[str] = frozenset()) -> str:
    """The reading of a mixed word that is a known word, else the one that looks the same."""
    options = readings(word)
    return next((o for o in options if o.casefold() in known), options[0])


def fix_mixed(text: str, known: frozenset[str] = frozenset()) -> str:
    """Repair the words `mixed_words` finds; every other character stays as it was."""

    def repair(match: re.Match[str]) -> str:
        word = match.group()
        if any(ch in LOOKALIKES for ch in word) and any(_is_latin_letter(ch) for ch in word):
            return repair_word(word, known)
        return word

    return _WORD.sub(repair, text)


def describe(word: str) -> str:
    """Which letters of `word` are not Latin, in Swedish: 'е (kyrillisk), р (kyrillisk)'."""
    parts = []
    for ch in word:
        if ch in _CYRILLIC:
            parts.append(f"{ch} (kyrilliskt)")
        elif ch in _GREEK:
            parts.append(f"{ch} (grekiskt)")
    return ", ".join(parts)
