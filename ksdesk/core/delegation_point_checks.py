"""The checks of a delegationsordning's points as a list: their numbers and who decides.

- Numbers, in document order (numbering may run across chapters): `saknar-nr`, `dubblett-nr`
  (a delegationsbeslut citing "punkt 85" is ambiguous), `ordning` (backwards) and `lucka` (a
  number skipped). A document written with no numbers at all gets one note, not a fel on every
  point; one that numbers each chapter from 1 again is checked chapter by chapter
  (`numbering_groups`).
- Delegat: `saknar-delegat` (nobody may take the decision), and `okand-roll`, a delegat or
  ersättare not in the role register, or a retired title still standing.
"""

from __future__ import annotations

from ksdesk.core.delegation import Chapter, Point, Version, VersionStatus
from ksdesk.core.delegation_check_codes import check_finding
from ksdesk.core.delegation_diff import FIELD_LABELS, ROLE_FIELDS
from ksdesk.core.delegation_numbering import gap_between, nr_key, numbering_groups
from ksdesk.core.delegation_roles import RoleRegister
from ksdesk.core.findings import Finding, Severity


def check_numbers(version: Version) -> list[Finding]:
    """saknar-nr, dubblett-nr, ordning and lucka, in document order (numbering may run across
    chapters, or start again in each)."""
    points = version.all_points()
    if points and not any(nr_key(point.nr) for _, point in points):
        # A document written without numbers (some kommuner's are): one note, not a fel on
        # every point.
        message = (
            "Ingen punkt har nummer, som i dokumentet. Numrera punkterna om delegationsbesluten "
            "ska kunna hänvisa till dem."
        )
        return [check_finding(Severity.INFO, "saknar-nr", "", "", message)]
    findings = []
    for group in numbering_groups(version):
        findings += _check_run(group)
    return findings


def _check_run(points: list[tuple[Chapter, Point]]) -> list[Finding]:
    """The number checks over one run of points that share a numbering."""
    findings = []
    seen: dict[tuple, tuple[Chapter, Point]] = {}
    previous: tuple[Chapter, Point] | None = None
    for chapter, point in points:
        key = nr_key(point.nr)
        if not key:
            findings.append(
                check_finding(
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
            if key < prev_key and not _parts_in_own_order(prev_key, key):
                findings.append(
                    check_finding(
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
                    check_finding(
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


def _parts_in_own_order(previous: tuple, current: tuple) -> bool:
    """True when two numbers begin with different letter codes ("M.1.3", "L.1.1"): the codes
    name the document's parts (Miljöbalken, Livsmedel), which come in the order the nämnd
    chose, not the alphabet's."""
    first, second = previous[0], current[0]
    return first[0] == second[0] == 1 and first != second


def _duplicate(chapter: Chapter, point: Point, first_chapter: Chapter, first: Point) -> Finding:
    where = "samma kapitel" if first_chapter is chapter else first_chapter.title
    return check_finding(
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
        check_finding(
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


def check_roles(version: Version, roles: RoleRegister | None) -> list[Finding]:
    if roles is None:
        return []
    if not len(roles):
        return [
            check_finding(
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
        for field_name in ROLE_FIELDS:
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
                    check_finding(
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
