"""The §§ of a meeting numbered in the agenda's order, continuing the organ's year: one
after the year's earlier §§ in the file, or, for the first meeting of the year the file
holds, where the secretary said the meeting begins (the year's earlier §§ kept elsewhere)."""

from __future__ import annotations

from ksdesk.core import narvaro
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import format_date
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.protokoll import Paragraf
from ksdesk.core.protokoll_rules import first_number
from ksdesk.db import protokoll_repo, upprop_repo
from ksdesk.db.connection import Store


def renumber(
    store: Store, meeting: Sammantrade, ordered: list[Paragraf], asked: int | None = None
) -> None:
    others = protokoll_repo.numbers_in_year(
        store, meeting.organ_id, meeting.date.year, exclude_meeting=meeting.id
    )
    earlier = [n for n, day in others if day < meeting.date.isoformat()]
    first = _first_of(meeting, ordered, earlier, asked)
    wanted = list(range(first, first + len(ordered)))
    clash = sorted({n for n, _day in others} & set(wanted))
    if clash:
        raise InvalidInput(
            f"Paragraferna {first}–{wanted[-1]} behövs för sammanträdet "
            f"{format_date(meeting.date)}, men § {clash[0]} finns redan i ett annat "
            "sammanträde samma år. Kontrollera numreringen innan protokollet skrivs."
        )
    _move_narvaro(store, meeting.id, ordered, wanted)
    # Two passes: the unique index must never see two §§ with the same number.
    for paragraf in ordered:
        if paragraf.id is not None:
            protokoll_repo.set_number(store, paragraf.id, -paragraf.id)
    for number, paragraf in zip(wanted, ordered, strict=True):
        paragraf.nr = number
        if paragraf.id is None:
            protokoll_repo.save(store, paragraf)
        else:
            protokoll_repo.set_number(store, paragraf.id, number)


def _first_of(
    meeting: Sammantrade, ordered: list[Paragraf], earlier: list[int], asked: int | None
) -> int:
    """The meeting's first §: one after the year's earlier §§ in the file; with none, the
    number asked for, else the one the meeting began at before (a start the secretary set
    is kept), else 1."""
    if asked is not None:
        if asked < 1:
            raise InvalidInput("Första paragrafen måste vara 1 eller högre.")
        if earlier and asked <= max(earlier):
            raise InvalidInput(
                f"Sammanträdet kan inte börja på § {asked}: ett tidigare sammanträde "
                f"{meeting.date.year} har redan § {max(earlier)}. Paragraferna fortsätter "
                f"från § {max(earlier) + 1}."
            )
        return asked
    if earlier:
        return first_number(earlier)
    own = [p.nr for p in ordered if p.id is not None and p.nr > 0]
    return min(own, default=1)


def _move_narvaro(
    store: Store, meeting_id: int, ordered: list[Paragraf], wanted: list[int]
) -> None:
    """Stretches of presence follow their agenda items when the §§ are renumbered."""
    moves = {
        p.nr: number
        for p, number in zip(ordered, wanted, strict=True)
        if p.id is not None and p.nr > 0 and p.nr != number
    }
    people = upprop_repo.list_for_meeting(store, meeting_id) if moves else []
    if not people:
        return
    for person in people:
        person.narvaro = narvaro.renumbered(person.narvaro, moves)
    upprop_repo.replace_all(store, meeting_id, people)
