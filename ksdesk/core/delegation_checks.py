"""The checks of a delegationsordning: each finding has a code, a severity and a Swedish message.

Severities (what a secretary is meant to do about them):
- error: the document is wrong as it stands and must be corrected before it is adopted:
  `dubblett-nr` (a delegationsbeslut citing "punkt 85" is ambiguous), `saknar-delegat`
  (nobody may take the decision), `motstridigt-datum` (one § with two dates), `platshallare`
  anywhere except the draft's own pending revision row (nothing will fill it in).
- warning: probably a mistake, worth a look: `ordning`, `lucka`, `okand-forkortning`,
  `blandad-skrift` (prints right, but search and screen readers fail; one-click fix),
  `okand-roll`, and `platshallare` in a draft's pending revision row ("KS 2020-XX-XX § XX"),
  which adopting the draft fills in.
- info: for the record: a retired title still standing in an adopted version, an empty
  role register.
`delegation check` exits 1 when any finding is an error: the seed's draft does (duplicate
numbers, two points without delegat, § 164 with two dates), as a secretary would expect of a
draft that must not be adopted as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ksdesk.core.delegation import Chapter, Point, Version, VersionStatus
from ksdesk.core.delegation_citations import Facts, Source, conflicts, describe
from ksdesk.core.delegation_diff import FIELD_LABELS
from ksdesk.core.delegation_numbering import gap_between, nr_key
from ksdesk.core.delegation_roles import RoleRegister
from ksdesk.core.findings import Finding, Severity
from ksdesk.core.lookalike import describe as describe_letters
from ksdesk.core.lookalike import fix_mixed, mixed_words, repair_word, vocabulary

CODES = (
    "dubblett-nr",
    "ordning",
    "lucka",
    "saknar-delegat",
    "okand-forkortning",
    "blandad-skrift",
    "platshallare",
    "motstridigt-datum",
    "okand-roll",
)
# Each code in words, as the secretary reads it (the codes stay in --json output).
CODE_LABELS = {
    "dubblett-nr": "dubblett av nummer",
    "saknar-nr": "saknar nummer",
    "ordning": "fel ordning",
    "lucka": "lucka i numreringen",
    "saknar-delegat": "saknar delegat",
    "okand-forkortning": "okänd förkortning",
    "blandad-skrift": "blandad skrift",
    "platshallare": "platshållare",
    "motstridigt-datum": "motstridigt datum",
    "okand-roll": "okänd roll",
}
TEXT_FIELDS = ("arende", "lagrum", "vidaredelegation", "anmarkning")
# Abbreviations every reader knows, never expected in the list of abbreviations.
COMMON_ABBREVIATIONS = frozenset({"EU", "EG", "SFS", "AB", "VD", "IT", "TV"})
_ABBREVIATION = re.compile(r"(?<![\wÅÄÖåäö-])([A-ZÅÄÖ]{2,7})(?![\wÅÄÖåäö])")
_INLINE_DEFINITION = re.compile(r"\(([A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,6})\)")
_ROMAN = re.compile(r"^[IVXLC]+$")
_PLACEHOLDER = re.compile(
    r"(?<![\wÅÄÖåäö])(?:\d{4}|[Xx]{4})-[Xx]{2}-[Xx]{2}(?![\w])|(?<![\wÅÄÖåäö])(?:X{2,}|x{2,})(?![\wÅÄÖåäö])"
)


# `ksdesk delegation check --json` keeps the severity words it was published with.
JSON_SEVERITY = {Severity.FEL: "error", Severity.VARNING: "warning", Severity.INFO: "info"}


def code_text(finding: Finding) -> str:
    """The code in words: "okänd förkortning", not "okand-forkortning"."""
    return CODE_LABELS.get(finding.code, finding.code)


def finding_json(finding: Finding) -> dict:
    """The shape `ksdesk delegation check --json` prints."""
    return {
        "severity": JSON_SEVERITY[finding.severity],
        "code": finding.code,
        "chapter": finding.chapter,
        "nr": finding.nr,
        "message": finding.message,
    }


def _finding(
    severity: Severity,
    code: str,
    chapter: str,
    nr: str,
    message: str,
    uids: tuple[str, ...] = (),
    field_name: str = "",
    *,
    fixable: bool = False,
    subject: str = "",
) -> Finding:
    """A finding on points of the version (`uids`: shown on their rows)."""
    return Finding(
        severity,
        message,
        code=code,
        chapter=chapter,
        nr=nr,
        uids=tuple(uids),
        field=field_name,
        fixable=fixable,
        subject=subject,
    )


@dataclass
class CheckContext:
    """What the checks need beyond the version itself."""

    roles: RoleRegister | None = None
    sources: list[Source] = field(default_factory=list)
    facts: Facts = field(default_factory=list)
    known_abbreviations: frozenset[str] = frozenset()


def check_version(version: Version, context: CheckContext | None = None) -> list[Finding]:
    ctx = context or CheckContext()
    findings: list[Finding] = []
    findings += check_numbers(version)
    findings += check_delegat(version)
    findings += check_abbreviations(version, ctx.known_abbreviations)
    findings += check_mixed_script(version)
    findings += check_placeholders(version)
    findings += check_dates(version, ctx.sources, ctx.facts)
    findings += check_roles(version, ctx.roles)
    return findings


def check_numbers(version: Version) -> list[Finding]:
    """saknar-nr, dubblett-nr, ordning and lucka, in document order (numbering may run across
    chapters)."""
    points = version.all_points()
    if points and not any(nr_key(point.nr) for _, point in points):
        # A document written without numbers (some kommuner's are): one note, not a fel on
        # every point.
        message = (
            "Ingen punkt har nummer, som i dokumentet. Numrera punkterna om delegationsbesluten "
            "ska kunna hänvisa till dem."
        )
        return [_finding(Severity.INFO, "saknar-nr", "", "", message)]
    findings = []
    seen: dict[tuple, tuple[Chapter, Point]] = {}
    previous: tuple[Chapter, Point] | None = None
    for chapter, point in points:
        key = nr_key(point.nr)
        if not key:
            findings.append(
                _finding(
                    Severity.FEL,
                    "saknar-nr",
                    chapter.title,
                    point.nr,
                    "Punkten saknar nummer.",
                    (point.uid,),
                )
            )
            continue
        first = seen.get(key)
        if first is not None:
            findings.append(_duplicate(chapter, point, *first))
        else:
            seen[key] = (chapter, point)
        if previous is not None:
            prev_chapter, prev = previous
            prev_key = nr_key(prev.nr)
            if key < prev_key:
                findings.append(
                    _finding(
                        Severity.VARNING,
                        "ordning",
                        chapter.title,
                        point.nr,
                        f"Numreringen går baklänges: {prev.nr} → {point.nr} (punkt {prev.nr} i "
                        f"{prev_chapter.title} följs av punkt {point.nr}).",
                        (point.uid,),
                    )
                )
            missing = gap_between(prev.nr, point.nr)
            if missing:
                findings.append(
                    _finding(
                        Severity.VARNING,
                        "lucka",
                        chapter.title,
                        point.nr,
                        f"Numreringen hoppar från {prev.nr} till {point.nr}: {missing} saknas.",
                        (point.uid,),
                    )
                )
        previous = (chapter, point)
    return findings


def _duplicate(chapter: Chapter, point: Point, first_chapter: Chapter, first: Point) -> Finding:
    where = "samma kapitel" if first_chapter is chapter else first_chapter.title
    return _finding(
        Severity.FEL,
        "dubblett-nr",
        chapter.title,
        point.nr,
        f"Nummer {point.nr} finns redan ({where}: {_short(first.arende)}). Ett delegationsbeslut "
        f"som hänvisar till punkt {point.nr} blir tvetydigt.",
        (first.uid, point.uid),
    )


def _short(text: str, length: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def check_delegat(version: Version) -> list[Finding]:
    return [
        _finding(
            Severity.FEL,
            "saknar-delegat",
            chapter.title,
            point.nr,
            f"Punkt {point.nr} ({_short(point.arende)}) saknar delegat: ingen har rätt att "
            "fatta beslutet.",
            (point.uid,),
            "delegat",
        )
        for chapter, point in version.all_points()
        if not any(role.strip() for role in point.delegat)
    ]


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
            _finding(
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
        for field_name in (*TEXT_FIELDS, "delegat", "ersattare"):
            value = getattr(point, field_name)
            text = "\n".join(value) if isinstance(value, list) else value
            words = mixed_words(text)
            if words:
                shown = ", ".join(
                    f'"{w}" ({describe_letters(w)}; rättas till "{repair_word(w, known)}")'
                    for w in dict.fromkeys(words)
                )
                findings.append(
                    _finding(
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
    for field_name in ("delegat", "ersattare"):
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
        places.append(("Inledning", "", section.heading, section.text, (), False))
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
            _finding(
                Severity.VARNING if pending else Severity.FEL,
                "platshallare",
                chapter,
                nr,
                message,
                uids,
            )
        )
    return findings


def check_dates(version: Version, sources: list[Source], facts: Facts) -> list[Finding]:
    own = [
        Source(f"revideringstabellen i {version.name}", f"{r.beslut} {r.text}", in_version=True)
        for r in version.revisions
    ]
    own += [
        Source(f"dokumenthuvudet i {version.name} ({name})", f"{value}", in_version=True)
        for name, value in version.header.items()
    ]
    return [
        _finding(
            Severity.FEL,
            "motstridigt-datum",
            "Revideringar" if conflict.in_version else "",
            "",
            describe(conflict),
        )
        for conflict in conflicts([*own, *sources], facts)
    ]


def check_roles(version: Version, roles: RoleRegister | None) -> list[Finding]:
    if roles is None:
        return []
    if not len(roles):
        return [
            _finding(
                Severity.INFO,
                "okand-roll",
                "",
                "",
                "Rollregistret är tomt: lägg till de titlar som får vara delegat "
                "(Roller… → Hämta ur utkasten), så kontrolleras stavningen.",
            )
        ]
    findings = []
    for chapter, point in version.all_points():
        for field_name in ("delegat", "ersattare"):
            for name in getattr(point, field_name):
                role = roles.find(name)
                if role is not None and not role.retired:
                    continue
                label = FIELD_LABELS[field_name]
                if role is None:
                    severity = Severity.VARNING
                    message = f'{label} "{name}" i punkt {point.nr} finns inte i rollregistret.'
                else:
                    severity = (
                        Severity.VARNING
                        if version.status == VersionStatus.UTKAST
                        else Severity.INFO
                    )
                    message = (
                        f'{label} "{name}" i punkt {point.nr} är en titel som har bytts ut mot '
                        f'"{role.replaced_by}".'
                    )
                findings.append(
                    _finding(
                        severity,
                        "okand-roll",
                        chapter.title,
                        point.nr,
                        message,
                        (point.uid,),
                        field_name,
                    )
                )
    return findings
