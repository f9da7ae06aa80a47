"""Masking the personnummer that core.personnummer finds: each replaced by X:es of the
same shape ("XXXXXX-XXXX"), except those consciously kept in the public copy."""

from __future__ import annotations

import re

from ksdesk.core.personnummer import PersonnummerHit, find_personnummer

# What masking covers of a hit as written: its digits, and the letters of a reservnummer or
# that OCR read for a digit.
_WRITTEN = re.compile(r"[^\W_]|\|")


def mask_personnummer(
    text: str,
    keep: set[str] | frozenset[str] = frozenset(),
    *,
    ocr: bool = False,
    printed: bool = False,
) -> str:
    """`text` with every personnummer replaced by X:es of the same shape ("XXXXXX-XXXX"),
    except those whose normalized form is in `keep` (consciously kept in the public copy).
    A letter that OCR read for a digit is masked as the digit is."""
    return masked_hits(text, find_personnummer(text, ocr=ocr, printed=printed), keep)


def masked_hits(
    text: str, hits: list[PersonnummerHit], keep: set[str] | frozenset[str] = frozenset()
) -> str:
    """`text` with `hits` (what find_personnummer found in it) masked as mask_personnummer
    masks them: for a caller that has the hits already and would otherwise read it twice."""
    pieces = []
    last = 0
    for hit in hits:
        if hit.normalized in keep:
            continue
        pieces.append(text[last : hit.start])
        pieces.append(_WRITTEN.sub("X", hit.text))
        last = hit.end
    pieces.append(text[last:])
    return "".join(pieces)


def has_personnummer(
    text: str, keep: set[str] | frozenset[str] = frozenset(), *, ocr: bool = False
) -> bool:
    return any(hit.normalized not in keep for hit in find_personnummer(text, ocr=ocr))
