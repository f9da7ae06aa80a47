"""Holding the meeting and writing its protokoll: the upprop, the §§ and what is recorded in
each, the justering, the check before justering, and the printed protokoll and utdrag."""

from __future__ import annotations

from dataclasses import dataclass

from ksdesk.core import beslutsunderlag
from ksdesk.core.errors import InvalidInput
from ksdesk.core.findings import Finding
from ksdesk.core.justering_check import justering_check, justering_date_problem
from ksdesk.core.meeting import Arende, MeetingStatus, Sammantrade, numbered, written_dnr
from ksdesk.core.meeting_people import secretary_of
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import (
    OTHER_ROLE,
    VOTES,
    Deltagare,
    Justering,
    Narvaro,
    Paragraf,
    Protokoll,
)
from ksdesk.core.protokoll_chair import chair_findings
from ksdesk.core.protokoll_deltar import deltar_inte_findings
from ksdesk.core.protokoll_entries import paragraf_problem
from ksdesk.core.protokoll_justerare import justerare_disagree, proposed_justerare
from ksdesk.core.protokoll_rules import initial_beslut
from ksdesk.core.protokoll_text import says_omedelbar
from ksdesk.core.topics import Topic
from ksdesk.db import meeting_repo, organ_repo, protokoll_repo, upprop_repo
from ksdesk.db.connection import Store
from ksdesk.services import forvaltningsbesvar, paragraf_numbers, uppdrag_offers
from ksdesk.services.justerare import follow_justerare
from ksdesk.services.paragraf_numbers import renumber
from ksdesk.services.upprop import upprop_problem


def get_protokoll(store: Store, meeting_id: int) -> Protokoll:
    """What has been recorded so far (empty lists before the meeting is started)."""
    return Protokoll(
        meeting_id=meeting_id,
        justering=protokoll_repo.get_justering(store, meeting_id) or Justering(),
        upprop=upprop_repo.list_for_meeting(store, meeting_id),
        paragrafer=protokoll_repo.list_for_meeting(store, meeting_id),
    )


def start_protokoll(store: Store, meeting_id: int, first: int | None = None) -> Protokoll:
    """Open the protokoll: every numbered agenda item becomes a § (numbers continuing the
    organ's year), the upprop is taken from the members register. Safe to call again: items
    added to the agenda since get §§ of their own and the numbers follow the agenda's order,
    and a §'s beslutsunderlag follows its ärende's handlingar unless the secretary wrote it
    herself or the § is justerad (core.beslutsunderlag; `kept_lists` names those kept).

    `first`: the § this meeting begins at when the file holds none of the year's earlier
    §§ (a nämnd that starts with ksdesk in the autumn is at § 187, not § 1); kept when the
    §§ are numbered again, and refused when an earlier meeting of the year in the file has
    that number or a higher one."""
    with store.atomic():
        meeting = meeting_repo.get(store, meeting_id)
        organ = organ_repo.get(store, meeting.organ_id)
        _sync_paragrafer(store, meeting, first)
        if not upprop_repo.list_for_meeting(store, meeting_id):
            upprop_repo.replace_all(store, meeting_id, default_upprop(organ, meeting))
            # Förhinder reported before the meeting: the ersättare called in sit from the start.
            from ksdesk.services.forhinder import get as forhinder
            from ksdesk.services.forhinder import upprop_with_forhinder

            if forhinder(store, meeting_id):
                upprop_repo.replace_all(store, meeting_id, upprop_with_forhinder(store, meeting_id))
        justering = protokoll_repo.get_justering(store, meeting_id)
        if justering is None:
            protokoll_repo.save_justering(store, meeting_id, Justering())
        else:
            follow_justerare(store, meeting_id, justering.justerare, justering.justerare)
    return get_protokoll(store, meeting_id)


def default_upprop(organ: Organ, meeting: Sammantrade) -> list[Deltagare]:
    """Ledamöter called as present, ersättare as absent, the secretary among övriga."""
    upprop = [
        Deltagare(m.name, m.party, m.role, narvaro=[Narvaro()] if m.is_ledamot else [])
        for m in organ.members
    ]
    secretary, title = secretary_of(meeting, organ)
    if secretary:
        upprop.append(Deltagare(secretary, role=OTHER_ROLE, title=title))
    return upprop


