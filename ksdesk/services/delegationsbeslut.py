"""The register of delegationsbeslut and their anmälan to the board.

A decision rests on a point of the delegationsordning in force on the day it was taken. Before
a meeting, "Anmälan av delegationsbeslut" lists every decision of the organ received by the
cut-off (organ.delegationsbeslut_cutoff_days before the meeting, 8 by default, as the seed's
delegationsordning asks) and not yet reported; once the meeting is held, `mark_reported` files
them under that meeting, and from then on the meeting's list is exactly those.

For the Kallelse packet: `anmalan_pdf(store, meeting_id)` renders the list (bilaga ref
`ANMALAN_REF_PREFIX:<meeting id>`); for the protokoll: `mark_reported(store, meeting_id)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ksdesk.core.delegation import Delegationsbeslut, Version
from ksdesk.core.dnr import parse_dnr, same_dnr
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import format_date
from ksdesk.core.lookalike import search_key
from ksdesk.core.meeting import Arende, Bilaga, MeetingStatus, Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.topics import Topic
from ksdesk.db import delegationsbeslut_repo, meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.reports import delegationsbeslut_pdf
from ksdesk.reports.base import Embedded
from ksdesk.services.delegation import version_in_force

ANMALAN_TITLE = "Anmälan av delegationsbeslut"
# The bilaga that prints the list of delegationsbeslut reported to a meeting:
# "delegationsanmalan:<meeting id>" (services.bilaga_render renders it).
ANMALAN_REF_PREFIX = "delegationsanmalan"


@dataclass
class BeslutInput:
    """What the secretary types when registering a decision."""

    dnr: str
    date: date
    delegat: str
    beslut: str  # the short text: what was decided
    punkt: str = ""  # the point's number, or …
    point_uid: str | None = None  # … the point itself (chosen from a list)
    organ: str = ""  # another organ's decision (the seed's SBN 2020/877) rests on its own order
    punkt_kapitel: str = ""  # … and names its point as that order does
    received: date | None = None
    title: str = "Delegationsbeslut"
    # What an imported list adds (the form shows none of these):
    handlaggare: str = ""
    forvaltning: str = ""
    beskrivning: str = ""
    # A point the version in force lacks is kept as written, with a warning, not refused:
    # an imported row is the diarium's record, and the secretary corrects it afterwards.
    loose_point: bool = False


@dataclass
class Registered:
    beslut: Delegationsbeslut
    warnings: list[str] = field(default_factory=list)


def list_all(store: Store) -> list[Delegationsbeslut]:
    return delegationsbeslut_repo.list_all(store)


def is_own_organ(store: Store, name: str) -> bool:
    """True when the decision falls under one of the organs kept in this database."""
    return not name.strip() or any(
        search_key(o.name) == search_key(name) for o in organ_repo.list_all(store)
    )


def organ_names(store: Store) -> tuple[list[str], list[str]]:
    """(the organs kept in this database, other nämnder found in the register): the choices
    for "Organ" when a decision is registered."""
    own = [o.name for o in organ_repo.list_all(store)]
    others = sorted(
        {
            b.organ
            for b in delegationsbeslut_repo.list_all(store)
            if b.organ and not is_own_organ(store, b.organ)
        }
    )
    return own, others


def _resting_point(version: Version, data: BeslutInput) -> tuple[str, str, str]:
    """(uid, nr, chapter) of the point the decision rests on, in the version in force."""
    if data.point_uid:
        for chapter, point in version.all_points():
            if point.uid == data.point_uid:
                return point.uid, point.nr, chapter.title
        raise InvalidInput(
            f"Den valda punkten finns inte i {version.name}, som gällde "
            f"{format_date(data.date)}. Välj en punkt ur den versionen."
        )
    wanted = data.punkt.strip().rstrip(".")
    hits = [(c, p) for c, p in version.all_points() if p.nr.strip().rstrip(".") == wanted]
    if not hits:
        raise InvalidInput(
            f"{version.name}, som gällde {format_date(data.date)}, har ingen punkt {data.punkt}."
            if wanted
            else "Välj den punkt i delegationsordningen som beslutet vilar på."
        )
    if len(hits) > 1:
        where = " och ".join(c.title for c, _ in hits)
        raise InvalidInput(
            f"Punkt {data.punkt} finns flera gånger i {version.name} ({where}): välj punkten i "
            "listan i stället."
        )
    chapter, point = hits[0]
    return point.uid, point.nr, chapter.title


def _check_input(data: BeslutInput) -> list[str]:
    """Refuse what cannot be registered (Swedish messages); return warnings for the rest."""
    if not data.dnr.strip():
        raise InvalidInput("Ange beslutets diarienummer.")
    if not data.beslut.strip():
        raise InvalidInput("Skriv kort vad som beslutades.")
    if not data.delegat.strip():
        raise InvalidInput("Ange vem som fattade beslutet (delegat).")
    today = date.today()
    if data.date > today:
        raise InvalidInput(
            f"Beslutsdatumet {format_date(data.date)} ligger i framtiden. Ett delegationsbeslut "
            "registreras när det har fattats."
        )
    if data.received and data.received > today:
        raise InvalidInput(
            f"Datumet då beslutet kom in, {format_date(data.received)}, ligger i framtiden."
        )
    if data.received and data.received < data.date:
        raise InvalidInput("Beslutet kan inte ha kommit in före det fattades.")
    return list(parse_dnr(data.dnr).warnings)


def _build(store: Store, data: BeslutInput, base: Delegationsbeslut) -> Registered:
    """`base` with the secretary's input, resting on its point (the version in force that
    day for the organ's own decisions; another nämnd's rests on its own order)."""
    warnings = _check_input(data)
    beslut = replace(
        base,
        dnr=data.dnr.strip(),
        date=data.date,
        delegat=data.delegat.strip(),
        organ=data.organ.strip(),
        beslut=data.beslut.strip(),
        received=data.received or base.received or date.today(),
        point_uid=None,
        punkt=data.punkt.strip(),
        punkt_kapitel=data.punkt_kapitel.strip(),
        delegationshanvisning="",
    )
    if is_own_organ(store, data.organ):
        version = version_in_force(store, data.date)
        if version is None and data.loose_point:
            warnings.append(
                f"Ingen antagen delegationsordning gällde {format_date(data.date)}: beslutet "
                "sparas utan koppling till en punkt."
            )
            return Registered(beslut, warnings + _twins(store, beslut, base))
        if version is None:
            raise InvalidInput(
                f"Ingen antagen delegationsordning gällde {format_date(data.date)}: beslutet "
                "kan inte vila på någon punkt."
            )
        try:
            uid, nr, chapter = _resting_point(version, data)
        except InvalidInput as error:
            if not data.loose_point:
                raise
            warnings.append(f"{error} Beslutet sparas utan koppling till en punkt.")
            return Registered(beslut, warnings + _twins(store, beslut, base))
        beslut.point_uid, beslut.punkt, beslut.punkt_kapitel = uid, nr, chapter
        beslut.delegationshanvisning = (
            f"Beslutet har fattats med stöd av punkt {nr}, {chapter}, i {version.name}."
        )
        point = next(p for _, p in version.all_points() if p.uid == uid)
        allowed = {search_key(r) for r in point.delegat + point.ersattare}
        if search_key(beslut.delegat) not in allowed:
            warnings.append(
                f'"{beslut.delegat}" står inte som delegat eller ersättare i punkt {nr}.'
            )
    elif data.punkt.strip():
        beslut.delegationshanvisning = (
            f"Beslutet har fattats med stöd av punkt {beslut.punkt}"
            + (f", {beslut.punkt_kapitel}" if beslut.punkt_kapitel else "")
            + f" i {beslut.organ.lower()}s delegationsordning."
        )
    return Registered(beslut, warnings + _twins(store, beslut, base))


def _twins(store: Store, beslut: Delegationsbeslut, base: Delegationsbeslut) -> list[str]:
    """A warning when the register holds another decision with the same Dnr."""
    twins = [
        b
        for b in delegationsbeslut_repo.with_same_dnr_key(store, beslut.dnr)
        if b.id != base.id and same_dnr(b.dnr, beslut.dnr)
    ]
    if not twins:
        return []
    return [
        f"Diarienumret {beslut.dnr} finns redan i registret (beslut "
        f"{format_date(twins[0].date)}): kontrollera att det inte är samma beslut två gånger."
    ]


def register(store: Store, data: BeslutInput) -> Registered:
    """Add a decision to the register; warnings say what looks odd but was accepted."""
    with store.atomic():
        result = preview(store, data)
        delegationsbeslut_repo.save(store, result.beslut)
    return result


def preview(store: Store, data: BeslutInput) -> Registered:
    """What `register` would store, and its warnings, without storing it (InvalidInput for
    what it would refuse): an import's dry run."""
    base = Delegationsbeslut(
        dnr="",
        date=data.date,
        title=data.title,
        handlaggare=data.handlaggare.strip(),
        forvaltning=data.forvaltning.strip(),
        beskrivning=data.beskrivning.strip(),
    )
    return _build(store, data, base)


