"""Names written without a party before a run of people with theirs, read because a role
stands right next to them: "De ordinarie ledamöterna är Robert Forsberg, Sonia Harr (S) …",
"ledamot Anna Ek, Lars Berg (S)", "Anna Ek, ledamot, Lars Berg (S)". Only where every word
there is part of a name ("Kommunfullmäktiges Presidium" is no person). members_runs.py reads
the run and its people with a party."""

from __future__ import annotations

import re

from ksdesk.interchange.members_names import split_names
from ksdesk.interchange.members_words import ROLE, name_with_role

# "är", "blir", ":" between a role and the names it is of.
_LINKING = re.compile(r"\s*(?:(?:är|blir|var|blev)\b)?\s*:?", re.I)
_BETWEEN_NAMES = re.compile(r"\s*,\s*|\s+(?:och|samt)\s+")


def named_by_role(head: str) -> list[tuple[str, tuple[int, int]]]:
    """The names, written without party, right after a role before the run ("ledamot Anna Ek,
    ", "Ledamöterna är Anna Ek och Lars Berg, ") or right before it ("Anna Ek, ledamot, "),
    with where each stands; none unless every word there is part of a name."""
    role = ROLE.search(head)
    if role is None:
        return []
    after = _LINKING.match(head, role.end())
    spans = [(after.end() if after else role.end(), len(head)), (0, role.start())]
    for start, end in spans:
        found = _names_in(head, start, end)
        if found:
            return found
    return []


def _names_in(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    names: list[tuple[str, tuple[int, int]]] = []
    position = start
    for part in [*_BETWEEN_NAMES.finditer(text, start, end), None]:
        piece_end = part.start() if part else end
        piece = text[position:piece_end].strip()
        if piece:
            read = name_with_role(piece)
            if read is None or read[1] is not None or split_names(piece) != [piece]:
                return []  # not one person's name ("Kommunfullmäktiges Presidium")
            at = text.index(piece, position)
            names.append((piece, (at, at + len(piece))))
        position = part.end() if part else end
    return names
