"""References from one point to another inside the delegationsordning ("Se punkt 4.3",
"jfr p. 2.1", "se även punkterna 4.1 och 4.2"): the check that the point referred to exists,
and the same references moved along when the points are renumbered.

Only a point's own fields are read (Ärende, Lagrum, Vidaredelegation, Anmärkning), and only a
reference led by the words a delegationsordning uses for one of its own points ("se", "se
även", "jfr", "jämför", "enligt"). "Punkt 3 i kommunstyrelsens delegationsordning" or "enligt
punkt 6 i reglementet" points into another document and is left alone, and so is the revision
table ("Ändring av punkt 40" names the number as it was then).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from ksdesk.core.delegation import Version
from ksdesk.core.delegation_check_codes import TEXT_FIELDS, check_finding
from ksdesk.core.delegation_numbering import nr_key, numbering_groups
from ksdesk.core.findings import Finding, Severity

_NR = r"(?-i:[A-ZÅÄÖ]\.?\s?)?\d+(?:\.\d+)*"
_REFERENCE = re.compile(
    r"\b(?:se(?:\s+även)?|jfr\.?|jämför|enligt)\s+(?:punkt(?:erna)?|pkt\.?|p\.)\s*"
    rf"(?P<nrs>{_NR}(?:\s*(?:,|och|samt|resp\.|respektive|–|-)\s*{_NR})*)"
    r"(?P<elsewhere>\s+i\s+(?!detta\b|denna\b)\S)?",
    re.IGNORECASE,
)
_ONE_NR = re.compile(_NR)


def referred_numbers(text: str) -> list[str]:
    """The point numbers `text` refers to, in order ("Se punkt 4.3" → ["4.3"])."""
    found = []
    for match in _REFERENCE.finditer(text):
        if not match["elsewhere"]:
            found += _ONE_NR.findall(match["nrs"])
    return found


def renumber_references(text: str, moves: Mapping[str, str]) -> str:
    """`text` with every reference to a point that moves (old number → new) renumbered, all
    at once: "se punkt 4.3 och 4.4" with 4.3 → 4.2 and 4.4 → 4.3 becomes "se punkt 4.2 och
    4.3", never 4.2 and 4.2."""
    by_key = {nr_key(old): new for old, new in moves.items()}

    def one(match: re.Match) -> str:
        if match["elsewhere"]:
            return match[0]
        nrs = _ONE_NR.sub(lambda nr: by_key.get(nr_key(nr[0]), nr[0]), match["nrs"])
        start, end = match.span("nrs")
        return match[0][: start - match.start()] + nrs + match[0][end - match.start() :]

    return _REFERENCE.sub(one, text)


def check_references(version: Version) -> list[Finding]:
    """A reference to a point number no point of the version has ("Se punkt 4.3" where the
    points run 4.1, 4.2, 4.4): the point was removed or renumbered and the reference was not."""
    existing = {nr_key(p.nr) for _, p in version.all_points() if p.nr.strip()}
    findings = []
    for chapter in version.chapters:
        for point in chapter.points:
            for field_name in TEXT_FIELDS:
                missing = [
                    nr
                    for nr in referred_numbers(getattr(point, field_name))
                    if nr_key(nr) not in existing
                ]
                for nr in dict.fromkeys(missing):
                    findings.append(
                        check_finding(
                            Severity.VARNING,
                            "hanvisning",
                            chapter.title,
                            point.nr,
                            f"Punkt {point.nr} hänvisar till punkt {nr}, som inte finns i "
                            "delegationsordningen. Rätta hänvisningen: punkten kan ha tagits "
                            "bort eller fått ett annat nummer.",
                            (point.uid,),
                            field_name,
                        )
                    )
    return findings


def follow_renumbering(version: Version, new_numbers: Mapping[str, str]) -> int:
    """Move the references in every point's fields to the numbers a renumbering gives
    (`new_numbers`: a point's uid → its new number; the points still carry their old ones).
    Each run of points numbered on its own (a chapter, where the document numbers each from 1)
    is its own: "se punkt 3" there means that chapter's point 3. A number two points of the
    run share (the seed's 83–88) means the one in the referring point's own chapter; where
    that does not tell them apart the reference is left as it is. Returns how many points'
    text changed."""
    changed = 0
    for group in numbering_groups(version):
        counts = Counter(nr_key(p.nr) for _, p in group)
        chapters: list = []  # the group's chapters, once each (a Chapter is not hashable)
        for chapter, _ in group:
            if not any(chapter is seen for seen in chapters):
                chapters.append(chapter)
        for chapter in chapters:
            own = Counter(nr_key(p.nr) for p in chapter.points)
            moves = {
                p.nr: new_numbers[p.uid]
                for c, p in group
                if p.uid in new_numbers
                and (counts[nr_key(p.nr)] == 1 or (c is chapter and own[nr_key(p.nr)] == 1))
            }
            for point in chapter.points:
                before = [getattr(point, name) for name in TEXT_FIELDS]
                for name in TEXT_FIELDS:
                    setattr(point, name, renumber_references(getattr(point, name), moves))
                changed += before != [getattr(point, name) for name in TEXT_FIELDS]
    return changed