def _sync_paragrafer(store: Store, meeting: Sammantrade, first: int | None = None) -> None:
    existing = protokoll_repo.list_for_meeting(store, meeting.id)
    # A meeting deleted and created again (the demo reloaded) leaves its §§ behind with no
    # meeting: take them back rather than numbering around them.
    for orphan in protokoll_repo.orphans(store, meeting.organ_id, meeting.date):
        orphan.meeting_id = meeting.id
        orphan.item_id = _match_item(meeting.items, orphan)
        protokoll_repo.save(store, orphan)
        existing.append(orphan)
    by_item = {p.item_id: p for p in existing if p.item_id is not None}
    justering = protokoll_repo.get_justering(store, meeting.id)
    signed = justering is not None and justering.justerat is not None
    ordered: list[Paragraf] = []
    for _number, item in numbered(meeting.items):
        if _number is None:
            continue
        paragraf = by_item.get(item.id)
        if paragraf is None:
            paragraf = new_paragraf(meeting, item)
        elif beslutsunderlag.follow_arende(
            paragraf,
            beslutsunderlag.from_arende(item),
            signed=signed or paragraf.omedelbar_justering,
        ):
            # The ärende's bilagor changed since the § was written (core.beslutsunderlag).
            protokoll_repo.save(store, paragraf)
        ordered.append(paragraf)
    ordered.extend(p for p in existing if p.item_id not in {i.id for i in meeting.items})
    renumber(store, meeting, ordered, first)


def _match_item(items: list[Arende], paragraf: Paragraf) -> int | None:
    return next((i.id for i in items if i.title == paragraf.title and not i.is_section), None)


def new_paragraf(meeting: Sammantrade, item: Arende) -> Paragraf:
    """A § for an agenda item, filled from its tjänsteskrivelse as the seed's § 216 is."""
    forslag = initial_beslut(item)
    underlag = beslutsunderlag.from_arende(item)
    paragraf = Paragraf(
        organ_id=meeting.organ_id,
        meeting_date=meeting.date,
        nr=0,
        title=item.title,
        dnr=written_dnr(item),
        # A förslag naming the proposed justerare only is no beslut (services.justerare).
        beslut="" if proposed_justerare(item.title, forslag) else forslag,
        forslag=forslag,
        omedelbar_justering=says_omedelbar(forslag),  # "… förklarar paragrafen omedelbart …"
        meeting_id=meeting.id,
        item_id=item.id,
        beslutsunderlag=underlag,
        underlag_fran_arendet=list(underlag),
    )
    if (ts := item.tjansteskrivelse) is not None:
        sections = {s.heading.strip().lower(): s.text for s in ts.sections}
        paragraf.beskrivning = sections.get("beskrivning av ärendet") or sections.get(
            "sammanfattning", ""
        )
        paragraf.beslut_skickas_till = list(ts.beslut_skickas_till)
    return paragraf


# ---------------------------------------------------------------------------------------------
# Recording


def save_upprop(store: Store, meeting_id: int, upprop: list[Deltagare]) -> Topic:
    """Write the whole upprop; refuses duplicates, departures before arrivals and stretches
    of presence that overlap."""
    wrong = upprop_problem(upprop)
    if wrong:
        raise InvalidInput(wrong)
    with store.atomic():
        upprop_repo.replace_all(store, meeting_id, upprop)
    return Topic.PROTOKOLL


def save_paragraf(store: Store, paragraf: Paragraf) -> Topic:
    if paragraf.votering is not None:
        wrong = [v for v in paragraf.votering.votes.values() if v not in VOTES]
        if wrong:
            raise InvalidInput(f"Okänd röst {wrong[0]!r}: välj ja, nej eller avstår.")
    wrong = paragraf_problem(paragraf)
    if wrong:
        raise InvalidInput(wrong)
    with store.atomic():
        protokoll_repo.save(store, paragraf)
    return Topic.PROTOKOLL


