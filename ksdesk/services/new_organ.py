"""An organ first named by a meeting (`ksdesk meeting create --organ …`, the new-meeting
dialog): created in the transaction that saves the meeting, unless its name is a near miss
of an organ the file has."""

from __future__ import annotations

from ksdesk.core.errors import InvalidInput
from ksdesk.core.organ import Organ, default_standard_items
from ksdesk.db import organ_repo
from ksdesk.db.connection import Store


def new_organ(store: Store, name: str, place: str) -> Organ:
    """An organ first named by a meeting, saved (see `organ_to_create`)."""
    organ = organ_to_create(store, name, place)
    organ_repo.save(store, organ)
    return organ


def organ_to_create(store: Store, name: str, place: str) -> Organ:
    """An organ first named by a meeting, not yet saved: of the kommun the file's other
    organs belong to (every kallelse and protokoll heads its pages with it), with the
    stående ärenden an organ of its kind has. Refused when the name is a near miss of one
    there is."""
    organs = organ_repo.list_all(store)
    _refuse_near_miss(name, [o.name for o in organs])
    kommuner = {o.kommun for o in organs if o.kommun.strip()}
    return Organ(
        name,
        kommun=kommuner.pop() if len(kommuner) == 1 else "",
        default_place=place,
        standard_items=default_standard_items(name),
    )


def _refuse_near_miss(name: str, names: list[str]) -> None:
    # On use: the window's start reads meetings, it never names an organ.
    from ksdesk.core.near_names import closest_organ, did_you_mean

    close = closest_organ(name, names)
    if close is not None:
        raise InvalidInput(
            f"Det finns ingen nämnd som heter ”{name}”. {did_you_mean(close)} "
            "(En ny nämnd skapas bara när namnet inte liknar en som finns.)"
        )
