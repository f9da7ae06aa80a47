"""Reading and writing meetings and their agendas."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.format import format_amount, format_date
from ksdesk.core.meeting import Bilaga, MeetingStatus, Sammantrade
from ksdesk.core.meeting_agenda import (
    copy_for_next,
    describe_ref,
    new_meeting,
    validate,
    warnings,
)
from ksdesk.core.organ import Organ, organ_name_as_printed
from ksdesk.core.topics import Topic
from ksdesk.db import meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.services.meeting_names import Filled, fill_from_settings
from ksdesk.services.new_organ import new_organ, organ_to_create


def list_meetings(store: Store) -> list[Sammantrade]:
    """Every meeting, newest first, without agenda."""
    return meeting_repo.list_headers(store)


def get_meeting(store: Store, meeting_id: int) -> Sammantrade:
    return meeting_repo.get(store, meeting_id)


def get_organ(store: Store, organ_id: int) -> Organ:
    return organ_repo.get(store, organ_id)


def list_organs(store: Store) -> list[Organ]:
    return organ_repo.list_all(store)


def update_meeting_fields(store: Store, meeting_id: int, fields: dict[str, str]) -> Topic:
    """Change header fields of a meeting (plats, status, ordförande ...) in one transaction."""
    unknown = set(fields) - set(EDITABLE_MEETING_FIELDS)
    if unknown:
        raise InvalidInput(f"Okänt fält för sammanträdet: {', '.join(sorted(unknown))}.")
    if "status" in fields and fields["status"] not in list(MeetingStatus):
        raise InvalidInput(
            f"Status måste vara en av {', '.join(MeetingStatus)}, inte ”{fields['status']}”."
        )
    for name, value in fields.items():
        if not isinstance(value, str):
            raise InvalidInput(f"Fältet {name} måste vara text.")
    with store.atomic():
        meeting_repo.update_fields(store, meeting_id, dict(fields))
    return Topic.MEETINGS


# Header fields of a meeting that may be edited one by one (with undo): plats, status, ...
EDITABLE_MEETING_FIELDS = meeting_repo.HEADER_FIELDS


# ---------------------------------------------------------------------------------------------
# Kallelse: creating, copying, saving and deleting meetings, bilaga files, import.


def create_meeting(
    store: Store, organ_name: str, day: date, at: time, place: str = ""
) -> tuple[Sammantrade, bool]:
    """A new meeting with the organ's standard items; the organ is created when it does not
    exist (unless the name is a near miss of one that does). Returns (meeting, organ_created)."""
    name = organ_name_as_printed(organ_name)
    if not name:
        raise InvalidInput("Ange nämndens namn.")
    with store.atomic():
        organ = organ_repo.find_by_name(store, name)
        created = organ is None
        if organ is None:
            organ = new_organ(store, name, place)
        meeting = new_meeting(organ, day, at, place)
        _save(store, meeting)
    return meeting, created


def prepare_meeting(
    store: Store, organ_name: str, day: date, at: time, header: Sammantrade | None = None
) -> Sammantrade:
    """A new, not yet saved meeting of the named organ with its defaults (standard items,
    absence text), overlaid with what the secretary filled in (`header`). Reads only: an
    organ not in the file (its name not a near miss of one that is) gives the meeting no
    organ yet (`organ_id` 0), and `save_in_named_organ` creates it with the meeting, so a
    refused date or a cancelled dialog leaves no organ behind."""
    name = organ_name_as_printed(organ_name)
    if not name:
        raise InvalidInput("Ange nämndens namn.")
    organ = organ_repo.find_by_name(store, name)
    if organ is None:
        organ = organ_to_create(store, name, header.place if header else "")
    meeting = new_meeting(organ, day, at)
    if header is not None:
        for name in (
            "place",
            "remote_note",
            "absence_note",
            "chair_name",
            "chair_title",
            "secretary_name",
            "secretary_title",
        ):
            value = getattr(header, name)
            if value:
                setattr(meeting, name, value)
        meeting.status, meeting.show_proposals = header.status, header.show_proposals
    return meeting


def next_from(store: Store, previous_id: int, weeks: int = 4) -> Sammantrade:
    """ "Ny från föregående", not yet saved: the previous meeting's header, standard items and
    section rows, proposed `weeks` later at the same time."""
    previous = meeting_repo.get(store, previous_id)
    organ = organ_repo.get(store, previous.organ_id)
    return copy_for_next(previous, organ, previous.date + timedelta(weeks=weeks), previous.time)


def save_meeting(store: Store, meeting: Sammantrade) -> Topic:
    """Write the meeting as given (header, agenda, handlingar) in one transaction. Used for
    every edit in the Kallelse tab and for undo and redo, which write a whole snapshot.
    A meeting that was not stored (new, or brought back by an undo) changes MEETINGS."""
    with store.atomic():
        existed = meeting.id is not None and meeting_repo.exists(store, meeting.id)
        _save(store, meeting)
    return Topic.AGENDA if existed else Topic.MEETINGS


def save_in_named_organ(
    store: Store, meeting: Sammantrade, organ_name: str, taken_back: Organ | None = None
) -> Topic:
    """Save a new meeting of `prepare_meeting` in the organ so named, creating the organ in
    the same transaction when the file has none of that name (a redo finds it). A redo
    after an undo that took the organ back (`taken_back`) brings that one back, its id and
    uuid: the steps after it on the undo stack hold them."""
    name = organ_name_as_printed(organ_name)
    with store.atomic():
        organ = organ_repo.find_by_name(store, name)
        if organ is None and taken_back is not None:
            organ_repo.save(store, taken_back)
            organ = taken_back
        elif organ is None:
            organ = new_organ(store, name, meeting.place)
        meeting.organ_id = organ.id or 0
        _save(store, meeting)
    return Topic.MEETINGS


def check_meeting(store: Store, meeting: Sammantrade) -> Sammantrade:
    """`meeting` when it can be saved as it is; InvalidInput when not (its own rules, or a
    second meeting of the nämnd that day). Reads only: the meeting dialog asks it before it
    closes, so a refused date does not lose what was typed."""
    validate(meeting)
    for other in meeting_repo.find_all_by_date(store, meeting.date):
        same = other.id == meeting.id or (meeting.uuid and other.uuid == meeting.uuid)
        if other.organ_id == meeting.organ_id and not same:
            raise InvalidInput(
                f"Nämnden har redan ett sammanträde den {format_date(meeting.date)}. "
                "Välj ett annat datum, eller ändra det sammanträde som finns."
            )
    return meeting


def _save(store: Store, meeting: Sammantrade) -> None:
    check_meeting(store, meeting)
    meeting_repo.save(store, meeting)
    from ksdesk.services import search  # loaded by the first save, not at start-up

    search.keep_file_texts(store, meeting)


def copy_meeting(store: Store, previous_id: int, day: date, at: time) -> Sammantrade:
    """ "Ny från föregående": a new meeting with the previous one's header, standard items and
    section rows."""
    previous = meeting_repo.get(store, previous_id)
    organ = organ_repo.get(store, previous.organ_id)
    meeting = copy_for_next(previous, organ, day, at)
    save_meeting(store, meeting)
    return meeting


def delete_meeting(store: Store, meeting_id: int) -> Sammantrade:
    """Delete a meeting with its agenda and handlingar; returns what was deleted (for undo)."""
    with store.atomic():
        meeting = meeting_repo.get(store, meeting_id)
        meeting_repo.delete(store, meeting_id)
    return meeting


def discard_meeting(store: Store, meeting_id: int, new_organ_id: int = 0) -> Organ | None:
    """Delete a meeting if it is there (an undo of its creation: MEETINGS changed). The organ
    its creation made (`new_organ_id`, a nämnd first named in the dialog) goes too unless
    something else belongs to it, and is returned for `save_in_named_organ` to bring back."""
    with store.atomic():
        meeting_repo.delete(store, meeting_id)
        if not new_organ_id:
            return None
        try:
            organ = organ_repo.get(store, new_organ_id)
        except NotFound:  # gone already (a sync): nothing to take back
            return None
        return organ if organ_repo.delete_if_unused(store, new_organ_id) else None


def check_organ(organ: Organ) -> None:
    """InvalidInput for settings that cannot be saved; the dialog asks before it closes."""
    if not organ.name.strip():
        raise InvalidInput("Nämnden måste ha ett namn. Skriv nämndens namn under Namn.")
    if not 0 <= organ.kallelse_days_before <= 60:
        raise InvalidInput("Antal dagar före sammanträdet måste vara mellan 0 och 60.")


def save_organ(store: Store, organ: Organ) -> Topic:
    """Save an organ's settings (standard items, days before, secretary)."""
    save_settings(store, organ)
    return Topic.MEETINGS  # the kallelse and the upprop are built from the organ


