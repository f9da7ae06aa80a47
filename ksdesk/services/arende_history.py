"""An ärende's way through the meetings, for the screen and the JSON: the §§ that sent it
back before (återremiss, bordläggning), the agenda item that takes it up again, and where it
went after, seen from any § or agenda item of it (services.arende_follow follows it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ksdesk.core.arendegang import OPEN_UTFALL, UTFALL_LABELS, Punkt, Steg
from ksdesk.core.format import format_date
from ksdesk.db import organ_repo
from ksdesk.db.connection import Store
from ksdesk.services.arende_follow import arendegang


@dataclass(frozen=True)
class Handelse:
    """One step of an ärende's history, for the screen and the JSON."""

    datum: date
    organ: str
    vad: str  # "§ 216", "ärende 5 (dagordning)"
    rubrik: str
    utfall: str  # "Återremitterat", "Beslut", "På dagordningen"
    paragraf_id: int | None = None
    item_id: int | None = None

    @property
    def line(self) -> str:
        """The step as one line, the same wherever the history is shown:
        "2020-11-24 Kommunstyrelsen § 216: Återremitterat"."""
        return f"{format_date(self.datum)} {self.organ} {self.vad}: {self.utfall}"


def history(
    store: Store, *, paragraf_id: int | None = None, item_id: int | None = None
) -> list[Handelse]:
    """The ärende's way through the meetings, oldest first, seen from a § or an agenda item:
    the §§ that sent it back before, and where it went after."""
    gang = arendegang(store)
    organs = {o.id: o.name for o in organ_repo.list_all(store)}
    start: Steg | Punkt | None = None
    if paragraf_id is not None:
        start = gang.by_id.get(paragraf_id)
    elif item_id is not None:
        start = next((s for s in gang.steps if s.item_id == item_id), None) or next(
            (i for i in gang.items if i.item_id == item_id), None
        )
    if start is None:
        return []
    chain: list[Steg | Punkt] = [start]
    previous = gang.previous_of(start)
    while previous is not None and previous not in chain:
        chain.insert(0, previous)
        previous = gang.previous_of(previous)
    current = chain[-1]
    while isinstance(current, Steg) and current.utfall in OPEN_UTFALL:
        nxt = gang.next_of(current)
        if nxt is None or nxt in chain:
            break
        chain.append(nxt)
        current = nxt
    return [_handelse(x, organs) for x in chain]


def _handelse(x: Steg | Punkt, organs: dict) -> Handelse:
    organ = organs.get(x.organ_id, "")
    if isinstance(x, Steg):
        return Handelse(
            x.datum, organ, x.label, x.rubrik, UTFALL_LABELS[x.utfall], paragraf_id=x.paragraf_id
        )
    return Handelse(
        x.datum, organ, f"ärende {x.nr}", x.rubrik, "På dagordningen", item_id=x.item_id
    )
