"""A diarienummer imported without the diarium's prefix, written with it when the organ's
other Dnr all carry one (walk29's finding 6): Kungsbacka's kallelse writes "2024-00365"
where its tjänsteskrivelse and protokoll write "KS-2024-00365", and a protokoll printing
"Dnr KS-2024-00365" at one § and "Dnr 2020-00313" at the next reads as two diarier.

Only a Dnr of the very shape the prefixed ones have after their prefix ("2024-00365" beside
"KS-2024-00365", not "2024/365") gets it, only where every prefixed Dnr of that shape carries
the same prefix (same_dnr's default prefix: the organ's diarium), and never silently: each
change is a line in the import report, so the secretary sees it and can type it back."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ksdesk.core.dnr import parse_dnr
from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende

# "KS-2024-00365", "KS 2020/434": the prefix, its separator as written, and the rest, a year
# and a löpnummer (read by this pattern, not by parse_dnr: ten years of an organ's Dnr are
# some 5 000, and parse_dnr's long way for the dashed shape takes 0.3 s for them).
_PREFIXED = re.compile(r"([A-Za-zÅÄÖåäö]{1,8})([ -]?)([0-9]{2,4}[/-][0-9]{1,6}(?:-[0-9]{1,3})?)")
# Written before a Dnr as its label ("Dnr 2024-00365"), not the diarium's prefix.
_LABELS = frozenset({"DNR", "DIARIENR"})
_BARE = re.compile(r"[0-9]{2,4}[/-][0-9]{1,6}(?:-[0-9]{1,3})?")


_ONE_BY_ONE = 3  # more changed Dnr than this: one line for all

_DIGITS = str.maketrans("012345678", "999999999")


def _shape(rest: str) -> str:
    """ "2024-00365" → "9999-99999": how the rest is written, digits aside."""
    return rest.translate(_DIGITS)


def organ_heads(known: Iterable[str]) -> dict[str, set[str]]:
    """For each shape after the prefix ("9999-99999"), the prefixes with separator the
    organ's complete Dnr of that shape are written with ("KS-")."""
    heads: dict[str, set[str]] = {}
    for text in set(known):
        match = _PREFIXED.fullmatch(text.strip())
        if match is None or match[1].upper() in _LABELS:
            continue
        heads.setdefault(_shape(match[3]), set()).add(match[1].upper() + match[2])
    return heads


def with_organ_prefix(dnr: str, heads: dict[str, set[str]]) -> str | None:
    """ "2024-00365" as "KS-2024-00365" when every prefixed Dnr of its shape is "KS-…";
    None when it has a prefix, is no whole Dnr, or the organ's prefixes differ."""
    bare = dnr.strip()
    if not _BARE.fullmatch(bare) or not parse_dnr(bare).is_complete:
        return None
    found = heads.get(_shape(bare), set())
    return next(iter(found)) + bare if len(found) == 1 else None


def add_organ_prefix(items: list[Arende], known: Iterable[str], report: ImportReport) -> None:
    """The imported `items` whose Dnr lacks the prefix the organ's Dnr (`known`, and the
    items' own) all carry, given it; a line in `report` for each, or one line naming them
    all when they are more than a few (a whole kallelse, walk29's 19), so that the rest of
    the report is not lost under them."""
    heads = organ_heads([*known, *(item.dnr for item in items)])
    changed: list[tuple[Arende, str]] = []
    for item in items:
        written = None if item.is_section else with_organ_prefix(item.dnr, heads)
        if written is not None:
            changed.append((item, written))
    why = "ändra under fliken Kallelse om det är fel"
    if len(changed) > _ONE_BY_ONE:
        heads_used = sorted({new[: -len(item.dnr.strip())] for item, new in changed})
        pairs = ", ".join(f"{item.dnr.strip()} → {new}" for item, new in changed)
        report.change(
            "Ärendelistan",
            f"{len(changed)} diarienummer skrivs med {' och '.join(heads_used)}",
            f"som nämndens övriga: {pairs}; {why}",
        )
    else:
        for item, new in changed:
            report.change(
                f"Dnr {item.dnr.strip()}",
                f"skrivs {new} ({item.title})",
                f"nämndens övriga diarienummer skrivs med {new[: -len(item.dnr.strip())]}…; {why}",
            )
    for item, new in changed:
        item.dnr = new
