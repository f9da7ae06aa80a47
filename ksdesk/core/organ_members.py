"""The organ's members register replaced by a new list (the nämnd after an election or a
fyllnadsval): who is new, who stays and who leaves."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Protocol

from ksdesk.core.listing import and_listed
from ksdesk.core.organ import Fortroendevald

MEMBERS_KIND = "ledamöter och ersättare"  # what an import report of the register reads


# "Björn Wallén" and "Björn Wallen" are one person; å, ä and ö are letters of their own
# ("Åsa" is not "Asa").
_ACCENTS = str.maketrans("éèêëáàíìóòúùü", "eeeeaaiioouuu")


def person_key(name: str) -> str:
    """What two spellings of one person's name have in common: spaces, case and accents
    aside."""
    return " ".join(name.split()).casefold().translate(_ACCENTS)


class _Named(Protocol):
    name: str
    party: str


_PARTY_WRITTEN = re.compile(r"\([^()]{1,12}\)\s*$")


def without_party(name: str) -> str:
    """ "Marianne Pleijel (M)" as "Marianne Pleijel": the name a register keeps."""
    return _PARTY_WRITTEN.sub("", name).strip()


def with_party(name: str, people: Iterable[_Named]) -> str:
    """The name as a signature prints it: "Tommy Rydfeldt (L)" for "Tommy Rydfeldt" when
    one of `people` (the register, the upprop) of that name has a party, as Kungsbacka's
    kallelser and protokoll sign; a name written with its party, or no one's, as written
    (walk37 #12)."""
    if not name.strip() or _PARTY_WRITTEN.search(name):
        return name
    key = person_key(name)
    party = next((p.party for p in people if p.party and person_key(p.name) == key), "")
    return f"{name.strip()} ({party})" if party else name


def merged_register(
    old: list[Fortroendevald], new: list[Fortroendevald]
) -> tuple[list[Fortroendevald], list[Fortroendevald]]:
    """The register the new list gives, in its order, and those of the old one not in it.
    Someone in both keeps their row's id and uuid: the register's history and a team's sync
    follow the person, whatever their role or party now."""
    kept = {person_key(m.name): m for m in old}
    result = []
    for person in new:
        before = kept.pop(person_key(person.name), None)
        if before is None:
            result.append(replace(person))
        else:
            result.append(replace(person, id=before.id, uuid=before.uuid))
    return result, list(kept.values())


# The roles one person holds at a time: a second ordförande is a misread role (a pasted
# "2:e vice" / "ordförande" broken over two lines), and the protokoll would print it.
SINGLE_ROLES = ("ordförande", "1:e vice ordförande", "2:e vice ordförande")


class _Holder(Protocol):
    @property
    def display(self) -> str: ...

    role: str


def roles_held_twice(people: Iterable[_Holder]) -> list[str]:
    """A sentence for each of SINGLE_ROLES more than one of `people` hold ("Anna Ek (S) och
    Lars Berg (M) har båda rollen ordförande; bara en kan ha den.")."""
    people = list(people)
    sentences = []
    for role in SINGLE_ROLES:
        holders = [person.display for person in people if person.role == role]
        if len(holders) > 1:
            both = "båda" if len(holders) == 2 else "alla"
            sentences.append(f"{and_listed(holders)} har {both} rollen {role}; bara en kan ha den.")
    return sentences
