"""Uppdrag given in a § or a delegationsbeslut: saving them, what is due and what is late,
and "Uppföljning av beslut" printed as a bilaga to a meeting's agenda (bilaga ref
`uppfoljning:<meeting id>`). What the uppdrag form offers to choose from is in
services.uppdrag_choices."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.format import format_date, format_date_long
from ksdesk.core.kallelse import public_title
from ksdesk.core.meeting import Arende
from ksdesk.core.not_in_full import shown_title
from ksdesk.core.protokoll import Paragraf
from ksdesk.core.topics import Topic
from ksdesk.core.uppdrag import Uppdrag, check, suggested
from ksdesk.db import (
    delegationsbeslut_repo,
    meeting_repo,
    organ_repo,
    protokoll_repo,
    uppdrag_repo,
)
from ksdesk.db.connection import Store

if TYPE_CHECKING:
    from ksdesk.reports.base import Embedded
    from ksdesk.reports.uppfoljning_pdf import ListDocument

REF_PREFIX = "uppfoljning"
TITLE = "Uppföljning av beslut"


def list_uppdrag(store: Store, organ_id: int | None = None) -> list[Uppdrag]:
    found = uppdrag_repo.list_all(store)
    return [u for u in found if organ_id is None or u.organ_id == organ_id]


def get(store: Store, uppdrag_id: int) -> Uppdrag:
    return uppdrag_repo.get(store, uppdrag_id)


def save(store: Store, uppdrag: Uppdrag) -> Uppdrag:
    """Insert or update one uppdrag; where it was given (kalla, organ) follows its § or
    delegationsbeslut."""
    uppdrag = replace(uppdrag)
    _fill_source(store, uppdrag)
    wrong = check(uppdrag)
    if wrong:
        raise InvalidInput(wrong)
    with store.atomic():
        return uppdrag_repo.save(store, uppdrag)


def _fill_source(store: Store, uppdrag: Uppdrag) -> None:
    if uppdrag.paragraf_id is not None:
        paragraf = protokoll_repo.get(store, uppdrag.paragraf_id)
        if paragraf is None:
            raise NotFound("Paragrafen som uppdraget kommer från finns inte längre.")
        organ = organ_repo.get(store, paragraf.organ_id)
        uppdrag.organ_id = organ.id
        uppdrag.kalla = f"{organ.name} {format_date(paragraf.meeting_date)} {paragraf.label}"
    elif uppdrag.delegationsbeslut_id is not None:
        beslut = delegationsbeslut_repo.get(store, uppdrag.delegationsbeslut_id)
        uppdrag.kalla = f"Delegationsbeslut {beslut.dnr} ({format_date(beslut.date)})"


def delete(store: Store, uppdrag_id: int) -> Uppdrag:
    """Remove an uppdrag; returns it as it was (an undo saves it back)."""
    with store.atomic():
        found = uppdrag_repo.get(store, uppdrag_id)
        uppdrag_repo.delete(store, uppdrag_id)
    return found


def put(store: Store, uppdrag: Uppdrag | None, uppdrag_id: int) -> Topic:
    """Write back exactly `uppdrag` (None: it did not exist): undo and redo."""
    with store.atomic():
        if uppdrag is None:
            uppdrag_repo.delete(store, uppdrag_id)
        else:
            uppdrag_repo.save(store, replace(uppdrag))
    return Topic.UPPFOLJNING


def suggestions(store: Store, paragraf_id: int) -> list[Uppdrag]:
    """Uppdrag read out of the §'s beslut ("… uppdrar åt X att …", "X får i uppdrag att …"),
    with the last day it sets, not yet saved."""
    paragraf = protokoll_repo.get(store, paragraf_id)
    if paragraf is None:
        raise NotFound("Paragrafen finns inte längre.")
    return suggestions_for(store, paragraf)


def suggestions_for(store: Store, paragraf: Paragraf) -> list[Uppdrag]:
    """suggestions() of a § already read; none for a § its beslut gives no task."""
    found = suggested(paragraf.beslut)
    if not found or paragraf.id is None:  # no query for the many §§ that give none
        return []
    given = {u.vad.casefold() for u in uppdrag_repo.for_paragraf(store, paragraf.id)}
    return [
        Uppdrag(
            vad=f.vad,
            ansvarig=f.ansvarig,
            senast=f.senast,
            paragraf_id=paragraf.id,
            organ_id=paragraf.organ_id,
        )
        for f in found
        if f.vad.casefold() not in given
    ]


@dataclass(frozen=True)
class Bevakning:
    """What is late and what falls due soon, on `today`."""

    late: list[Uppdrag]
    soon: list[Uppdrag]


def due(store: Store, today: date, organ_id: int | None = None) -> Bevakning:
    found = list_uppdrag(store, organ_id)
    return Bevakning(
        late=[u for u in found if u.late(today)], soon=[u for u in found if u.due_soon(today)]
    )


# ---------------------------------------------------------------------------------------------
# The bilaga "Uppföljning av beslut"


def _row(
    u: Uppdrag, today: date, meetings: dict[int, date], secret: Arende | None = None
) -> list[str]:
    """An uppdrag's row; given in a § of a `secret` item or of one not published in full
    (meeting_repo.publication_marks), its task and who carries it are printed as its beslut
    is in the public protokoll: not at all."""
    back = meetings.get(u.aterrapport_meeting_id) if u.aterrapport_meeting_id else None
    senast = format_date(u.senast) if u.senast else ""
    if back:
        senast += f"\nÅterrapport {format_date(back)}"
    status = u.state_text(today)
    if u.klart:
        status += f" {format_date(u.klart)}"
    if secret is not None and secret.secret:
        neutral = public_title(secret)  # "Ärende som omfattas av sekretess (… OSL)"
        task = f"Uppdrag i {neutral[:1].lower()}{neutral[1:]}"
        return [u.kalla, task, "", senast.strip(), status]
    if secret is not None and secret.not_in_full:
        task = f"Uppdrag i ärendet ”{shown_title(secret)}”, som inte publiceras i sin helhet"
        return [u.kalla, task, "", senast.strip(), status]
    return [u.kalla, u.vad, u.ansvarig, senast.strip(), status]


def _secrets(store: Store, found: list[Uppdrag], steps: list) -> tuple[dict, dict]:
    """The secret items that the public list must not name: by uppdrag id (given in a § of
    a secret item) and by the § of an open matter (an återremiss of a secret item). A list
    of ksdesk's registers spans meetings whose own public copies keep these items neutral."""
    paragrafer = {u.id: protokoll_repo.get(store, u.paragraf_id) for u in found if u.paragraf_id}
    items = {p.item_id for p in paragrafer.values() if p and p.item_id}
    items |= {step.item_id for step in steps if step.item_id}
    # Under a public title, or not in full, the list prints them as their own public copy does.
    secret = meeting_repo.publication_marks(store, items)
    by_uppdrag = {
        uid: secret[p.item_id] for uid, p in paragrafer.items() if p and p.item_id in secret
    }
    by_step = {step.paragraf_id: secret[step.item_id] for step in steps if step.item_id in secret}
    return by_uppdrag, by_step


