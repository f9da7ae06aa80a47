"""A PDF line ending in a hyphen, joined to the next as the word it was.

Word and LibreOffice hyphenate a justified text and draw the hyphen they add with the same
glyph, and the same text, as a hyphen typed in a word: the PDF cannot say which it is. The
word's shape decides, as a reader of Swedish would: "samhälls-" over "byggnadsnämnden" is
one word broken (the hyphen goes), "vård-" over "och omsorgsnämnden" keeps its hyphen and
the space, "2021-" over "2025" and "IT-" over "center" keep the hyphen, joined. Each word
whose hyphen went is named in the import report, so the secretary can check the few where
a typed hyphen stood at the line's end."""

from __future__ import annotations

from dataclasses import dataclass

_AROUND = "\"'()[]”’«».,;:!?"  # punctuation beside a word, not part of it
# "vård- och omsorgsnämnden": the first word's ending left out, the hyphen is the text's.
# Only the words that join such words: "som" and "till" end words too ("så-som", "där-till").
_SHARED_ENDING = {"och", "eller", "samt", "respektive", "resp.", "&"}


@dataclass
class Joined:
    text: str
    broken: str = ""  # the word as it was broken, if its hyphen went: "samhälls-byggnadsnämnden"
    whole: str = ""  # and as it is read: "samhällsbyggnadsnämnden"


def join_broken(first: str, second: str, separator: str = " ") -> Joined:
    """`first` and its next line `second` as one text: joined by `separator`, or as one
    word where `first` ends in a hyphen that broke it."""
    if not first.endswith("-") or not second or first[-2:-1] in ("", " "):
        return Joined(f"{first}{separator}{second}" if first else second)
    head = first.split()[-1][:-1]  # the broken word's first part, without the hyphen
    tail = second.split()[0]
    if tail.lower() in _SHARED_ENDING:
        return Joined(f"{first}{separator}{second}")
    if _hyphen_of_the_word(head, tail):
        return Joined(first + second)
    head, tail = head.lstrip(_AROUND), tail.rstrip(_AROUND)  # "uteserve-ringar," named bare
    return Joined(first[:-1] + second, f"{head}-{tail}", head + tail)


def said(joined: Joined) -> str:
    """Why the report names a word whose hyphen went: what it was read as."""
    return f"avstavat vid radslut: läst som ”{joined.whole}”"


def _hyphen_of_the_word(head: str, tail: str) -> bool:
    """Whether the hyphen between `head` and `tail` is the word's own: beside a digit
    (2021-2025, 212000-0340, KS-2023), before a capital (Upplands-Bro), after an abbreviation in
    capitals before small letters (IT-center, KS-ärende), or after one letter (e-post)."""
    if head[-1:].isdigit() or tail[:1].isdigit():
        return True
    if tail[:1].isupper() and not tail.isupper():
        return True
    letters = [c for c in head if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and tail[:1].islower():
        return True
    return len(letters) == 1
