"""The checks of a delegationsordning: each finding has a code, a severity and a Swedish message.

Severities (what a secretary is meant to do about them):
- error: the document is wrong as it stands and must be corrected before it is adopted:
  `dubblett-nr` (a delegationsbeslut citing "punkt 85" is ambiguous), `saknar-delegat`
  (nobody may take the decision), `motstridigt-datum` (one § with two dates), `platshallare`
  anywhere except the draft's own pending revision row (nothing will fill it in),
  `personnummer` anywhere (the ordning is published as it stands; the check is in
  core/delegation_personal_checks.py).
- warning: probably a mistake, worth a look: `ordning`, `lucka`, `okand-forkortning`,
  `blandad-skrift` (prints right, but search and screen readers fail; one-click fix),
  `okand-roll`, and `platshallare` in a draft's pending revision row ("KS 2020-XX-XX § XX"),
  which adopting the draft fills in; `delad-del`, a part of the ordning whose chapters do
  not stand together (its title would be printed twice); `hanvisning`, a point's "Se punkt
  4.3" where no point 4.3 is (core/delegation_references.py).
- info: for the record: a retired title still standing in an adopted version, an empty
  role register.
`delegation check` exits 1 when any finding is an error: the seed's draft does (duplicate
numbers, two points without delegat, § 164 with two dates), as a secretary would expect of a
draft that must not be adopted as it is.

`check_version` runs them all. The checks of the points as a list (numbers, delegat, roles)
are in core/delegation_point_checks.py, those of their text (abbreviations, look-alike
letters, placeholders) in core/delegation_text_checks.py, the codes and how a finding is made
in core/delegation_check_codes.py; the dates cited are checked here, by
core/delegation_citations.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ksdesk.core.delegation import Version, part_starts
from ksdesk.core.delegation_check_codes import (
    CODE_LABELS,
    CODES,
    JSON_SEVERITY,
    TEXT_FIELDS,
    check_finding,
    code_text,
    finding_json,
)
from ksdesk.core.delegation_citations import Citation, Facts, Source, conflicts, describe
from ksdesk.core.delegation_personal_checks import check_personnummer
from ksdesk.core.delegation_point_checks import check_delegat, check_numbers, check_roles
from ksdesk.core.delegation_references import check_references
from ksdesk.core.delegation_roles import RoleRegister
from ksdesk.core.delegation_text_checks import (
    COMMON_ABBREVIATIONS,
    abbreviations_in,
    check_abbreviations,
    check_mixed_script,
    check_placeholders,
    fix_mixed_point,
    version_vocabulary,
)
from ksdesk.core.findings import Finding, Severity

# The names callers import from here, wherever they now live.
__all__ = [
    "CODES",
    "CODE_LABELS",
    "COMMON_ABBREVIATIONS",
    "JSON_SEVERITY",
    "TEXT_FIELDS",
    "CheckContext",
    "abbreviations_in",
    "check_abbreviations",
    "check_dates",
    "check_delegat",
    "check_mixed_script",
    "check_numbers",
    "check_parts",
    "check_placeholders",
    "check_references",
    "check_roles",
    "check_version",
    "code_text",
    "finding_json",
    "fix_mixed_point",
    "version_vocabulary",
]


@dataclass
class CheckContext:
    """What the checks need beyond the version itself."""

    roles: RoleRegister | None = None
    sources: list[Source] = field(default_factory=list)
    # What the file's texts cite, found once (citations_in) and kept while they stay the
    # same: an edit of the delegationsordning changes none of them.
    citations: Sequence[Citation] = ()
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
    findings += check_dates(version, ctx.sources, ctx.facts, ctx.citations)
    findings += check_roles(version, ctx.roles)
    findings += check_parts(version)
    findings += check_personnummer(version)
    findings += check_references(version)
    return findings


def check_parts(version: Version) -> list[Finding]:
    """A part begun again after other chapters ("Del A", "Del B", then "Del A" once more):
    on paper its title stands twice, as if two parts had one name."""
    findings = []
    seen: set[str] = set()
    for chapter, part in zip(version.chapters, part_starts(version.chapters), strict=True):
        if part and part in seen:
            findings.append(
                check_finding(
                    Severity.VARNING,
                    "delad-del",
                    chapter.title,
                    "",
                    f"Kapitlet hör till delen ”{part}”, men står inte i följd med delens "
                    "andra kapitel: delens rubrik skrivs ut en gång till över det. Flytta "
                    "kapitlet till de andra, eller ge det en annan del.",
                )
            )
        seen.add(part or "")
    return findings


def check_dates(
    version: Version, sources: list[Source], facts: Facts, found: Sequence[Citation] = ()
) -> list[Finding]:
    own = [
        Source(f"revideringstabellen i {version.name}", f"{r.beslut} {r.text}", in_version=True)
        for r in version.revisions
    ]
    own += [
        Source(f"dokumenthuvudet i {version.name} ({name})", f"{value}", in_version=True)
        for name, value in version.header.items()
    ]
    return [
        check_finding(
            Severity.FEL,
            "motstridigt-datum",
            "Revideringar" if conflict.in_version else "",
            "",
            describe(conflict),
        )
        for conflict in conflicts([*own, *sources], facts, found)
    ]
