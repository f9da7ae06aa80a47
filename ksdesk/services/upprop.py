"""The upprop together with the organ's members register: adding an ersättare or a
tjänstgörande ledamot during the meeting puts them in the upprop and, when asked, in the
register so the next meeting calls them too. Both are written, and undone, as one."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field

from ksdesk.core import narvaro
from ksdesk.core.errors import InvalidInput
from ksdesk.core.organ import ROLES, Fortroendevald
from ksdesk.core.protokoll import OTHER_ROLE, Deltagare
from ksdesk.core.topics import Topic
from ksdesk.db import meeting_repo, organ_repo, upprop_repo
from ksdesk.db.connection import Store


@dataclass
class UppropState:
    """The upprop of a meeting and the members register of its organ, as one value (the
    before and after of an undoable edit)."""

    upprop: list[Deltagare] = field(default_factory=list)
    members: list[Fortroendevald] = field(default_factory=list)


def upprop_problem(upprop: list[Deltagare]) -> str:
    """What makes an upprop impossible to save (Swedish), or ""."""
    seen: set[str] = set()
    for a in upprop:
        if not a.name.strip():
            return "Varje person i uppropet måste ha ett namn."
        if a.name in seen:
            return f"{a.name} finns två gånger i uppropet."
        seen.add(a.name)
        if a.role not in (*ROLES, OTHER_ROLE):
            return f"Okänd roll ”{a.role}” för {a.name}."
        wrong = narvaro.problem(a)
        if wrong:
            return wrong
    return ""


def current(store: Store, meeting_id: int) -> UppropState:
    meeting = meeting_repo.get(store, meeting_id)
    return UppropState(
        upprop=upprop_repo.list_for_meeting(store, meeting_id),
        members=organ_repo.get(store, meeting.organ_id).members,
    )


def with_person(store: Store, meeting_id: int, person: Deltagare, *, register: bool) -> UppropState:
    """The upprop and register once `person` is added (nothing is written: `restore` writes
    it, so the same value undoes and redoes). Refused in Swedish: no name, a name already in
    the upprop, an ersättare replacing someone who is not a ledamot."""
    state = current(store, meeting_id)
    person = deepcopy(person)
    person.name, person.party = " ".join(person.name.split()), person.party.strip()
    if not person.name:
        raise InvalidInput("Skriv personens namn.")
    same = next((a for a in state.upprop if a.name.casefold() == person.name.casefold()), None)
    if same is not None:
        raise InvalidInput(f"{same.name} finns redan i uppropet.")
    if person.replaces:
        ledamot = next((a for a in state.upprop if a.name == person.replaces), None)
        if ledamot is None or not ledamot.is_ledamot:
            raise InvalidInput(
                f"{person.replaces} är inte ledamot i uppropet och kan inte ersättas."
            )
        if not person.is_ersattare:
            raise InvalidInput("Bara en ersättare kan ersätta en ledamot.")
    if person.role != OTHER_ROLE:
        person.title = ""
    # Ledamöter and ersättare before the tjänstemän, as the protokoll lists them.
    place = len(state.upprop)
    if person.role != OTHER_ROLE:
        place = 1 + max((i for i, a in enumerate(state.upprop) if a.role != OTHER_ROLE), default=-1)
    state.upprop.insert(place, person)
    known = {m.name.casefold() for m in state.members}
    if register and person.role != OTHER_ROLE and person.name.casefold() not in known:
        state.members.append(Fortroendevald(person.name, person.party, person.role))
    return state


def restore(store: Store, meeting_id: int, state: UppropState) -> Topic:
    """Write the upprop and the register exactly as `state` holds them."""
    wrong = upprop_problem(state.upprop)
    if wrong:
        raise InvalidInput(wrong)
    with store.atomic():
        meeting = meeting_repo.get(store, meeting_id)
        organ = organ_repo.get(store, meeting.organ_id)
        upprop_repo.replace_all(store, meeting_id, deepcopy(state.upprop))
        if [(m.name, m.party, m.role) for m in organ.members] != [
            (m.name, m.party, m.role) for m in state.members
        ]:
            organ.members = deepcopy(state.members)
            organ_repo.save(store, organ)
    return Topic.PROTOKOLL