def update(store: Store, beslut_id: int, data: BeslutInput) -> Registered:
    """Change a registered decision (one not yet reported); what the form does not show
    (handläggare, beskrivning …) is kept."""
    with store.atomic():
        existing = _unreported(store, beslut_id, "ändras")
        result = _build(store, data, existing)
        delegationsbeslut_repo.save(store, result.beslut)
    return result


def _unreported(store: Store, beslut_id: int, verb: str) -> Delegationsbeslut:
    beslut = delegationsbeslut_repo.get(store, beslut_id)
    if beslut.reported_meeting_id is not None:
        when = meeting_repo.get(store, beslut.reported_meeting_id).date
        raise InvalidInput(
            f"Beslutet {beslut.dnr} är redan anmält (sammanträdet {format_date(when)}) och kan "
            f"inte {verb} i registret."
        )
    return beslut


def delete(store: Store, beslut_id: int) -> Delegationsbeslut:
    """Remove a decision not yet reported; returns it (undo puts it back with `put`)."""
    with store.atomic():
        beslut = _unreported(store, beslut_id, "tas bort")
        delegationsbeslut_repo.delete(store, beslut_id)
    return beslut


def put(store: Store, beslut_id: int, beslut: Delegationsbeslut | None) -> Topic:
    """Undo/redo in the register: the decision exactly as `beslut` (None: not there). Only
    decisions not yet reported are touched."""
    with store.atomic():
        if delegationsbeslut_repo.exists(store, beslut_id):
            _unreported(store, beslut_id, "ändras")
            if beslut is None:
                delegationsbeslut_repo.delete(store, beslut_id)
        if beslut is not None:
            if beslut.id != beslut_id:
                raise InvalidInput("Fel beslut att lägga tillbaka.")
            delegationsbeslut_repo.save(store, replace(beslut))
    return Topic.DELEGATION


