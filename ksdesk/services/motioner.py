"""The register of motioner and medborgarförslag: adding and changing rows, the list, and
the twice-yearly redovisning of what is not yet prepared (bilaga ref
`motionsredovisning:<ÅÅÅÅ-MM-DD>`), internal or public.

The public redovisning goes through the same masking as every public copy: every personnummer
is masked (there is no scan decision to keep one: the register belongs to no meeting), a
citizen's name is printed only with their consent, an address never."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import format_date, format_date_long
from ksdesk.core.motion import (
    LAGRUM,
    REDOVISNING_TITLE,
    TYP_LABELS,
    Motion,
    MotionStatus,
    MotionTyp,
    check,
    oberedda,
)
from ksdesk.core.topics import Topic
from ksdesk.db import motion_repo, organ_repo
from ksdesk.db.connection import Store

if TYPE_CHECKING:
    from ksdesk.reports.base import Embedded
    from ksdesk.reports.uppfoljning_pdf import ListDocument

REF_PREFIX = "motionsredovisning"


def list_motioner(store: Store) -> list[Motion]:
    return motion_repo.list_all(store)


def get(store: Store, motion_id: int) -> Motion:
    return motion_repo.get(store, motion_id)


def save(store: Store, motion: Motion) -> Motion:
    """Insert or update a register row (checked first; nothing is written when refused)."""
    motion = replace(motion, rubrik=" ".join(motion.rubrik.split()), av=motion.av.strip())
    wrong = check(motion)
    if wrong:
        raise InvalidInput(wrong)
    with store.atomic():
        return motion_repo.save(store, motion)


def add(
    store: Store,
    typ: str,
    rubrik: str,
    vackt: date,
    av: str = "",
    dnr: str = "",
) -> Motion:
    """`motion add`: a new row, väckt on `vackt`."""
    return save(store, Motion(typ=typ, rubrik=rubrik, vackt=vackt, av=av, dnr=dnr.strip()))


def remit(store: Store, motion_id: int, till: str, day: date) -> Motion:
    motion = motion_repo.get(store, motion_id)
    return save(
        store, replace(motion, remitterad_till=till, remitterad=day, status=MotionStatus.REMITTERAD)
    )


def answer(store: Store, motion_id: int, day: date, paragraf: str) -> Motion:
    """Fullmäktige answered it on `day` in `paragraf` ("§ 45")."""
    motion = motion_repo.get(store, motion_id)
    return save(
        store,
        replace(motion, besvarad=day, besvarad_paragraf=paragraf, status=MotionStatus.BESVARAD),
    )


def delete(store: Store, motion_id: int) -> Motion:
    with store.atomic():
        found = motion_repo.get(store, motion_id)
        motion_repo.delete(store, motion_id)
    return found


def put(store: Store, motion: Motion | None, motion_id: int) -> Topic:
    """Write back exactly `motion` (None: it did not exist): undo and redo."""
    with store.atomic():
        if motion is None:
            motion_repo.delete(store, motion_id)
        else:
            motion_repo.save(store, replace(motion))
    return Topic.UPPFOLJNING


# ---------------------------------------------------------------------------------------------
# The redovisning


_HEADERS = ("Väckt", "Rubrik", "Väckt av", "Dnr", "Remitterad till", "Senast", "Över ett år")
_WIDTHS = (23, 46, 30, 20, 25, 23, 13)


def _row(m: Motion, day: date, public: bool) -> list[str]:
    av = m.public_av() if public else m.av
    shown = m.public_text if public else str
    return [
        format_date(m.vackt),
        shown(m.rubrik),
        av,
        m.dnr,
        shown(m.remitterad_till),
        format_date(m.senast),
        "Ja" if m.over_ett_ar(day) else "",
    ]


def redovisning_document(store: Store, day: date, *, public: bool = False) -> ListDocument:
    """Motioner and medborgarförslag väckta by `day` and not answered by then; those past the
    year marked."""
    # ReportLab (70 ms of imports) loads when a list is printed, not with the Uppföljning tab.
    from ksdesk.reports.base import PageHeader
    from ksdesk.reports.uppfoljning_pdf import Lista, ListDocument

    waiting = oberedda(motion_repo.list_all(store), day)
    lists = []
    for typ in MotionTyp:
        rows = [m for m in waiting if m.typ == typ]
        label = "Motioner" if typ == MotionTyp.MOTION else "Medborgarförslag"
        lists.append(
            Lista(
                label,
                _HEADERS,
                _WIDTHS,
                [_row(m, day, public) for m in rows],
                marked={i for i, m in enumerate(rows) if m.over_ett_ar(day)},
                tom=f"Inga {label.lower()} väntar på beslut.",
            )
        )
    organs = organ_repo.list_all(store)
    kommun = next((o.kommun for o in organs if o.kommun), "")
    over = sum(1 for m in waiting if m.over_ett_ar(day))
    intro = (
        f"Per den {format_date_long(day)}: {len(waiting)} ärenden som väckts genom motion eller "
        f"medborgarförslag har inte beretts färdigt, varav {over} har väckts för mer än ett år "
        "sedan (markerade)."
    )
    notes = [
        f"{TYP_LABELS[MotionTyp.MOTION]}: ärendet bör beredas så att fullmäktige kan besluta "
        f"inom ett år från det att det väcktes; annars anmäls det till fullmäktige, som får "
        f"avskriva det ({LAGRUM[MotionTyp.MOTION]}).",
        f"{TYP_LABELS[MotionTyp.MEDBORGARFORSLAG]}: fullmäktige har medgett medborgarförslag "
        f"({LAGRUM[MotionTyp.MEDBORGARFORSLAG]}); samma ettårsgräns tillämpas enligt "
        "arbetsordningen.",
    ]
    if public:
        notes.append(
            "Offentlig version: förslagsställares namn visas bara med deras medgivande, "
            "adresser och personnummer visas aldrig."
        )
    title = REDOVISNING_TITLE + (" (offentlig version)" if public else "")
    document = ListDocument(
        title=title,
        intro=intro,
        lists=lists,
        header=PageHeader(left=f"{kommun} · Kommunfullmäktige".strip(" ·"), right=format_date(day)),
        author=kommun or "ksdesk",
        notes=notes,
    )
    if not public:
        return document
    # Each row hides its own citizen (Motion.public_text); a name may stand in another row.
    # (Imported here, as in services.uppdrag: only a public list needs the readers.)
    from ksdesk.services.public_withheld import register_masking

    return document.mapped(register_masking(store))


def redovisning_pdf(
    store: Store, day: date, *, public: bool = False, embedded: Embedded | None = None
) -> bytes:
    """The redovisning as PDF; a public one is read once more by the independent reader
    before it is returned, like every public output."""
    from ksdesk.reports.uppfoljning_pdf import render

    pdf = render(redovisning_document(store, day, public=public), embedded=embedded)
    if not public:
        return pdf
    from ksdesk.services import public_gate
    from ksdesk.services.public_withheld import register_withheld

    return public_gate.checked(
        pdf, "Den offentliga redovisningen av motioner", withheld=register_withheld(store)
    )


def register_text(store: Store) -> str:
    """Every text of the register that a print could show, for the public-copy scan."""
    parts = []
    for m in motion_repo.list_all(store):
        parts += [m.rubrik, m.av, m.adress, m.dnr, m.remitterad_till, m.anteckning]
    return "\n".join(p for p in parts if p)
