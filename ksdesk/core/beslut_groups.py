"""Who decides each part of a beslut: the organ itself, or fullmäktige, to whom the organ only
proposes. Kungsbacka's kallelse writes the split as headings in the Förslag cell ("Förslag
till beslut i kommunfullmäktige" over the att-satser KF decides, "Förslag till beslut i
kommunstyrelsen" over KS's own), and its protokoll as "Beslut – Förslag till
kommunfullmäktige" and "Beslut" (KS 2025-02-18 § 45). A § 's beslut and an ärende's förslag are
plain text, so the split is kept there as such a heading on a line of its own; this module
reads it back into groups, for the protokoll's headings and for laga kraft: a förslag to
fullmäktige never gains laga kraft, only the organ's own part does."""

from __future__ import annotations

import re

from ksdesk.core.meeting import Forslag
from ksdesk.core.organ import organ_in_running_text

OWN = "kommunstyrelsen"  # as Forslag.group stores the organ's own att-satser
FULLMAKTIGE = "fullmäktige"
# The headings as ksdesk writes them into a förslag or beslut, a line each.
WRITTEN = {
    FULLMAKTIGE: "Förslag till beslut i kommunfullmäktige",
    OWN: "Förslag till beslut i kommunstyrelsen",
}
# As the protokoll prints them over each part, when the beslut is split.
PRINTED = {FULLMAKTIGE: "Beslut – Förslag till kommunfullmäktige", OWN: "Beslut"}

# "Förslag till beslut i kommunfullmäktige", Ludvika's "Förslag till beslut fullmäktige",
# the protokoll's "Beslut – Förslag till kommunfullmäktige", "Förslag till fullmäktige:".
_TO_FULLMAKTIGE = re.compile(
    r"(?:beslut\s*[–—-]\s*)?förslag\s+till\s+(?:beslut\s+(?:i\s+)?)?"
    r"(?:kommun|region|landstings)?fullmäktige\s*:?",
    re.IGNORECASE,
)
# "Förslag till beslut i kommunstyrelsen", "… i nämnden för Teknik", Ludvika's "Förslag till
# beslut kommunstyrelsen". A bare "Beslut" only where the text is split (`groups`).
_OWN_HEADING = re.compile(
    r"förslag\s+till\s+beslut\s+(?:i\s+)?(?:kommunstyrelsen|styrelsen|\S*nämnden\b.*)\s*:?",
    re.IGNORECASE,
)
_BARE = re.compile(r"beslut\s*:?", re.IGNORECASE)


def heading_group(line: str, split: bool = True) -> str | None:
    """The group a line of its own names as a heading (FULLMAKTIGE, OWN), None when the
    line is beslut text. A bare "Beslut" is a heading only in a `split` text."""
    line = " ".join(line.split())
    if _TO_FULLMAKTIGE.fullmatch(line):
        return FULLMAKTIGE
    if _OWN_HEADING.fullmatch(line) or (split and _BARE.fullmatch(line)):
        return OWN
    return None


def is_split(text: str) -> bool:
    """Whether some of the text is a förslag to fullmäktige."""
    return any(heading_group(line, False) == FULLMAKTIGE for line in text.splitlines())


def groups(text: str) -> list[tuple[str, list[str]]]:
    """The text's lines in runs under their heading, the headings left out: ("", lines)
    for a text that says no fullmäktige part (whatever own heading it carries), else each
    run with its group (lines before any heading are the organ's own)."""
    split = is_split(text)
    runs: list[tuple[str, list[str]]] = [(OWN if split else "", [])]
    for line in text.splitlines():
        group = heading_group(line, split)
        if group is None:
            runs[-1][1].append(line)
        elif split and group != runs[-1][0]:
            runs.append((group, []))
    return [(group, lines) for group, lines in runs if any(line.strip() for line in lines)]


def only_to_fullmaktige(text: str) -> bool:
    """The beslut is all a förslag to fullmäktige: nothing of it gains laga kraft."""
    found = groups(text)
    return bool(found) and all(group == FULLMAKTIGE for group, _ in found)


def forslag_text(forslag: list[Forslag]) -> str:
    """The tjänsteskrivelse's att-satser as a § 's beslut starts from: numbered as given, and
    with the heading of each group when some go to fullmäktige (the group is kept, not lost
    in the text)."""
    split = any(f.group == FULLMAKTIGE for f in forslag)
    lines: list[str] = []
    last: str | None = None
    for f in forslag:
        group = FULLMAKTIGE if f.group == FULLMAKTIGE else OWN
        if split and group != last:
            lines.append(WRITTEN[group])
            last = group
        lines.append(f"{f.nr}. {f.text}" if f.nr else f.text)
    return "\n".join(lines)


def proposal_parts(text: str, organ_name: str = "") -> list[tuple[str, str]]:
    """An ärende's förslag as a kallelse prints it: (label, text) per part, "Förslag till
    beslut" over a förslag the organ decides alone, else "Förslag till beslut i
    kommunfullmäktige" over KF's part and "… i <the organ>" over its own."""
    own = WRITTEN[OWN]
    if organ_name.strip():
        own = f"Förslag till beslut i {organ_in_running_text(organ_name)}"
    labels = {"": "Förslag till beslut", OWN: own, FULLMAKTIGE: WRITTEN[FULLMAKTIGE]}
    return [(labels[group], "\n".join(lines).strip()) for group, lines in groups(text)]


def with_fullmaktige_from(text: str, line: int) -> str:
    """The beslut with its lines from `line` on marked as the förslag to fullmäktige (the §
    editor's button, for a beslut typed or pasted without the heading); the lines above stay
    the organ's own beslut."""
    lines = text.splitlines()
    at = max(0, min(line, len(lines)))
    return "\n".join([*lines[:at], WRITTEN[FULLMAKTIGE], *lines[at:]])