def cutoff(meeting: Sammantrade, organ: Organ) -> date:
    """The last day a decision may come in to be reported at `meeting`.

    Deliberately the nominal day (the meeting date less the organ's days), not moved back to
    a vardag as the deadline panel shows it: the panel tells delegates the safe day to aim for,
    while this list must not leave out a decision that did arrive by the ordinance's day."""
    return meeting.date - timedelta(days=organ.delegationsbeslut_cutoff_days)


def _meeting(store: Store, meeting_id: int) -> tuple[Sammantrade, Organ]:
    meeting = meeting_repo.get(store, meeting_id)
    return meeting, organ_repo.get(store, meeting.organ_id)


def for_meeting(store: Store, meeting_id: int) -> list[Delegationsbeslut]:
    """The decisions to report at the meeting: once held, those filed under it; before, every
    decision of the organ received by the cut-off and not yet reported."""
    reported = delegationsbeslut_repo.list_reported(store, meeting_id)
    if reported:
        return reported
    meeting, organ = _meeting(store, meeting_id)
    last = cutoff(meeting, organ)
    return [
        b
        for b in delegationsbeslut_repo.list_unreported(store)
        if (b.received or b.date) <= last
        and (not b.organ or search_key(b.organ) == search_key(organ.name))
    ]


def late_for_meeting(store: Store, meeting_id: int) -> list[Delegationsbeslut]:
    """Decisions of the organ that came in after the cut-off: they wait for the next meeting."""
    meeting, organ = _meeting(store, meeting_id)
    last = cutoff(meeting, organ)
    return [
        b
        for b in delegationsbeslut_repo.list_unreported(store)
        if last < (b.received or b.date) <= meeting.date
        and (not b.organ or search_key(b.organ) == search_key(organ.name))
    ]


