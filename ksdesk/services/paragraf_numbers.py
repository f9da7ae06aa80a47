"""The §§ of a meeting numbered in the agenda's order, continuing the organ's year: one
after the year's earlier §§ in the file, or, for the first meeting of the year the file
holds, where the secretary said the meeting begins (the year's earlier §§ kept elsewhere).
A later meeting whose protokoll is begun but not justerat moves on after it."""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.core import narvaro
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import format_date
from ksdesk.core.meeting import Sammantrade, numbered
from ksdesk.core.protokoll import Deltagare, Paragraf
from ksdesk.core.protokoll_rules import first_number
from ksdesk.db import meeting_repo, protokoll_repo, upprop_repo
from ksdesk.db.connection import Store


def first_number_asked(store: Store, meeting: Sammantrade) -> bool:
    """Whether a protokoll not yet begun asks where its §§ begin: the file holds none of the
    organ's earlier §§ of the year (a nämnd starting with ksdesk in the autumn is at § 187,
    not § 1)."""
    return not _earlier(meeting, _others_in_year(store, meeting))


def planned_numbers(store: Store, meeting: Sammantrade, asked: int | None = None) -> list[int]:
    """The §§ starting the protokoll would give the meeting now: one a numbered ärende of its
    agenda, from one after the year's earlier §§ in the file, else from `asked` (Första §),
    else from § 1. What the upprop's hint speaks of before the start."""
    count = sum(1 for number, _item in numbered(meeting.items) if number is not None)
    earlier = _earlier(meeting, _others_in_year(store, meeting))
    first = first_number(earlier) if earlier else max(asked or 1, 1)
    return list(range(first, first + count))


def _others_in_year(store: Store, meeting: Sammantrade) -> list[tuple[int, str]]:
    """(number, ISO day) of the organ's §§ of the year in other meetings."""
    return protokoll_repo.numbers_in_year(
        store, meeting.organ_id, meeting.date.year, exclude_meeting=meeting.id
    )


def _earlier(meeting: Sammantrade, others: list[tuple[int, str]]) -> list[int]:
    return [n for n, day in others if day < meeting.date.isoformat()]


def renumber(
    store: Store, meeting: Sammantrade, ordered: list[Paragraf], asked: int | None = None
) -> None:
    others = _others_in_year(store, meeting)
    earlier = _earlier(meeting, others)
    first = _first_of(meeting, ordered, earlier, asked)
    wanted = list(range(first, first + len(ordered)))
    later = _later_to_move(store, meeting, wanted)
    moved = {p.nr for _m, paragrafer, _n in later for p in paragrafer}
    clash = sorted((n, day) for n, day in others if n in set(wanted) - moved)
    if clash:
        number, day = clash[0]
        raise InvalidInput(
            f"Paragraferna {first}–{wanted[-1]} behövs för sammanträdet "
            f"{format_date(meeting.date)}, men § {number} finns redan i sammanträdet {day}, "
            "vars protokoll är justerat eller har en paragraf som justerats omedelbart. "
            "Kontrollera numreringen innan protokollet skrivs."
        )
    # Two passes: the unique index must never see two §§ with the same number.
    for paragraf in [*ordered, *(p for _m, paragrafer, _n in later for p in paragrafer)]:
        if paragraf.id is not None:
            protokoll_repo.set_number(store, paragraf.id, -paragraf.id)
    _numbered(store, meeting.id, ordered, wanted)
    for later_meeting, paragrafer, numbers in later:
        _numbered(store, later_meeting.id, paragrafer, numbers)


def _numbered(store: Store, meeting_id: int, ordered: list[Paragraf], wanted: list[int]) -> None:
    """Give `ordered` the numbers `wanted` (its stored §§ already out of the way)."""
    _move_narvaro(store, meeting_id, ordered, wanted)
    for number, paragraf in zip(wanted, ordered, strict=True):
        paragraf.nr = number
        if paragraf.id is None:
            protokoll_repo.save(store, paragraf)
        else:
            protokoll_repo.set_number(store, paragraf.id, number)


