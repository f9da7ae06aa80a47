"""The deadline chain of a meeting from its organ's settings and its justering, the anslag
text, and the meeting as a calendar event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from ksdesk.core.deadline_status import DeadlineItem, anslag_text, deadline_items, unmoved
from ksdesk.core.deadlines import (
    DEFAULT_DELEGATION_CUTOFF_DAYS,
    DEFAULT_KALLELSE_DAYS,
    DeadlineChain,
    deadline_chain,
)
from ksdesk.core.organ import takes_delegationsbeslut

if TYPE_CHECKING:
    from ksdesk.core.meeting import Sammantrade
    from ksdesk.core.organ import Organ
    from ksdesk.core.protokoll import Justering
    from ksdesk.db.connection import Store

# What a meeting in a database needs is imported where a database is given: `ksdesk
# deadlines` without --db reads none, and loads neither the database layer (sqlite3, the
# migrations) nor the meeting and protokoll model.


def chain_for_date(
    day: date,
    *,
    store: Store | None = None,
    justerat: date | None = None,
    anslaget: date | None = None,
    organ: str | None = None,
) -> DeadlineChain:
    """The chain for a meeting date. With a database, the organ named `organ`, or else the
    organ of the meeting that day (refused, naming them, when two organs meet that day), or
    the database's only organ sets the kallelse and cut-off days; without, the documented
    defaults."""
    kallelse_days, cutoff_days = _days_for(store, day, organ)
    return deadline_chain(
        day,
        kallelse_days=kallelse_days,
        cutoff_days=cutoff_days,
        justerat=justerat,
        anslaget=anslaget,
    )


def describe_chain(
    day: date,
    today: date,
    *,
    store: Store | None = None,
    justerat: date | None = None,
    anslaget: date | None = None,
    organ: str | None = None,
) -> list[DeadlineItem]:
    """The chain for a date with labels and the reason each moved date moved."""
    chain = chain_for_date(day, store=store, justerat=justerat, anslaget=anslaget, organ=organ)
    raw = unmoved(chain, *_days_for(store, day, organ), justerat, anslaget)
    named = _organ_for(store, day, organ) if store is not None else None
    return _for(named, deadline_items(chain, today, raw=raw))


@dataclass(frozen=True)
class Recorded:
    """What a stored meeting's protokoll says about its appeal: the justering and anslag
    days recorded, and its §§ appealed by förvaltningsbesvär (marked, or suggested by their
    words), whose period runs from delgivning instead (core.forvaltningsbesvar)."""

    justerat: date | None = None
    anslaget: date | None = None
    besvar: tuple[str, ...] = ()  # "§ 54"
    besvar_forslag: tuple[str, ...] = ()


def recorded(store: Store, day: date, organ: str | None = None) -> Recorded:
    """The stored meeting held on `day`: `ksdesk deadlines` counts from its recorded anslag as
    Uppföljning does (walk34: the plain chain said 28 April, Uppföljning's laga kraft 23 April
    from the anslag of 28 March). Nothing when no meeting is stored that day."""
    from ksdesk.db import meeting_repo, protokoll_repo
    from ksdesk.services import forvaltningsbesvar
    from ksdesk.services.meeting_lookup import find_meeting

    if not meeting_repo.find_all_by_date(store, day):
        return Recorded()
    meeting = find_meeting(store, day, organ, with_items=False)
    justering = protokoll_repo.get_justering(store, meeting.id)
    if justering is None:
        return Recorded()
    marked, suggested = forvaltningsbesvar.of_meeting(store, meeting.id)
    return Recorded(justering.justerat, justering.anslaget, marked, suggested)


def _for(organ: Organ | None, items: list[DeadlineItem]) -> list[DeadlineItem]:
    """The deadlines that concern the organ: a fullmäktige has no cut-off for
    delegationsbeslut, since none are reported to it."""
    if organ is None or takes_delegationsbeslut(organ.name):
        return items
    return [item for item in items if item.key != "delegationsbeslut_senast"]


def _days_for(store: Store | None, day: date, name: str | None = None) -> tuple[int, int]:
    organ = _organ_for(store, day, name) if store is not None else None
    if organ is None:
        return DEFAULT_KALLELSE_DAYS, DEFAULT_DELEGATION_CUTOFF_DAYS
    return organ.kallelse_days_before, organ.delegationsbeslut_cutoff_days


def _organ_for(store: Store, day: date, name: str | None) -> Organ | None:
    from ksdesk.db import meeting_repo, organ_repo
    from ksdesk.services.meeting_lookup import find_meeting, find_organ

    if name is not None:
        return find_organ(store, name)
    held = meeting_repo.find_all_by_date(store, day)
    if held:
        return organ_repo.get(store, find_meeting(store, day, with_items=False).organ_id)
    organs = organ_repo.list_all(store)
    return organs[0] if len(organs) == 1 else None


def _context(
    store: Store, meeting_id: int, *, with_items: bool = False
) -> tuple[Sammantrade, Organ, Justering, DeadlineChain]:
    from ksdesk.core.protokoll import Justering
    from ksdesk.db import meeting_repo, organ_repo, protokoll_repo

    # Dates need no agenda: the deadline panel reads it without (start-up pays for it).
    meeting = meeting_repo.get(store, meeting_id, with_items=with_items)
    organ = organ_repo.get(store, meeting.organ_id)
    justering = protokoll_repo.get_justering(store, meeting_id) or Justering()
    chain = deadline_chain(
        meeting.date,
        kallelse_days=organ.kallelse_days_before,
        cutoff_days=organ.delegationsbeslut_cutoff_days,
        justerat=justering.justerat,
        anslaget=justering.anslaget,
    )
    return meeting, organ, justering, chain


def meeting_deadlines(store: Store, meeting_id: int, today: date) -> list[DeadlineItem]:
    """The chain for the deadline panel: dates, why they moved, and what is done or late."""
    from ksdesk.core.meeting import MeetingStatus

    meeting, organ, justering, chain = _context(store, meeting_id)
    done = set()
    if meeting.status in (MeetingStatus.UTSKICKAD, MeetingStatus.GENOMFORD):
        done.add("kallelse_senast")
    if meeting.status == MeetingStatus.GENOMFORD or justering.held:
        done.add("delegationsbeslut_senast")
    if justering.justerat:
        done.add("justering_senast")
    if justering.anslaget:
        done.add("anslag_senast")
    raw = unmoved(
        chain,
        organ.kallelse_days_before,
        organ.delegationsbeslut_cutoff_days,
        justering.justerat,
        justering.anslaget,
    )
    done_on = {"justering_senast": justering.justerat, "anslag_senast": justering.anslaget}
    items = deadline_items(
        chain,
        today,
        done=frozenset(done),
        raw=raw,
        done_on={key: day for key, day in done_on.items() if day is not None},
    )
    return _for(organ, items)


def meeting_anslag_text(store: Store, meeting_id: int) -> str:
    """The tillkännagivande the secretary copies to the anslagstavla, which anyone may read:
    made from the public edition like every public output (the organ and the justering
    masked as the review decided; refused, naming what is open, while a hit has no
    decision) and read once more before it is handed out."""
    from ksdesk.core import text_walk
    from ksdesk.core.justering_check import forvaringsplats_of
    from ksdesk.core.protokoll_rules import paragraf_span
    from ksdesk.db import protokoll_repo
    from ksdesk.services.public_copy import protokoll_root
    from ksdesk.services.public_edition import public_edition
    from ksdesk.services.public_kept import kept_in_anslag

    meeting, _organ, justering, chain = _context(store, meeting_id)
    edition = public_edition(store, meeting_id)
    organ = edition.organ
    # The justering under the name the scan read it by (a field of the protokoll).
    root = f"{protokoll_root(meeting)}/justering"
    justering = text_walk.masked(justering, root, edition.rules.mask)
    numbers = [p.nr for p in protokoll_repo.list_for_meeting(store, meeting_id)]
    text = anslag_text(
        organ.name,
        meeting.date,
        paragraf_span(numbers),
        justering.justerat,
        justering.anslaget,
        chain.overklagande_slut,
        forvaringsplats_of(justering, organ),
    )
    return edition.checked_text(text, "Anslagstexten", kept_in_anslag(edition.rules, meeting))


def meeting_calendar(
    store: Store,
    meeting_id: int,
    *,
    with_deadlines: bool = True,
    now: datetime | None = None,
    public: bool = True,
) -> bytes:
    """The meeting as an .ics file (bytes, UTF-8), its agenda in the description.

    A calendar file is easily shared, so it is the public edition unless `public` is False
    (`ksdesk ics --intern`): under the same review and masking as the public kallelse, and
    read once more for a personnummer before it is handed out."""
    from ksdesk.interchange.ics import meeting_ics

    meeting, organ, justering, chain = _context(store, meeting_id, with_items=True)
    edition = None
    if public:
        from ksdesk.services.public_edition import public_edition

        edition = public_edition(store, meeting_id)
        meeting, organ = edition.meeting, edition.organ
    end = None
    if justering.closed is not None and justering.closed > meeting.time:
        end = datetime.combine(meeting.date, justering.closed)
    data = meeting_ics(
        meeting,
        organ,
        chain=chain if with_deadlines else None,
        now=now,
        end=end,
        uid=_calendar_uid(store, meeting),
    )
    if edition is not None:
        # Read as a calendar shows it: folded lines joined, escapes undone.
        shown = data.decode("utf-8").replace("\r\n ", "").replace("\\n", "\n")
        shown = shown.replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
        # A calendar prints the kallelse's texts: only what they kept passes.
        from ksdesk.services.public_kept import kept_in_kallelse

        edition.checked_text(shown, "Kalenderfilen", kept_in_kallelse(edition.rules, meeting))
    return data


def _calendar_uid(store: Store, meeting: Sammantrade) -> str:
    """A UUID for the event: the meeting's own once rows carry one, until then one derived
    from the database's identity and the meeting's row (stable across exports)."""
    own = getattr(meeting, "uuid", "")
    if own:
        return str(own)
    import uuid  # here: `ksdesk deadlines` (no calendar) starts without it and its platform

    from ksdesk.db import identity_repo

    database = identity_repo.get(store) or "ksdesk"
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"ksdesk:{database}:meeting:{meeting.id}"))
