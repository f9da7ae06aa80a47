"""The organ's ledamöter and ersättare read from a pasted list (the kommun's web page of the
nämnd, a protokoll's närvarolista) as the new members register, with a report of what was
read, what was not and who leaves the register. Nothing is saved here: the organ's dialog
shows the report and saves the register with the organ (one undoable edit)."""

from __future__ import annotations

from ksdesk.core.errors import InvalidInput
from ksdesk.core.organ import Fortroendevald
from ksdesk.core.organ_members import merged_register, roles_held_twice
from ksdesk.interchange.members_paste import MembersRead, read_members
from ksdesk.interchange.wrong_intake import MEMBERS_INTAKE, refuse_wrong_kind, text_rows


def _described(person: Fortroendevald) -> str:
    if person.personlig_for:
        return f"{person.display}, personlig ersättare för {person.personlig_for}"
    return f"{person.display}, {person.role}"


def members_from_text(text: str, register: list[Fortroendevald]) -> MembersRead:
    """The register a pasted list gives (people already in `register` keep their rows) and
    its report; InvalidInput (Swedish) when the text names no one."""
    refuse_wrong_kind(text_rows(text), "Den inklistrade texten", MEMBERS_INTAKE)
    read = read_members(text)
    if not read.members:
        raise InvalidInput(
            "Ingen ledamot eller ersättare lästes ur texten. Klistra in nämndens lista med en "
            "person per rad, t.ex. ”Anna Andersson (S), ordförande”, eller tabellen från "
            "kommunens webbsida."
        )
    members, leaving = merged_register(register, read.members)
    read.members = members
    spelt = {m.id: m.name for m in register if m.id is not None}
    for person in members:
        if person.id in spelt and spelt[person.id] != person.name:
            read.report.change(
                person.name,
                f"samma person som {spelt[person.id]} i registret",
                "namnet stavat olika",
            )
    read.report.read += [_described(person) for person in members]
    for person in leaving:
        read.report.warn(person.name, "finns inte i listan", "tas bort ur registret")
    for sentence in roles_held_twice(members):
        read.report.warn_sentence(
            "Listan", f"{sentence} Rätta rollen i registret innan upproppet tas."
        )
    return read
