"""Finding a meeting by its day, as the command line names meetings: `--meeting 2020-12-07`
and, when more than one organ meets that day, `--organ Kommunstyrelsen`. Two organs on one
day are never resolved by guessing: the lookup refuses and names them."""

from __future__ import annotations

from datetime import date

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.format import format_date
from ksdesk.core.listing import and_listed
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store


class SeveralMeetings(InvalidInput):
    """More than one organ meets on the day asked for; `organs` names them."""

    def __init__(self, day: date, organs: list[str]) -> None:
        self.organs = organs
        example = f'"{organs[0]}"' if " " in organs[0] else organs[0]  # as typed in a shell
        super().__init__(
            f"Den {format_date(day)} sammanträder {len(organs)} nämnder: "
            f"{and_listed(organs)}. Ange vilken med --organ, till exempel --organ {example}."
        )


def find_meeting(
    store: Store, day: date, organ: str | None = None, *, with_items: bool = True
) -> Sammantrade:
    """The meeting held on `day` (of the organ named `organ`, by name or short name, when
    given). NotFound when there is none; SeveralMeetings when two organs meet that day and
    no organ is named."""
    found = meeting_repo.find_all_by_date(store, day)
    if organ is not None:
        wanted = find_organ(store, organ)
        found = [m for m in found if m.organ_id == wanted.id]
        if not found:
            raise NotFound(f"{wanted.name} har inget sammanträde den {format_date(day)}.")
    if not found:
        raise NotFound(f"Det finns inget sammanträde den {format_date(day)}.")
    if len(found) > 1:
        raise SeveralMeetings(day, [organ_repo.get(store, m.organ_id).name for m in found])
    return meeting_repo.get(store, found[0].id, with_items=with_items)


def meeting_label(store: Store, meeting: Sammantrade) -> str:
    """ "Kommunstyrelsen, sammanträdet 2020-12-07": which meeting a command worked on."""
    organ = organ_repo.get(store, meeting.organ_id)
    return f"{organ.name}, sammanträdet {format_date(meeting.date)}"


def find_organ(store: Store, name: str) -> Organ:
    """The organ called `name` (its name in any case, or its short name); NotFound naming
    the organs there are, and the closest one when the name looks mistyped."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        raise InvalidInput("Ange nämndens namn efter --organ.")
    organs = organ_repo.list_all(store)
    found = [o for o in organs if wanted in (o.name.casefold(), o.short.casefold())]
    if len(found) > 1:
        # Two secretaries' files once each put "the same" nämnd on the server (walk35 #2):
        # which one is meant is not guessed.
        raise InvalidInput(
            f"Det finns {len(found)} nämnder som heter ”{found[0].name}”, och ksdesk väljer "
            "inte mellan dem. Ge den ena ett eget namn (Nämndens inställningar …) och ange "
            "det med --organ."
        )
    if found:
        return found[0]
    names = [o.name for o in organs]
    from ksdesk.core.near_names import closest_organ, did_you_mean  # only for a name missed

    close = closest_organ(name, names)
    hint = f" {did_you_mean(close)}" if close is not None else ""
    raise NotFound(
        f"Det finns ingen nämnd som heter ”{name.strip()}”.{hint} "
        f"Nämnder i databasen: {and_listed(names) or 'inga'}."
    )
