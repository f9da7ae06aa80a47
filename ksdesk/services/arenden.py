"""Open matters: §§ whose beslut was återremiss or bordläggning, followed until a later § of
the same organ takes the ärende up again (services.arende_follow finds them); offered when
the organ's next agenda is made, taken up, and their way settled by hand, with the ärende's
history linked both ways (core.arendegang holds the rules; the history as shown is
services.arende_history)."""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.core.arendegang import Foljd, Utfall
from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.core.meeting_agenda import insertion_index, snapshot
from ksdesk.core.topics import Topic
from ksdesk.db import arende_repo, meeting_repo, protokoll_repo
from ksdesk.db.connection import Store
from ksdesk.services.arende_follow import OpenMatter, open_matters


def offered_for(store: Store, meeting_id: int) -> list[OpenMatter]:
    """The open matters of the meeting's organ, decided before it and not yet on its agenda
    nor on that of an earlier meeting (which will take it up first): what to offer when the
    agenda is made. One planned for a later meeting is offered too (it may come back
    sooner)."""
    meeting = meeting_repo.get(store, meeting_id, with_items=False)
    return [
        m
        for m in open_matters(store, meeting.organ_id)
        if m.steg.datum < meeting.date and (m.tillbaka is None or m.tillbaka.datum > meeting.date)
    ]


def take_up(store: Store, meeting_id: int, paragraf_ids: list[int]) -> list[Arende]:
    """Put the open matters of these §§ on the meeting's agenda (before its closing standard
    items), each linked to the § it comes from."""
    offered = {m.steg.paragraf_id: m for m in offered_for(store, meeting_id)}
    missing = [pid for pid in paragraf_ids if pid not in offered]
    if missing:
        raise InvalidInput(
            "Ärendet är inte öppet eller finns redan på dagordningen: välj bland de erbjudna."
        )
    added = []
    with store.atomic():
        meeting = meeting_repo.get(store, meeting_id)
        steps = [offered[pid].steg for pid in paragraf_ids]
        # An ärende marked secret stays secret when it comes back: its new item carries the
        # mark and the OSL reference, so the review finds it and no public copy names it; one
        # not published in full, or under a public title, comes back so too.
        marks = meeting_repo.publication_marks(store, {s.item_id for s in steps if s.item_id})
        for pid, step in zip(paragraf_ids, steps, strict=True):
            item = Arende(title=step.rubrik, dnr=step.dnr, kind="beslut")
            if (marked := marks.get(step.item_id or 0)) is not None:
                item.secret, item.secrecy_ref = marked.secret, marked.secrecy_ref
                item.not_in_full, item.public_title = marked.not_in_full, marked.public_title
                item.not_in_full_note = marked.not_in_full_note
            meeting.items.insert(insertion_index(meeting.items, None), item)
            added.append((pid, item))
        meeting_repo.save(store, meeting)
        for pid, item in added:
            foljd = arende_repo.get(store, pid) or Foljd(paragraf_id=pid)
            foljd.item_id = item.id
            arende_repo.save(store, foljd)
    return [item for _pid, item in added]


@dataclass
class Upptagna:
    """A meeting's agenda and the links of the §§ whose ärenden it takes up: what undo and
    redo write back when open matters are taken up."""

    meeting: Sammantrade
    links: list[Foljd]
    paragraf_ids: list[int]


def upptagna(store: Store, meeting_id: int, paragraf_ids: list[int]) -> Upptagna:
    """The agenda and the §§' links as they are now."""
    meeting = snapshot(meeting_repo.get(store, meeting_id))
    links = [f for pid in paragraf_ids if (f := arende_repo.get(store, pid)) is not None]
    return Upptagna(meeting, links, list(paragraf_ids))


def put_upptagna(store: Store, state: Upptagna) -> Topic:
    """Write back an agenda and its links together (an undo or redo of take_up)."""
    from ksdesk.services.meetings import save_meeting

    with store.atomic():
        save_meeting(store, snapshot(state.meeting))
        restore_links(store, state.links, state.paragraf_ids)
    return Topic.AGENDA


def link_of(store: Store, paragraf_id: int) -> Foljd | None:
    """What is settled by hand for the § as stored now (what an undo writes back)."""
    return arende_repo.get(store, paragraf_id)


def set_utfall(store: Store, paragraf_id: int, utfall: str) -> Foljd:
    """The outcome of a § set by hand ("" = as its beslut says)."""
    if utfall and utfall not in set(Utfall):
        raise InvalidInput(f"Okänt utfall ”{utfall}”: välj beslut, återremiss eller bordläggning.")
    return _update(store, paragraf_id, utfall=utfall)


def link(
    store: Store,
    paragraf_id: int,
    *,
    item_id: int | None = None,
    next_paragraf_id: int | None = None,
) -> Foljd:
    """Link by hand the agenda item or later § that takes up the ärende of the § (when the
    Dnr differs); both None removes the link (the Dnr decides again)."""
    step = protokoll_repo.get(store, paragraf_id)
    if step is None:
        raise NotFound("Paragrafen finns inte längre.")
    if next_paragraf_id is not None:
        later = protokoll_repo.get(store, next_paragraf_id)
        if (
            later is None
            or later.organ_id != step.organ_id
            or later.meeting_date <= (step.meeting_date)
        ):
            raise InvalidInput("Välj en senare paragraf i samma organ.")
    if item_id is not None:
        meeting = meeting_repo.get(
            store, meeting_repo.meeting_of_item(store, item_id), with_items=False
        )
        if meeting.organ_id != step.organ_id or meeting.date <= step.meeting_date:
            raise InvalidInput("Välj ett ärende på en senare dagordning i samma organ.")
    return _update(store, paragraf_id, item_id=item_id, next_paragraf_id=next_paragraf_id)


def _update(store: Store, paragraf_id: int, **changes) -> Foljd:
    from ksdesk.services.deciders import current_user

    with store.atomic():
        foljd = arende_repo.get(store, paragraf_id) or Foljd(paragraf_id=paragraf_id)
        for name, value in changes.items():
            setattr(foljd, name, value)
        return arende_repo.save(store, foljd, by=current_user())


def restore_links(store: Store, rows: list[Foljd], paragraf_ids: list[int]) -> Topic:
    """Write back exactly these rows for these §§ (an undo)."""
    with store.atomic():
        by_id = {f.paragraf_id: f for f in rows}
        for pid in paragraf_ids:
            arende_repo.save(store, by_id.get(pid) or Foljd(paragraf_id=pid))
    return Topic.UPPFOLJNING
