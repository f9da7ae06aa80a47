"""The register of delegationsbeslut: registering, changing and removing a decision.

A decision rests on a point of the delegationsordning in force on the day it was taken (another
nämnd's decision on its own order). Its anmälan to the board – which decisions a meeting lists,
the list as a bilaga, filing them once the meeting is held – is services.delegationsbeslut_anmalan,
whose functions are offered here too, as the register's callers have always reached them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from ksdesk.core.delegation import Delegationsbeslut, Version
from ksdesk.core.delegationsbeslut_rules import (
    BeslutInput,
    check_input,
    dnr_example,
    other_order_reference,
    rest_on,
    resting_point,
)
from ksdesk.core.dnr import same_dnr
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import format_date
from ksdesk.core.lookalike import search_key
from ksdesk.core.topics import Topic
from ksdesk.db import delegation_repo, delegationsbeslut_repo, meeting_repo, organ_repo
from ksdesk.db.connection import Store
from ksdesk.services.delegation import version_in_force
from ksdesk.services.delegationsbeslut_anmalan import (
    ANMALAN_REF_PREFIX,
    ANMALAN_TITLE,
    AnmalanSummary,
    anmalan_item,
    anmalan_pdf,
    anmalan_summary,
    cutoff,
    for_meeting,
    late_for_meeting,
    mark_reported,
    unmark_reported,
    where_reported,
)
from ksdesk.services.delegationsbeslut_bilagor import follow_dnr, follow_flags

__all__ = [
    "ANMALAN_REF_PREFIX",
    "ANMALAN_TITLE",
    "AnmalanSummary",
    "BeslutInput",
    "Registered",
    "anmalan_item",
    "anmalan_pdf",
    "anmalan_summary",
    "cutoff",
    "delete",
    "dnr_placeholder",
    "for_meeting",
    "get",
    "is_own_organ",
    "late_for_meeting",
    "list_all",
    "mark_reported",
    "organ_names",
    "own_organ_name",
    "preview",
    "put",
    "register",
    "set_sekretess",
    "unmark_reported",
    "update",
    "where_reported",
]


IMPORT_LIST = "Importera lista…"  # the button of the delegationsbeslut window that reads one


@dataclass
class Registered:
    beslut: Delegationsbeslut
    warnings: list[str] = field(default_factory=list)


def list_all(store: Store) -> list[Delegationsbeslut]:
    return delegationsbeslut_repo.list_all(store)


def is_own_organ(store: Store, name: str) -> bool:
    """True when the decision falls under one of the organs kept in this database."""
    return not name.strip() or own_organ_name(store, name) is not None


def own_organ_name(store: Store, name: str) -> str | None:
    """The name of the organ kept here that `name` means, by its name or its short name
    ("KS", as a diarium's export writes it); None for another nämnd."""
    key = search_key(name)
    for organ in organ_repo.list_all(store):
        if key and key in (search_key(organ.name), search_key(organ.short)):
            return organ.name
    return None


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


def dnr_placeholder(store: Store) -> str:
    """The Diarienummer field's example in the file's own shape (core dnr_example): from the
    newest decision of an organ kept here, else from the newest meeting's agenda."""
    own = {"", *(o.name for o in organ_repo.list_all(store))}
    found = [b.dnr for b in delegationsbeslut_repo.list_all(store) if b.organ in own]
    for header in meeting_repo.list_headers(store)[:1] if not found else ():  # newest first
        found = [i.dnr for i in meeting_repo.get(store, header.id).items if i.dnr.strip()]
    return dnr_example(found[-1] if found else "", date.today().year)


def _build(store: Store, data: BeslutInput, base: Delegationsbeslut) -> Registered:
    """`base` with the secretary's input, resting on its point (the version in force that
    day for the organ's own decisions; another nämnd's rests on its own order)."""
    warnings = check_input(data, date.today())
    # "KS" from a diarium's list is stored under the organ's name, as the dialog stores it:
    # the anmälan to the board looks for the name. Looked up once for both uses below.
    own = own_organ_name(store, data.organ)
    beslut = replace(
        base,
        dnr=data.dnr.strip(),
        date=data.date,
        delegat=data.delegat.strip(),
        organ=own or data.organ.strip(),
        beslut=data.beslut.strip(),
        received=data.received or base.received or date.today(),
        point_uid=None,
        punkt=data.punkt.strip(),
        punkt_kapitel=data.punkt_kapitel.strip(),
        delegationshanvisning="",
        sekretess=data.sekretess,
    )
    if own is not None or not beslut.organ:  # no nämnd written: the organ's own (is_own_organ)
        try:
            version, (uid, nr, chapter) = _point_in_force(store, data)
        except _Unanchored as error:
            if not data.loose_point:
                raise
            warnings.append(error.loose_warning)
        else:
            warnings += rest_on(beslut, version, uid, nr, chapter)
    elif data.punkt.strip():
        beslut.delegationshanvisning = other_order_reference(beslut)
    return Registered(beslut, warnings + _twins(store, beslut, base))


class _Unanchored(InvalidInput):
    """The decision's point is not in the version in force: refused, or, for an imported row
    (`loose_point`), kept without a point with `loose_warning`."""

    def __init__(self, message: str, loose_warning: str) -> None:
        super().__init__(message)
        self.loose_warning = loose_warning


def _point_in_force(store: Store, data: BeslutInput) -> tuple[Version, tuple[str, str, str]]:
    """The version in force on the decision's day, and (uid, nr, chapter) of its point."""
    version = version_in_force(store, data.date)
    if version is None and delegation_repo.in_force_id(store, date.max) is None:
        # A new file: the secretary is told what to do first, not only that she cannot.
        raise _Unanchored(
            "Filen har ännu ingen antagen delegationsordning, så beslutet kan inte vila på "
            "någon punkt. Läs in nämndens delegationsordning under fliken Delegation och anta "
            "den från det datum den gäller. Diariets lista kan läsas in redan nu med "
            f"{IMPORT_LIST}: ett beslut utan punkt sparas då med en varning.",
            "Filen har ännu ingen antagen delegationsordning: beslutet sparas utan koppling "
            "till en punkt.",
        )
    if version is None:
        none_in_force = f"Ingen antagen delegationsordning gällde {format_date(data.date)}"
        raise _Unanchored(
            f"{none_in_force}: beslutet kan inte vila på någon punkt.",
            f"{none_in_force}: beslutet sparas utan koppling till en punkt.",
        )
    try:
        return version, resting_point(version, data)
    except InvalidInput as error:
        raise _Unanchored(
            str(error), f"{error} Beslutet sparas utan koppling till en punkt."
        ) from None


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
        follow_flags(store, [result.beslut.dnr])
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
        follow_dnr(store, existing.dnr, result.beslut)
        follow_flags(store, [existing.dnr, result.beslut.dnr])
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
        follow_flags(store, [beslut.dnr])
    return beslut


def set_sekretess(store: Store, beslut_id: int, secret: bool) -> Topic:
    """Flag a decision sekretess, or take the flag off: also one already reported, as the
    web edition of its meeting may yet be printed (the flag only changes what is printed)."""
    with store.atomic():
        beslut = delegationsbeslut_repo.get(store, beslut_id)
        if beslut.sekretess != secret:
            delegationsbeslut_repo.save(store, replace(beslut, sekretess=secret))
            follow_flags(store, [beslut.dnr])
    return Topic.DELEGATION


def put(store: Store, beslut_id: int, beslut: Delegationsbeslut | None) -> Topic:
    """Undo/redo in the register: the decision exactly as `beslut` (None: not there). Only
    decisions not yet reported are touched."""
    with store.atomic():
        dnrs = [beslut.dnr] if beslut is not None else []
        if delegationsbeslut_repo.exists(store, beslut_id):
            dnrs.append(_unreported(store, beslut_id, "ändras").dnr)
            if beslut is None:
                delegationsbeslut_repo.delete(store, beslut_id)
        if beslut is not None:
            if beslut.id != beslut_id:
                raise InvalidInput("Fel beslut att lägga tillbaka.")
            delegationsbeslut_repo.save(store, replace(beslut))
            follow_dnr(store, dnrs[-1], beslut)  # undo of a changed Dnr: the bilagor go back
        follow_flags(store, dnrs)
    return Topic.DELEGATION


def get(store: Store, beslut_id: int) -> Delegationsbeslut:
    return delegationsbeslut_repo.get(store, beslut_id)