@dataclass
class AnmalanSummary:
    cutoff: date
    listed: list[Delegationsbeslut]
    late: list[Delegationsbeslut]
    reported: bool  # the meeting is held and the list is filed under it


def anmalan_summary(store: Store, meeting_id: int) -> AnmalanSummary:
    meeting, organ = _meeting(store, meeting_id)
    return AnmalanSummary(
        cutoff(meeting, organ),
        for_meeting(store, meeting_id),
        late_for_meeting(store, meeting_id),
        bool(delegationsbeslut_repo.list_reported(store, meeting_id)),
    )


def anmalan_pdf(store: Store, meeting_id: int, *, embedded: Embedded | None = None) -> bytes:
    """The list of delegationsbeslut for the meeting, as the bilaga to its anmälan item
    (`embedded`: inside the packet, without page numbers of its own)."""
    meeting, organ = _meeting(store, meeting_id)
    return delegationsbeslut_pdf.render_anmalan(
        for_meeting(store, meeting_id), meeting, organ, cutoff(meeting, organ), embedded=embedded
    )


def anmalan_item(store: Store, meeting_id: int) -> Arende:
    """Put "Anmälan av delegationsbeslut" on the agenda with the list as its bilaga (or give
    the list to the item already there). Placed before the closing information items."""
    ref = f"{ANMALAN_REF_PREFIX}:{meeting_id}"
    with store.atomic():
        meeting, organ = _meeting(store, meeting_id)
        item = next(
            (i for i in meeting.items if search_key(i.title) == search_key(ANMALAN_TITLE)), None
        )
        if item is None:
            item = Arende(
                title=ANMALAN_TITLE,
                kind="anmalan",
                is_standard=True,
                proposal=f"{organ.name} lägger anmälan av delegationsbeslut till handlingarna.",
            )
            position = len(meeting.items)
            while position and meeting.items[position - 1].kind == "information":
                position -= 1
            meeting.items.insert(position, item)
        if not any(_is_anmalan_ref(b.ref) for b in item.bilagor):
            item.bilagor.append(
                Bilaga(
                    title="Förteckning över delegationsbeslut",
                    nr=str(len(item.bilagor) + 1),
                    ref=ref,
                )
            )
        meeting_repo.save(store, meeting)
    return item


def _is_anmalan_ref(ref: str | None) -> bool:
    return bool(ref) and ref.partition(":")[0] == ANMALAN_REF_PREFIX


def mark_reported(store: Store, meeting_id: int) -> int:
    """The meeting has been held: its listed decisions count as reported. Returns how many.
    Refused for a meeting that has not taken place (neither genomförd nor in the past)."""
    with store.atomic():
        meeting, _organ = _meeting(store, meeting_id)
        if meeting.status != MeetingStatus.GENOMFORD and meeting.date > date.today():
            raise InvalidInput(
                f"Sammanträdet {format_date(meeting.date)} har inte hållits: besluten kan inte "
                "anmälas än."
            )
        listed = [b for b in for_meeting(store, meeting_id) if b.reported_meeting_id is None]
        delegationsbeslut_repo.set_reported(store, [b.id for b in listed], meeting_id)
    return len(listed)


def unmark_reported(store: Store, meeting_id: int) -> int:
    """Undo `mark_reported` (the meeting was marked held by mistake)."""
    with store.atomic():
        reported = delegationsbeslut_repo.list_reported(store, meeting_id)
        delegationsbeslut_repo.set_reported(store, [b.id for b in reported], None)
    return len(reported)


def get(store: Store, beslut_id: int) -> Delegationsbeslut:
    return delegationsbeslut_repo.get(store, beslut_id)
