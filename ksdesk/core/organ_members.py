"""The organ's members register replaced by a new list (the nämnd after an election or a
fyllnadsval): who is new, who stays and who leaves."""

from __future__ import annotations

from dataclasses import replace

from ksdesk.core.organ import Fortroendevald

MEMBERS_KIND = "ledamöter och ersättare"  # what an import report of the register reads


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def merged_register(
    old: list[Fortroendevald], new: list[Fortroendevald]
) -> tuple[list[Fortroendevald], list[Fortroendevald]]:
    """The register the new list gives, in its order, and those of the old one not in it.
    Someone in both keeps their row's id and uuid: the register's history and a team's sync
    follow the person, whatever their role or party now."""
    kept = {_key(m.name): m for m in old}
    result = []
    for person in new:
        before = kept.pop(_key(person.name), None)
        if before is None:
            result.append(replace(person))
        else:
            result.append(replace(person, id=before.id, uuid=before.uuid))
    return result, list(kept.values())