def _secret(marked: Arende | None) -> bool:
    return marked is not None and marked.secret


def _public_rubrik(marked: Arende | None, rubrik: str) -> str:
    """An ärende's rubrik as its public copy prints it: neutral when secret, its public
    title when it has one."""
    if marked is None:
        return rubrik
    return public_title(marked) if marked.secret else shown_title(marked)


_HEADERS = ("Beslut", "Uppdrag", "Ansvarig", "Senast", "Status")
_WIDTHS = (34, 66, 30, 24, 20)


def uppfoljning_document(store: Store, meeting_id: int, *, public: bool = False) -> ListDocument:
    """Uppföljning av beslut as of the meeting: uppdrag reported back to it, late ones, those
    still running, those done since the organ's previous meeting; and the ärenden it sent back
    that have not come back yet."""
    # ReportLab (70 ms of imports) loads when a list is printed, not with the Uppföljning tab.
    from ksdesk.reports.base import PageHeader
    from ksdesk.reports.uppfoljning_pdf import Lista, ListDocument
    from ksdesk.services.arenden import open_matters

    meeting = meeting_repo.get(store, meeting_id, with_items=False)
    organ = organ_repo.get(store, meeting.organ_id)
    day = meeting.date
    headers = meeting_repo.list_headers(store)
    meetings = {m.id: m.date for m in headers}
    previous = max(
        (m.date for m in headers if m.date < day and m.organ_id == organ.id), default=None
    )
    found = list_uppdrag(store, organ.id)
    here = [u for u in found if u.aterrapport_meeting_id == meeting_id]
    rest = [u for u in found if u not in here]
    late = [u for u in rest if u.late(day)]
    running = [u for u in rest if u.open and not u.late(day)]
    done = [
        u
        for u in rest
        if not u.open and u.klart and (previous is None or u.klart > previous) and u.klart <= day
    ]

    tillbaka = [m for m in open_matters(store, organ.id) if m.steg.datum < day]
    hidden, hidden_steps = (
        _secrets(store, found, [m.steg for m in tillbaka]) if public else ({}, {})
    )

    def lista(rubrik: str, rows: list[Uppdrag], tom: str) -> Lista:
        shown = [_row(u, day, meetings, hidden.get(u.id)) for u in rows]
        return Lista(rubrik, _HEADERS, _WIDTHS, shown, tom=tom)

    lists = [
        lista("Återrapporteras vid detta sammanträde", here, "Inga uppdrag återrapporteras."),
        lista("Försenade uppdrag", late, "Inga uppdrag är försenade."),
        lista("Pågående uppdrag", running, "Inga andra uppdrag pågår."),
        lista("Avslutade sedan förra sammanträdet", done, "Inga."),
        Lista(
            "Återremitterade och bordlagda ärenden",
            ("Beslut", "Ärende", "Dnr", "Utfall", "Tillbaka"),
            (30, 74, 26, 24, 30),
            [
                [
                    f"{format_date(m.steg.datum)} {m.steg.label}",
                    _public_rubrik(hidden_steps.get(m.steg.paragraf_id), m.steg.rubrik),
                    "" if _secret(hidden_steps.get(m.steg.paragraf_id)) else m.steg.dnr,
                    m.utfall_text,
                    f"Ärende {m.tillbaka.nr} {format_date(m.tillbaka.datum)}"
                    if m.tillbaka
                    else "Inte planerat",
                ]
                for m in tillbaka
            ],
            tom="Inga återremitterade eller bordlagda ärenden väntar.",
        ),
    ]
    document = ListDocument(
        title=TITLE,
        intro=f"{organ.name}, sammanträdet {format_date_long(day)}.",
        lists=lists,
        header=PageHeader(left=f"{organ.kommun} · {organ.name}", right=format_date(day)),
        author=organ.kommun or organ.name,
        notes=["Ett uppdrag är försenat när dess sista dag har passerat och det inte är klart."],
    )
    if not public:
        return document
    # The public version masks every personnummer, every citizen's name without consent and
    # every secret title of the file itself: the list spans meetings and belongs to no scan
    # decision (an uppdrag of an earlier meeting may name its secret ärende). (Imported
    # here: the personnummer readers were a fifth of the imports of the Uppföljning tab's
    # first opening.)
    from ksdesk.services.public_withheld import register_masking

    return document.mapped(register_masking(store))


def uppfoljning_pdf(
    store: Store, meeting_id: int, *, public: bool = False, embedded: Embedded | None = None
) -> bytes:
    """Uppföljning av beslut as PDF; a public one is read once more by the independent
    reader before it is returned, like every public output."""
    from ksdesk.reports.uppfoljning_pdf import render

    pdf = render(uppfoljning_document(store, meeting_id, public=public), embedded=embedded)
    if not public:
        return pdf
    from ksdesk.services import public_gate
    from ksdesk.services.public_withheld import register_withheld

    return public_gate.checked(
        pdf, "Den offentliga uppföljningen av beslut", withheld=register_withheld(store)
    )


def register_text(store: Store) -> str:
    """Every text of the uppdrag register a print could show, for the public-copy scan."""
    parts = []
    for u in uppdrag_repo.list_all(store):
        parts += [u.kalla, u.vad, u.ansvarig, u.anteckning]
    return "\n".join(p for p in parts if p)
