"""What the uppdrag form offers to choose from (services.uppdrag): the decisions an uppdrag
can come from, and the meetings it can report back to."""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.core.format import format_date
from ksdesk.db import delegationsbeslut_repo, meeting_repo, organ_repo, protokoll_repo
from ksdesk.db.connection import Store


@dataclass(frozen=True)
class Kalla:
    """A decision an uppdrag can come from, for the uppdrag form."""

    label: str
    paragraf_id: int | None = None
    delegationsbeslut_id: int | None = None


def source_choices(store: Store) -> list[Kalla]:
    """Every § of a held or begun protokoll (newest first) and every delegationsbeslut."""
    organs = {o.id: o.short or o.name for o in organ_repo.list_all(store)}
    choices = []
    for meeting in meeting_repo.list_headers(store):
        for p in protokoll_repo.list_for_meeting(store, meeting.id or 0):
            label = (
                f"{organs.get(p.organ_id, '')} {format_date(p.meeting_date)} {p.label} {p.title}"
            )
            choices.append(Kalla(label.strip(), paragraf_id=p.id))
    for b in delegationsbeslut_repo.list_all(store):
        choices.append(Kalla(f"Delegationsbeslut {b.dnr} {b.beslut or b.title}"[:120], None, b.id))
    return choices


def meeting_choices(store: Store) -> list[tuple[str, int]]:
    """(label, id) of every meeting, newest first: where an uppdrag reports back."""
    organs = {o.id: o.short or o.name for o in organ_repo.list_all(store)}
    return [
        (f"{organs.get(m.organ_id, '')} {format_date(m.date)}".strip(), m.id or 0)
        for m in meeting_repo.list_headers(store)
    ]
