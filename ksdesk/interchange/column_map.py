"""Finding which field a column heading means: by its synonyms, and by a near match for typos.

Real documents head the same column many ways ("Delegat", "Delegerat till", "Beslutsfattare")
and misspell them ("Med rätt att vidareelegera"). A heading is compared, case and spacing
folded, with every synonym of every field; an exact synonym wins, else the closest one at 85 %
similarity or more (rapidfuzz's ratio: "vidareelegera" against "vidaredelegera" is 98 %).
Short synonyms ("nr", "tid") must match exactly: one letter off is another word.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence

from rapidfuzz import fuzz

from ksdesk.core.import_report import ImportReport
from ksdesk.core.lookalike import search_key

NEAR_MATCH = 85.0
# How lists head the diarienummer column (ärendelistor and diarium exports alike).
DNR_HEADINGS = (
    "dnr",
    "dnr.",
    "diarienummer",
    "diarienr",
    "diarie nr",
    "beteckning",
    "ärendenummer",
    "ärendenr",
    "ärende nr",
)
_SHORTEST_FUZZY = 5


def heading_key(text: str) -> str:
    """ "Lagrum / Stöd:" → "lagrum/stod": the form headings are compared in. Accents are
    folded too: systems that export without å, ä and ö write "Arende"."""
    folded = search_key(re.sub(r"\s*/\s*", "/", text.replace("\u00ad", "")))
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch)
    )
    return plain.strip().rstrip(":.").strip()


class ColumnMap:
    """The synonyms of each field, ready for matching headings against them."""

    def __init__(self, synonyms: Mapping[str, Sequence[str]]) -> None:
        self.exact = {heading_key(name): f for f, names in synonyms.items() for name in names}

    def field_of(self, heading: str) -> tuple[str | None, bool]:
        """(field, exact) for a heading; (None, False) when none is near enough."""
        key = heading_key(heading)
        if not key:
            return None, False
        if key in self.exact:
            return self.exact[key], True
        best, score = None, 0.0
        for name, field in self.exact.items():
            if len(name) < _SHORTEST_FUZZY or len(key) < _SHORTEST_FUZZY:
                continue
            similarity = fuzz.ratio(key, name)
            if similarity > score:
                best, score = field, similarity
        return (best, False) if score >= NEAR_MATCH else (None, False)


def map_headings(
    header: Sequence[str],
    row: int,
    field_of: Callable[[str], tuple[str | None, bool]],
    labels: Mapping[str, str],
    report: ImportReport,
    unread: Callable[[str | None], str],
) -> dict[str, int]:
    """{field: column index} of a rubrikrad. A heading read by a near match is a line in the
    report; one that means nothing known, or a field already found, is an unknown column
    with `unread(field or None)` as the reason (each import says what becomes of its cells)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(header):
        text = " ".join(cell.split())
        if not text:
            continue
        name, exact = field_of(text)
        if name and name not in found:
            found[name] = index
            if not exact:
                report.change(f"Rad {row}", f"kolumnen ”{text}” lästes som {labels[name]}")
        else:
            report.unknown_column(f"Rad {row}", text, unread(name))
    return found
