"""The register of persons with skyddade personuppgifter (core.skyddad_person): the rows,
and the warnings of the internal packet and kallelse where a text names such a person.

The public review masks what the register names always (services.public_skyddade); the
internal packet, to the politicians, prints what the secretary wrote, and says beside it
where a protected person is named, so that nobody hands it on without a sekretessprövning."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ksdesk.core.errors import InvalidInput
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.skyddad_person import (
    ProtectedForms,
    SkyddadPerson,
    check,
    protected_forms,
    shared_with,
    tidied,
)
from ksdesk.db import organ_repo, skyddad_repo, team_repo
from ksdesk.db.connection import Store


def list_people(store: Store) -> list[SkyddadPerson]:
    return skyddad_repo.list_all(store)


def get(store: Store, person_id: int) -> SkyddadPerson:
    return skyddad_repo.get(store, person_id)


def save(store: Store, person: SkyddadPerson, *, by: str = "") -> SkyddadPerson:
    """Insert or update a row (checked first; nothing is written when refused). A new row
    is stamped with who entered it (`by`, else the login name) and when."""
    wrong = check(person)
    if wrong:
        raise InvalidInput(wrong)
    person = tidied(person)
    if person.id is None:
        from ksdesk.services.deciders import current_user

        person = replace(
            person,
            inlagd_av=(by or current_user()).strip(),
            inlagd=datetime.now().isoformat(timespec="seconds"),
        )
    with store.atomic():
        return skyddad_repo.save(store, person)


def delete(store: Store, person_id: int) -> SkyddadPerson:
    with store.atomic():
        found = skyddad_repo.get(store, person_id)
        skyddad_repo.delete(store, person_id)
    return found


def team_note(store: Store) -> str:
    """What the review says in team mode, "" otherwise: the register is this file's alone (it
    is no sync unit, step m1807), so a colleague's public copy of the same meeting is checked
    against the persons in their file, not these, and this one against these alone."""
    if team_repo.link(store) is None:
        return ""
    count = len(skyddad_repo.list_all(store))
    if count == 0:
        here = "mot ett tomt register: den här filen har ingen person i det"
    elif count == 1:
        here = "bara mot den person som finns i den här filens register"
    else:
        here = f"bara mot de {count} personer som finns i den här filens register"
    return (
        "Teamläge: registret över skyddade personuppgifter delas inte med kansliet, så "
        f"granskningen här görs {here}. Har en kollega lagt in en person som sammanträdet "
        "kan nämna, gör den offentliga kopian på den datorn eller lägg in personen här också."
    )


def forms(store: Store) -> list[ProtectedForms]:
    """What the review and the last check look for, of every registered person; a name as
    texts shorten it that is also a ledamot's, an ersättare's or a secretary's of one of the
    organs is the secretary's to decide (core.skyddad_person.shared_with)."""
    people = protected_forms(skyddad_repo.list_all(store))
    if not people:
        return people
    organs = organ_repo.list_all(store)
    names = [m.name for o in organs for m in o.members] + [o.secretary_name for o in organs]
    return shared_with(people, names)


WARNING = (
    "En person med skyddade personuppgifter (registret under Arkiv → Skyddade "
    "personuppgifter) nämns i {places}. Den interna utskriften trycks som den är skriven: "
    "lämna inte ut den utan sekretessprövning. Den offentliga kopian maskerar uppgifterna "
    "alltid."
)


def packet_notes(store: Store, meeting: Sammantrade, *, bilagor: bool = True) -> list[str]:
    """A warning naming each text of the internal packet (with its bilagor, a stored PDF
    page by page) or kallelse (`bilagor=False`) that names a registered person: by name,
    address or personnummer. It names the places, never the person."""
    from ksdesk.services.public_skyddade import ProtectedPersons

    protected = ProtectedPersons(store, meeting)
    if not protected.people:
        return []  # nothing registered: nothing read
    numbers = protected.numbers
    places: list[str] = []
    for source in _printed(store, meeting, bilagor):
        text = source.text or ""
        found = protected.hits(source.source, source.where, text, None, source.bilaga_id)
        wheres = [hit.where for hit in found]
        if _holds(store, source, numbers):
            wheres.append(source.where)
        for where in wheres:
            # A personnummer read in a whole PDF, where a page of it is named already.
            if not any(place == where or place.startswith(f"{where},") for place in places):
                places.append(where)
    return [WARNING.format(places="; ".join(places))] if places else []


def _printed(store: Store, meeting: Sammantrade, bilagor: bool) -> list:
    """The texts the internal packet (or the kallelse alone) prints, as the review names
    them (services.public_sources.TextSource)."""
    from ksdesk.core import text_walk
    from ksdesk.core.public_where import Labels
    from ksdesk.services.public_sources import TextSource, meeting_root, text_sources

    if bilagor:
        # The protokoll is no part of the packet (text_sources reads it last).
        return [s for s in text_sources(store, meeting) if not s.source.startswith("protokoll:")]
    labels = Labels(meeting)
    # The kallelse alone prints no tjänsteskrivelse (reports/kallelse_pdf).
    walked = text_walk.texts(meeting, meeting_root(meeting))
    printed = [(source, text) for source, text in walked if "/tjansteskrivelse/" not in source]
    return [TextSource(source, labels.where(source), text) for source, text in printed]


def _holds(store: Store, source, numbers: set[str]) -> bool:
    """Whether the text holds a registered personnummer, read as the review reads it (and
    kept for the store: services.public_reading)."""
    if not numbers or not source.text:
        return False
    from ksdesk.core.public_copy import printed_as_paragraph
    from ksdesk.services.public_reading import numbers_in

    printed = printed_as_paragraph(source.source)
    found = numbers_in(store, source.text, ocr=source.ocr, printed=printed)
    return any(hit.normalized in numbers for hit in found)
