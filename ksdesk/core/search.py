"""Search across every year: what is searched, how a query is read, what a hit is.

Pure rules, no SQL: db/search_repo.py keeps the FTS5 index and runs the query this module
builds. Text is indexed with look-alike letters folded to Latin (core.lookalike), and the
other readings of a word that carries them ("Skер" read as "Sker") in a column of their own,
so "Sker" finds the seed's points 76 and 77. Every word of a query is a prefix: "delegation"
finds "delegationsordningen"; words in quotes are a phrase."""

from __future__ import annotations

import re
from collections import namedtuple

from ksdesk.core.errors import InvalidInput
from ksdesk.core.excerpt import Part, excerpt, matcher

# What can be searched, as `ksdesk sok --typ` names it, and what the GUI calls it.
KINDS = {
    "arende": "Ärende",
    "paragraf": "Paragraf",
    "delegationsbeslut": "Delegationsbeslut",
    "punkt": "Delegationspunkt",
    "bilaga": "Bilaga",
}
MARK = "**"  # around the words that matched, in a hit's utdrag
ELLIPSIS = "…"
DEFAULT_LIMIT = 50

_WORD = re.compile(r"\w+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]*)"')


# The records here are named tuples, not dataclasses or typing.NamedTuple: `ksdesk sok` starts
# a process for each query, and the dataclasses module (with inspect) or typing would be a
# good part of its import time. The annotations in the class bodies say what each field holds.
class Hit(namedtuple("Hit", "typ organ datum rubrik utdrag ref")):
    """One thing found, best first: the JSON of `ksdesk sok --json`."""

    __slots__ = ()
    typ: str
    organ: str
    datum: str  # ISO date, "" when the thing has none (a point of a draft)
    rubrik: str
    utdrag: str  # text around the hit, the matching words between MARK
    ref: str  # the uuid of the row found

    def as_json(self) -> dict[str, str]:
        return {
            "typ": self.typ,
            "organ": self.organ,
            "datum": self.datum,
            "rubrik": self.rubrik,
            "utdrag": self.utdrag,
            "ref": self.ref,
        }


class Filters(namedtuple("Filters", "organ year kind", defaults=(None, None, None))):
    __slots__ = ()
    organ: str | None  # the organ's name as stored
    year: int | None
    kind: str | None


class Target(
    namedtuple(
        "Target",
        "typ meeting_id item_id bilaga_id paragraf_id version_id point_uid beslut_id",
        defaults=(None,) * 7,
    )
):
    """Where a hit opens: the meeting (and item, bilaga, §) or the delegation version (and
    point), or the delegationsbeslut."""

    __slots__ = ()
    typ: str
    meeting_id: int | None
    item_id: int | None
    bilaga_id: int | None
    paragraf_id: int | None
    version_id: int | None
    point_uid: str | None
    beslut_id: int | None


# Below U+0300: ASCII, Latin-1 (å, ä, ö, é, ü) and Latin Extended. Such text is NFC as it
# stands (no character there composes or decomposes) and holds no look-alike letter (the
# Cyrillic and Greek ones lie above): nearly every query a secretary types.
_PLAIN_BELOW = "\u0300"


def _plain(text: str) -> bool:
    return not text or max(text) < _PLAIN_BELOW


def index_text(text: str) -> str:
    """What the index holds of a text: NFC, look-alikes folded to their Latin twin."""
    text = text or ""
    if _plain(text):  # as it stands: `ksdesk sok` then loads neither module below
        return text
    import unicodedata

    from ksdesk.core.lookalike import fold

    return fold(unicodedata.normalize("NFC", text))


def other_readings(text: str) -> str:
    """The other readings of every word that carries a look-alike letter (р read as r), for
    the index's `alt` column; "" for text without such words (nearly all)."""
    if _plain(text or ""):
        return ""
    import unicodedata

    from ksdesk.core.lookalike import LOOKALIKES, readings

    if not any(ch in LOOKALIKES for ch in text):
        return ""
    extra = []
    for word in _WORD.findall(unicodedata.normalize("NFC", text)):
        if any(ch in LOOKALIKES for ch in word):
            extra += readings(word)[1:]
    return " ".join(extra)


class Query(namedtuple("Query", "fts words parts")):
    __slots__ = ()
    fts: str  # the FTS5 MATCH expression
    words: tuple[str, ...]  # the words searched for, folded and lower case
    parts: tuple[Part, ...]  # the same query as core.excerpt marks it in an utdrag


def parse_query(text: str) -> Query:
    """The FTS5 query for what the secretary typed: every word a prefix, all words required,
    "quoted words" a phrase. InvalidInput (in Swedish) when nothing is left to search for."""
    text = index_text(text)  # NFC, look-alikes folded: as the index holds the text
    parts, phrases = [], []
    for phrase in _PHRASE.findall(text):
        found = _WORD.findall(phrase)
        if found:
            parts.append('"' + " ".join(found) + '"')
            phrases.append(tuple(found))
    prefixes = _WORD.findall(_PHRASE.sub(" ", text))
    parts += [f'"{word}"*' for word in prefixes]
    if not parts:
        raise InvalidInput("Ange ett eller flera ord att söka efter.")
    words = [word for phrase in phrases for word in phrase] + prefixes
    return Query(
        " ".join(parts),
        tuple(w.casefold() for w in words),
        matcher(tuple(prefixes), tuple(phrases)),
    )


def check_kind(kind: str | None) -> str | None:
    if kind is not None and kind not in KINDS:
        raise InvalidInput(f"Okänd typ ”{kind}”: välj bland {', '.join(KINDS)}.")
    return kind


# How a folded look-alike may sound: Cyrillic р, с, у, х, В, Н fold to p, c, y, x, B, H.
_SOUNDS = str.maketrans({"p": "r", "c": "s", "y": "u", "x": "h", "b": "v", "h": "n"})


def best_utdrag(text: str, rubrik: str, query: Query) -> str:
    """The excerpt to show: around the hit in the text, else the marked rubrik. A hit on
    the other reading of a look-alike word ("Sker" in "Skер") is marked by sound: FTS5
    found it in the `alt` column, which is never shown."""
    for found_in in (text, rubrik):
        shown = excerpt(found_in or "", query.parts, MARK, ELLIPSIS)
        if shown:
            return shown
    words = (text or "").split()[:40]
    sounds = tuple(w.translate(_SOUNDS) for w in query.words)

    def mark(word: str) -> str:
        spoken = word.casefold().translate(_SOUNDS)
        return f"{MARK}{word}{MARK}" if spoken.startswith(sounds) else word

    marked = " ".join(mark(word) for word in words)
    return marked + (f" {ELLIPSIS}" if len(words) == 40 else "")
