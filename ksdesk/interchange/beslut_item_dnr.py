"""The Dnr of the agenda item a list of delegationsbeslut stands under, as a kallelse prints it
over the item's heading, a line each ("p. 2" / "Dnr SN-2017-50 Dpl 904" / "Redovisning av
delegationsbeslut": Östhammars socialnämnd, tests/interchange/real_beslut_lists_second.py),
or at the heading's end ("Anmälan av delegationsbeslut, Dnr KS 2020/12"). They are the
ärenden the decisions are registered under (a kommun opens one a year for each kind of list;
"Dpl 904" is the diarieplan's code, not the number), not a decision's own line. One such Dnr
is the Dnr of every decision of the list that names none (the import says so for each);
of several, the list does not say which is whose, and the secretary picks one for each row
in the import dialog.

A kallelse that prints each item's Dnr under its title ("1. Budget 2018" / "Dnr SN-2017-30" /
"2. Anmälan av delegationsbeslut") has the Dnr over the list's heading too, the item above's:
the lines over the heading are the list's only where they stand between its bare number and
its heading (Östhammar's "p. 2"), or head the text, and the heading has no number of its own."""

from __future__ import annotations

import re

# "Dnr SN-2017-50 Dpl 904", "Dnr KS 2020/12", "Diarienummer: 2017/45".
_DNR_LINE = re.compile(
    r"(?i)^(?:dnr|diarienr|diarienummer)\.?:?\s*(?P<dnr>(?:[A-ZÅÄÖ]{1,8}\s)?\S+?)[.,]?"
    r"(?:\s+(?:dpl|diarieplan)\.?\s*[\d.]+)?\s*$"
)
_DNR_AT_END = re.compile(
    r"(?i)[,;]?\s*\(?\b(?:dnr|diarienr|diarienummer)\.?:?\s*(?P<dnr>(?:[A-ZÅÄÖ]{1,8}\s)?[^\s)]+?)"
    r"\)?\.?\s*$"
)

# A heading and nothing else before its Dnr: no lettered point, whose Dnr is its own.
_HEADING = re.compile(
    r"(?i)^\W*(?:§\s*|p\.\s*)?\d{0,3}\.?\s*(?:anmälan|redovisning|förteckning)?\s*(?:av|över)?\s*"
    r"(?:delegations?beslut|delegeringsbeslut)\W*$"
)
# An agenda item's number at a line's start ("p. 2", "§ 12", "2.", "2 "), and that alone.
_ITEM_NUMBER = re.compile(r"^\W*(?:§\s*|p\.\s*)?\d{1,3}\.?(?:\s|$)", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\W*(?:§\s*|p\.\s*)?\d{1,3}\.?\s*$", re.IGNORECASE)
ONE_WHY = "ärendets diarienummer (över listans rubrik): blir diarienumret för raderna utan"
SEVERAL_WHY = (
    "ett av ärendets diarienummer (över listans rubrik): listan säger inte vilken rad som hör "
    "till vilket; välj för varje rad under ”Fyll i det som saknas”"
)


def item_dnr_lines(texts: list[str]) -> dict[int, str]:
    """{index in `texts`: Dnr} of the Dnr lines right above the list's heading (the last of
    `texts`, the head down to the heading), and of the heading's own Dnr at its end."""
    found: dict[int, str] = {}
    if not texts:
        return found
    at = len(texts) - 2
    above: dict[int, str] = {}
    while at >= 0 and (line := _DNR_LINE.match(texts[at].strip())):
        above[at] = line["dnr"]
        at -= 1
    over = texts[at].strip() if at >= 0 else ""  # "p. 2", or the item above's title
    if not _ITEM_NUMBER.match(texts[-1].strip()) and (
        _BARE_NUMBER.match(over) or not _ITEM_NUMBER.match(over)
    ):
        found |= above
    own = _DNR_AT_END.search(texts[-1])
    if own and _HEADING.match(texts[-1][: own.start()]):
        found[len(texts) - 1] = own["dnr"]
    return dict(sorted(found.items()))


def item_dnrs(texts: list[str]) -> list[str]:
    """The item's Dnr, each once, in the order printed."""
    return list(dict.fromkeys(item_dnr_lines(texts).values()))


def item_dnr_why(texts: list[str]) -> dict[int, str]:
    """{index: what the report says} of the Dnr lines over the heading."""
    why = ONE_WHY if len(item_dnrs(texts)) == 1 else SEVERAL_WHY
    return dict.fromkeys(item_dnr_lines(texts), why)
