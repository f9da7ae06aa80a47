"""Cyrillic and Greek letters that look exactly like Latin ones.

The seed's points 76 and 77 say "Skер" with a Cyrillic е and р: the page looks right, but a
search for "Sker" never finds it and a screen reader spells it out. `fold` maps every look-alike
to its Latin twin (for search), `mixed_words` finds Latin words that carry one (for the check
`blandad-skrift`), and `fix_mixed` repairs exactly those words and nothing else, so a quotation
in Russian or a Greek letter in a formula (α, Δ) is left alone.
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
_TABLE = str.maketrans(LOOKALIKES)
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Every look-alike replaced by its Latin twin (for comparing and searching)."""
    return text.translate(_TABLE)


def search_key(text: str) -> str:
    """The form both a query and a field are reduced to before a search compares them."""
    return " ".join(fold(unicodedata.normalize("NFC", text)).casefold().split())


def contains(haystack: str, needle: str) -> bool:
    """True when `needle` occurs in `haystack`, whatever script its look-alikes are in."""
    return search_key(needle) in search_key(haystack)


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


def fix_mixed(text: str) -> str:
    """Repair the words `mixed_words` finds; every other character stays as it was."""

    def repair(match: re.Match[str]) -> str:
        word = match.group()
        if any(ch in LOOKALIKES for ch in word) and any(_is_latin_letter(ch) for ch in word):
            return fold(word)
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
