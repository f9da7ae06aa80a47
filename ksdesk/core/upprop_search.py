"""Finding a person in the upprop by what the secretary types: a part of the name, the party
("s", "sd") or the start of the role ("ersättare"); and the role as the upprop shows it."""

from __future__ import annotations

from ksdesk.core.organ import ROLES
from ksdesk.core.protokoll import OTHER_ROLE, Deltagare

ROLE_LABELS = {role: role[:1].upper() + role[1:] for role in ROLES} | {OTHER_ROLE: "Övrig"}


def role_label(person: Deltagare) -> str:
    """The role as the Roll column shows it: the person's own title before the role's name."""
    return person.title or ROLE_LABELS.get(person.role, person.role)


def matches(person: Deltagare, text: str) -> bool:
    """Whether `person` fits every word of `text` (any case); every person fits no words."""
    name, party = person.name.casefold(), person.party.casefold()
    role = role_label(person).casefold()
    return all(
        word in name or word == party or role.startswith(word) for word in text.casefold().split()
    )
