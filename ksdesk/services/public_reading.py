"""The personnummer found in each text the public-copy scan reads, kept for the open store.

A meeting is read whole at each scan: when the review opens, at each decision (`decide`
checks the keys against a fresh scan), and at every public print (`ensure_public_ok`, then
each text masked as decided). Most of its texts are the same each time, and reading them
for numbers is most of the cost, so what a text holds is kept, keyed by the text itself and
how it is read (OCR, printed as a paragraph, today's date, which decides the century of a
ten-digit number): an edited text is another key and is read anew, and no decision changes
what a text holds. Kept per store, never shared between two (a weak key: closed and
dropped, it is gone), and at most _MOST texts each."""

from __future__ import annotations

from datetime import date
from weakref import WeakKeyDictionary

from ksdesk.core.personnummer import PersonnummerHit, find_personnummer
from ksdesk.db.connection import Store

_MOST = 20_000  # texts kept per store: a large meeting and its protokoll read twice over

_Key = tuple[str, bool, bool, date]
_FOUND: WeakKeyDictionary[Store, dict[_Key, tuple[PersonnummerHit, ...]]] = WeakKeyDictionary()


def numbers_in(
    store: Store, text: str, *, ocr: bool = False, printed: bool = False
) -> list[PersonnummerHit]:
    """find_personnummer(text, ocr=ocr, printed=printed), read once per store and text."""
    today = date.today()
    if store.closed:
        return find_personnummer(text, today, ocr=ocr, printed=printed)
    found = _FOUND.setdefault(store, {})
    key = (text, ocr, printed, today)
    hits = found.get(key)
    if hits is None:
        hits = tuple(find_personnummer(text, today, ocr=ocr, printed=printed))
        if len(found) >= _MOST:
            del found[next(iter(found))]  # the oldest: a dict keeps the order of insertion
        found[key] = hits
    return list(hits)


def reader(store: Store):
    """numbers_in for `store`, as PublicCopyRules.mask reads a text with it."""

    def read(text: str, *, ocr: bool = False, printed: bool = False) -> list[PersonnummerHit]:
        return numbers_in(store, text, ocr=ocr, printed=printed)

    return read
