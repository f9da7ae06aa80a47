"""Who the § editor offers to name in each of its lists, from the upprop (`people`) and the §:
who tjänstgör (yrkanden, reservationer), who is in the room (protokollsanteckningar), who
may be jävig and which ersättare may step in for them. Each gives (name, as shown)."""

from __future__ import annotations

from collections.abc import Callable

from ksdesk.core.protokoll import OTHER_ROLE, Deltagare, Paragraf
from ksdesk.core.protokoll_rules import display_name, seats_held, tjanstgorande

Named = list[tuple[str, str]]


def sitting(people: list[Deltagare], p: Paragraf | None) -> Named:
    """Who tjänstgör in the §: they make yrkanden, reserve themselves."""
    if p is None:
        return []
    return [(s.deltagare.name, s.deltagare.display) for s in tjanstgorande(people, p)]


def _in_room(
    people: list[Deltagare], p: Paragraf | None, keep: Callable[[Deltagare], bool]
) -> Named:
    """(name, shown) of everyone in the room at the § for whom `keep(deltagare)` holds."""
    if p is None:
        return []
    return [(a.name, a.display) for a in people if a.present_at(p.nr) and keep(a)]


def present(people: list[Deltagare], p: Paragraf | None) -> Named:
    """Who is in the room at the §, övriga excepted: a protokollsanteckning may come from
    an ersättare who does not tjänstgöra."""
    return _in_room(people, p, lambda a: a.role != OTHER_ROLE)


def javiga(people: list[Deltagare], p: Paragraf | None) -> Named:
    """Who may be recorded jävig: the ledamöter in the room, and the ersättare who sit
    in the § (for whom, as far as the upprop says): a jävig one leaves that seat."""
    if p is None:
        return []
    held = seats_held(people, p.nr)
    shown = {
        a.name: f"{a.display}, ersättare för {display_name(people, held[a.name])}"
        for a in people
        if a.is_ersattare and a.name in held
    }
    return [
        (name, shown.get(name, text))
        for name, text in _in_room(people, p, lambda a: a.is_ledamot or a.name in held)
    ]


def stand_ins(people: list[Deltagare], p: Paragraf | None) -> Named:
    """Ersättare in the room who neither tjänstgör in the § already nor are jäviga."""
    taken = {name for name, _ in sitting(people, p)} | (p.jav_names() if p else set())
    return _in_room(people, p, lambda a: a.is_ersattare and a.name not in taken)


def party_of(people: list[Deltagare], name: str) -> str:
    """The party of the person named in the upprop ("" when not there)."""
    return next((a.party for a in people if a.name == name), "")