def save_justering(store: Store, meeting_id: int, justering: Justering) -> Topic:
    """Write justerare, time and place. The beslut of "Val av justerare" follows the names
    while the secretary has not written one of her own."""
    meeting_day = meeting_repo.get(store, meeting_id, with_items=False).date
    wrong = justering_date_problem(meeting_day, justering)
    if wrong:
        raise InvalidInput(wrong)
    with store.atomic():
        previous = protokoll_repo.get_justering(store, meeting_id) or Justering()
        protokoll_repo.save_justering(store, meeting_id, justering)
        follow_justerare(store, meeting_id, previous.justerare, justering.justerare)
    return Topic.PROTOKOLL


def check(store: Store, meeting_id: int) -> list[Finding]:
    """The justering check: what is missing before the protokoll can be signed."""
    meeting = meeting_repo.get(store, meeting_id)
    organ = organ_repo.get(store, meeting.organ_id)
    protokoll = get_protokoll(store, meeting_id)
    found = justering_check(protokoll, organ.forvaringsplats, organ.kommun)
    found += chair_findings(meeting, protokoll) + uppdrag_offers.findings(store, meeting_id)
    found += justerare_disagree(protokoll) + deltar_inte_findings(protokoll)
    found += forvaltningsbesvar.findings(store, protokoll)
    return sorted(found, key=lambda f: f.severity.rank)


def mark_held(store: Store, meeting_id: int) -> None:
    """The meeting has been held: status genomförd, and the delegationsbeslut on its agenda
    count as reported (when the delegation service offers that)."""
    set_status(store, meeting_id, MeetingStatus.GENOMFORD)


def set_status(store: Store, meeting_id: int, status: MeetingStatus) -> Topic:
    """Set the meeting's status; GENOMFORD marks it held and its delegationsbeslut reported.
    Setting another status (an undo) takes both back."""
    from ksdesk.services import delegationsbeslut

    with store.atomic():
        meeting_repo.update_fields(store, meeting_id, {"status": status})
        justering = protokoll_repo.get_justering(store, meeting_id) or Justering()
        was_held, justering.held = justering.held, status == MeetingStatus.GENOMFORD
        protokoll_repo.save_justering(store, meeting_id, justering)
        if justering.held:
            delegationsbeslut.mark_reported(store, meeting_id)
        elif was_held:
            delegationsbeslut.unmark_reported(store, meeting_id)
    return Topic.MEETINGS


@dataclass
class StartState:
    """What starting (or updating) a meeting's protokoll changes: its own protokoll, and the
    numbers and upprop of the later meetings its §§ may push on (an extra sammanträde)."""

    protokoll: Protokoll
    later: dict[int, paragraf_numbers.LaterNumbers]


def start_state(store: Store, meeting_id: int) -> StartState:
    meeting = meeting_repo.get(store, meeting_id, with_items=False)
    return StartState(
        get_protokoll(store, meeting_id), paragraf_numbers.later_numbers(store, meeting)
    )


def restore_start(store: Store, meeting_id: int, state: StartState) -> Topic:
    """Write back the protokoll and the later meetings' numbers of `state` (undo and redo of
    Starta protokollet / Uppdatera paragraferna): an undone start leaves the next meeting's
    §§ where they were before it, not moved on until the §§ are updated again."""
    with store.atomic():
        moves = paragraf_numbers.moved_aside(store, state.later)
        restore_protokoll(store, meeting_id, state.protokoll)
        paragraf_numbers.put_back(store, state.later, moves)
    return Topic.PROTOKOLL


def restore_protokoll(store: Store, meeting_id: int, snapshot: Protokoll) -> Topic:
    """Write back a whole protokoll as it was (undo and redo of starting it): its §§ with
    their ids, the upprop and the justering. An empty snapshot removes the protokoll."""
    with store.atomic():
        protokoll_repo.replace_for_meeting(store, meeting_id, snapshot.paragrafer)
        upprop_repo.replace_all(store, meeting_id, snapshot.upprop)
        # The justerare a kallelse proposed before the protokoll was started stay.
        if snapshot.paragrafer or snapshot.upprop or snapshot.justering != Justering():
            protokoll_repo.save_justering(store, meeting_id, snapshot.justering)
        else:
            protokoll_repo.delete_justering(store, meeting_id)
    return Topic.PROTOKOLL


def meeting_and_organ(store: Store, meeting_id: int) -> tuple[Sammantrade, Organ]:
    meeting = meeting_repo.get(store, meeting_id)
    return meeting, organ_repo.get(store, meeting.organ_id)