def save_settings(store: Store, organ: Organ) -> Filled:
    """Save an organ's settings; the meetings given its secretary (services.meeting_names)."""
    check_organ(organ)
    with store.atomic():
        before = organ_repo.get(store, organ.id) if organ.id is not None else None
        organ_repo.save(store, organ)
        return fill_from_settings(store, organ, before)  # meetings made before the change


def meeting_warnings(meeting: Sammantrade, store: Store | None = None) -> list[str]:
    """The checks before sending, with the characters the PDFs cannot draw (their fonts are
    read only when a text holds a character outside the ranges every bundled font has) and,
    with the `store`, the budget sheets attached whose totals are wrong (walk38 #1)."""
    from ksdesk.reports.font_coverage import PRINTABLE
    from ksdesk.services.budget_bilaga import meeting_notes

    found = warnings(meeting, PRINTABLE)
    return found + (meeting_notes(store, meeting) if store is not None else [])


def pdf_bilaga(data: bytes, filename: str, title: str = "") -> Bilaga:
    """A bilaga of a PDF file's bytes, checked to be a PDF we can merge, with its sha256."""
    from ksdesk.reports.packet import check_pdf  # pypdf only when a file is attached

    name = Path(filename).name
    check_pdf(data, f"Filen {name}")
    import hashlib

    sha256 = hashlib.sha256(data).hexdigest()
    from ksdesk.services import search

    search.file_text(name, data, sha256)  # read once, now: the save puts it in the index
    if not title:
        from ksdesk.services.bilaga_attach import title_choice

        title = title_choice(data, name).title
    return Bilaga(title=title, filename=name, content=data, sha256=sha256)


def ref_bilaga(ref: str, title: str) -> Bilaga:
    return Bilaga(title=title, ref=ref)


def attachable(store: Store, meeting_id: int | None = None) -> list:
    """What can be attached as a referenced bilaga: budget sheets, versions of the
    delegationsordning, documents, delegationsbeslut (bilaga_choices.Attachable)."""
    from ksdesk.services import bilaga_choices

    return bilaga_choices.attachable(store, meeting_id)


def ref_labels(store: Store, meeting_id: int | None = None) -> dict[str, str]:
    """ "Budgetblad: Bilaga 2" for "budget:bilaga2": what each attachable ref is called."""
    return {a.ref: f"{a.group}: {a.title}" for a in attachable(store, meeting_id)}


def describe_bilaga(bilaga: Bilaga, labels: dict[str, str] | None = None) -> str:
    """Where a bilaga comes from, for the bilaga list: "PDF: avtal.pdf (312 kB)"."""
    if bilaga.ref:
        known = (labels or {}).get(bilaga.ref)
        return known or describe_ref(bilaga.ref)
    if bilaga.content:
        return f"PDF: {bilaga.filename} ({format_amount(max(1, len(bilaga.content) // 1024))} kB)"
    return "Ingen fil bifogad"