@dataclass
class LaterNumbers:
    """A later meeting's §§ as numbered (paragraf id → §) and who was there for which §§:
    what starting an earlier meeting's protokoll may move, and its undo puts back."""

    numbers: dict[int, int]
    upprop: list[Deltagare]


def later_numbers(store: Store, meeting: Sammantrade) -> dict[int, LaterNumbers]:
    """The organ's later meetings of the year whose protokoll is begun, by meeting id."""
    found = {}
    for later in _later_in_year(store, meeting):
        paragrafer = protokoll_repo.list_for_meeting(store, later.id)
        if paragrafer:
            numbers = {p.id: p.nr for p in paragrafer}
            found[later.id] = LaterNumbers(numbers, upprop_repo.list_for_meeting(store, later.id))
    return found


def moved_aside(store: Store, wanted: dict[int, LaterNumbers]) -> list[tuple[int, int]]:
    """Move the §§ of later meetings whose number is not the one `wanted` out of the way
    (the unique index must never see two §§ with one number); (id, §) to give them after."""
    moves = []
    for meeting_id, state in wanted.items():
        now = {p.id: p.nr for p in protokoll_repo.list_for_meeting(store, meeting_id)}
        for paragraf_id, number in state.numbers.items():
            if paragraf_id in now and now[paragraf_id] != number:
                protokoll_repo.set_number(store, paragraf_id, -paragraf_id)
                moves.append((paragraf_id, number))
    return moves


def put_back(store: Store, wanted: dict[int, LaterNumbers], moves: list[tuple[int, int]]) -> None:
    """The numbers `moved_aside` took away, and the later meetings' upprop, as `wanted`."""
    for paragraf_id, number in moves:
        protokoll_repo.set_number(store, paragraf_id, number)
    for meeting_id, state in wanted.items():
        upprop_repo.replace_all(store, meeting_id, state.upprop)  # writes only changed rows


def _later_in_year(store: Store, meeting: Sammantrade) -> list[Sammantrade]:
    """The organ's meetings of the year after `meeting`, in order."""
    year = [
        m
        for m in meeting_repo.list_headers(store)
        if m.organ_id == meeting.organ_id
        and m.date.year == meeting.date.year
        and (m.date, m.time) > (meeting.date, meeting.time)
        and m.id != meeting.id
    ]
    return sorted(year, key=lambda m: (m.date, m.time))


def _later_to_move(
    store: Store, meeting: Sammantrade, wanted: list[int]
) -> list[tuple[Sammantrade, list[Paragraf], list[int]]]:
    """A meeting held before another whose protokoll is already begun (an extra sammanträde,
    or the next meeting's protokoll started early): the later meetings' §§, none of them
    justerat yet, move on after this one's, in order. (meeting, its §§, their new numbers);
    nothing when a later protokoll that would have to move is justerat (refused above)."""
    if not wanted:
        return []
    moves = []
    after = wanted[-1]
    for later in _later_in_year(store, meeting):
        paragrafer = protokoll_repo.list_for_meeting(store, later.id)
        if not paragrafer:
            continue  # not begun: it will number on from what comes before it
        if paragrafer[0].nr > after:
            break  # already after: the rest of the year is too
        justering = protokoll_repo.get_justering(store, later.id)
        signed = justering is not None and justering.justerat is not None
        if signed or any(p.omedelbar_justering for p in paragrafer):
            return []  # a justerat § keeps its number (it may be sent): the clash is refused
        numbers = list(range(after + 1, after + 1 + len(paragrafer)))
        moves.append((later, paragrafer, numbers))
        after = numbers[-1]
    return moves


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


def paragraf_of_item(store: Store, meeting_id: int, item_id: int | None) -> int | None:
    """The § number the ärende has in its meeting's protokoll (None: not started, or none):
    what the question before deleting it names."""
    found = protokoll_repo.list_for_meeting(store, meeting_id)
    return next((p.nr for p in found if item_id is not None and p.item_id == item_id), None)
