"""A note under a Word delegationsordning's point table that explains a star in its cells.

"* Förvaltningschef får vidaredelegera beslutanderätten." under a table belongs to the points
whose cells carry its star: it goes to their Anmärkning, and the star leaves their roles.
"""

from __future__ import annotations

import re

from ksdesk.core.delegation import Point
from ksdesk.core.import_report import ImportReport

# A note under a table that explains a star in its cells: "* …", "** …".
_STAR_NOTE = re.compile(r"^(\*{1,3})\s*\S")


def star_note(points: list[Point], text: str, where: str, report: ImportReport) -> bool:
    """The note on the `points` (the table above) whose cells carry its star, added to their
    Anmärkning, with a line in the report. True when some point carries it."""
    stars = _STAR_NOTE.match(text)
    if not stars:
        return False
    mark = re.compile(rf"(?<!\*){re.escape(stars.group(1))}(?!\*)")
    carried = [p for p in points if any(mark.search(v) for v in _texts(p))]
    roles_before = [(p.delegat, p.ersattare) for p in carried]
    for point in carried:
        point.anmarkning = "\n".join(t for t in (point.anmarkning, text) if t)
        # "Förvaltningschef *": the star points at the note, now in Anmärkning; the role
        # is "Förvaltningschef", as the list of roles and the checks know it.
        point.delegat = [_unstarred(role, mark) for role in point.delegat]
        point.ersattare = [_unstarred(role, mark) for role in point.ersattare]
    if carried:
        numbers = ", ".join(p.nr or f"”{p.arende[:30]}”" for p in carried)
        why = f"anmärkning under tabellen: i Anmärkning för {numbers}"
        if roles_before != [(p.delegat, p.ersattare) for p in carried]:
            why += f"; tecknet {stars.group(1)} efter rollen togs bort"
        report.change(where, text, why)
    return bool(carried)


def _unstarred(role: str, mark: re.Pattern[str]) -> str:
    """The role without the note's star at its end ("Förvaltningschef *")."""
    found = mark.search(role)
    if found is None or role[found.end() :].strip():
        return role
    return role[: found.start()].rstrip() or role


def _texts(point: Point) -> list[str]:
    return [point.arende, point.lagrum, *point.delegat, *point.ersattare, *point.extra.values()]
