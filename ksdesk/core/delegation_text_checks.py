"""The checks of the text of a delegationsordning: abbreviations, look-alike letters, placeholders.

- `okand-forkortning`: an abbreviation used in a point but neither in the list of
  abbreviations, defined in the text ("(SoL)") nor known to every reader (EU, SFS …).
- `blandad-skrift`: words with Cyrillic or Greek letters that look Swedish; they print right
  but search and screen readers fail. `fix_mixed_point` repairs them (the one-click fix),
  choosing among the document's own words.
- `platshallare`: "XX", "xx", "2020-XX-XX" wherever they stand; a fel, except in a draft's
  pending revision row, which adopting the draft fills in.
"""

from __future__ import annotations

import re

from ksdesk.core.delegation import Chapter, Point, Version, VersionStatus, point_value
from ksdesk.core.delegation_check_codes import TEXT_FIELDS, check_finding
from ksdesk.core.delegation_diff import FIELD_LABELS, ROLE_FIELDS
from ksdesk.core.findings import Finding, Severity
from ksdesk.core.lookalike import describe as describe_letters
from ksdesk.core.lookalike import fix_mixed, mixed_words, repair_word, vocabulary

# Abbreviations every reader knows, never expected in the list of abbreviations.
COMMON_ABBREVIATIONS = frozenset({"EU", "EG", "SFS", "AB", "VD", "IT", "TV"})
_ABBREVIATION = re.compile(r"(?<![\wÅÄÖåäö-])([A-ZÅÄÖ]{2,7})(?![\wÅÄÖåäö])")
_INLINE_DEFINITION = re.compile(r"\(([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,6})\)")
_ROMAN = re.compile(r"^[IVXLC]+$")
_PLACEHOLDER = re.compile(
    r"(?<![\wÅÄÖåäö])(?:\d{4}|[Xx]{4})-[Xx]{2}-[Xx]{2}(?![\w])|(?<![\wÅÄÖåäö])(?:X{2,}|x{2,})(?![\wÅÄÖåäö])"
)


def abbreviations_in(text: str) -> list[str]:
    return [m for m in _ABBREVIATION.findall(text) if not _ROMAN.match(m) and not set(m) <= {"X"}]


def check_abbreviations(version: Version, known: frozenset[str] = frozenset()) -> list[Finding]:
    listed = {a.short.strip().upper() for a in version.abbreviations}
    texts = [f"{p.arende} {p.lagrum} {p.anmarkning}" for _, p in version.all_points()]
    defined = {m.upper() for t in texts for m in _INLINE_DEFINITION.findall(t)}
    allowed = listed | defined | COMMON_ABBREVIATIONS | {k.upper() for k in known}
    uses: dict[str, list[tuple[Chapter, Point]]] = {}
    for chapter, point in version.all_points():
        for field_name in TEXT_FIELDS:
            for abbr in abbreviations_in(getattr(point, field_name)):
                if abbr not in allowed:
                    points = uses.setdefault(abbr, [])
                    if not points or points[-1][1] is not point:
                        points.append((chapter, point))
    findings = []
    for abbr, points in uses.items():
        chapter, first = points[0]
        findings.append(
            check_finding(
                Severity.VARNING,
                "okand-forkortning",
                chapter.title,
                first.nr,
                f"Förkortningen {abbr} används ({_where(points)}) men finns inte i "
                "förkortningslistan.",
                tuple(p.uid for _, p in points),
                subject=abbr,
            )
        )
    return findings


def _where(points: list[tuple[Chapter, Point]]) -> str:
    """ "punkt 1.2, 1.4"; a point without a number by the start of its ärende."""
    named = [p.nr.strip() or f"”{_start(p.arende)}”" for _, p in points]
    return f"punkt {', '.join(named)}"


def _start(text: str, words: int = 5) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def version_vocabulary(version: Version) -> frozenset[str]:
    """The document's own words: a repaired word should read as one of them."""
    texts = [s.text for s in version.intro]
    for _, point in version.all_points():
        texts += [getattr(point, f) for f in TEXT_FIELDS] + point.delegat + point.ersattare
    return vocabulary(texts)


def check_mixed_script(version: Version) -> list[Finding]:
    known = version_vocabulary(version)
    findings = []
    for chapter, point in version.all_points():
        for field_name in (*TEXT_FIELDS, *ROLE_FIELDS):
            words = mixed_words(point_value(point, field_name))
            if words:
                shown = ", ".join(
                    f'"{w}" ({describe_letters(w)}; rättas till "{repair_word(w, known)}")'
                    for w in dict.fromkeys(words)
                )
                findings.append(
                    check_finding(
                        Severity.VARNING,
                        "blandad-skrift",
                        chapter.title,
                        point.nr,
                        f"{FIELD_LABELS[field_name]} i punkt {point.nr} har ord med kyrilliska "
                        f"eller grekiska tecken som liknar svenska: {shown}. Texten ser rätt ut "
                        "men hittas inte vid sökning.",
                        (point.uid,),
                        field_name,
                        fixable=True,
                    )
                )
    return findings


def fix_mixed_point(point: Point, known: frozenset[str] = frozenset()) -> bool:
    """Repair look-alike letters in every field of `point` (choosing readings among `known`
    words); True when anything changed."""
    changed = False
    for field_name in (*TEXT_FIELDS, "nr"):
        value = getattr(point, field_name)
        fixed = fix_mixed(value, known)
        if fixed != value:
            setattr(point, field_name, fixed)
            changed = True
    for field_name in ROLE_FIELDS:
        roles = getattr(point, field_name)
        fixed_roles = [fix_mixed(r, known) for r in roles]
        if fixed_roles != roles:
            setattr(point, field_name, fixed_roles)
            changed = True
    return changed


def check_placeholders(version: Version) -> list[Finding]:
    """platshallare: "XX", "xx", "2020-XX-XX" wherever they stand."""
    draft = version.status == VersionStatus.UTKAST
    places: list[tuple[str, str, str, str, tuple[str, ...], bool]] = []
    for name, value in version.header.items():
        places.append(("Dokumenthuvud", "", name, value, (), False))
    last = len(version.revisions) - 1
    for i, rev in enumerate(version.revisions):
        text = " | ".join((rev.beslut, rev.text, rev.dnr))
        places.append(("Revideringar", "", "revideringstabellen", text, (), draft and i == last))
    for section in version.intro:
        # The introduction's opening words have no heading: named as the introduction.
        where = section.heading or "inledningen"
        places.append(("Inledning", "", where, section.text, (), False))
    for chapter, point in version.all_points():
        for field_name in TEXT_FIELDS:
            places.append(
                (
                    chapter.title,
                    point.nr,
                    FIELD_LABELS[field_name],
                    getattr(point, field_name),
                    (point.uid,),
                    False,
                )
            )
    findings = []
    for chapter, nr, where, text, uids, pending in places:
        found = _PLACEHOLDER.findall(text)
        if not found:
            continue
        quoted = ", ".join(f'"{x}"' for x in dict.fromkeys(found))
        if pending:
            message = (
                f"Platshållare i revideringstabellen ({text.split(' | ')[0]}): {quoted}. "
                "Fylls i med datum och § när versionen antas."
            )
        else:
            message = f"Platshållare i {where.lower()}: {quoted}. Fyll i rätt uppgift."
        findings.append(
            check_finding(
                Severity.VARNING if pending else Severity.FEL,
                "platshallare",
                chapter,
                nr,
                message,
                uids,
            )
        )
    return findings
