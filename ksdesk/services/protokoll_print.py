"""The printed protokoll and protokollsutdrag of a meeting, as PDF bytes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from ksdesk.core import text_walk
from ksdesk.core.deadlines import DeadlineChain, deadline_chain
from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.fingeravtryck import fingerprint
from ksdesk.core.format import format_date
from ksdesk.core.kallelse import withheld_line
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import Paragraf, Protokoll
from ksdesk.core.protokoll_public import hide_secret_underlag, public_paragraf
from ksdesk.core.public_copy import PublicCopyRules
from ksdesk.db.connection import Store
from ksdesk.reports.protokoll_pdf import protokoll_pdf
from ksdesk.reports.utdrag_pdf import utdrag_pdf
from ksdesk.services import public_gate
from ksdesk.services.meeting_lookup import SeveralMeetings, find_meeting, find_organ
from ksdesk.services.protokoll import get_protokoll, meeting_and_organ


def protokoll_document(store: Store, meeting_id: int, *, public: bool = False) -> bytes:
    """The protokoll as PDF; `public`: the version for the public (refused, naming what is
    open, until every hit of the public-copy scan has a decision)."""
    meeting, organ = meeting_and_organ(store, meeting_id)
    protokoll = get_protokoll(store, meeting_id)
    if not protokoll.paragrafer:
        raise NotFound(
            f"Sammanträdet {format_date(meeting.date)} har inget protokoll ännu: "
            "starta det under fliken Sammanträde."
        )
    # Once justerat, the bevis carries the fingerprint of the protokoll as justerat (of the
    # original, also on the public version: it names the protokoll the copy was made from).
    digest = fingerprint(organ, meeting, protokoll) if protokoll.justering.justerat else ""
    rules = None
    if public:
        meeting, protokoll, rules = public_protokoll(store, meeting, protokoll)
    chain = deadline_chain_for(organ, meeting, protokoll)
    pdf = protokoll_pdf(organ, meeting, protokoll, chain, public=public, fingerprint=digest)
    return public_gate.checked(pdf, "Det offentliga protokollet", rules) if public else pdf


def deadline_chain_for(organ: Organ, meeting: Sammantrade, protokoll: Protokoll) -> DeadlineChain:
    return deadline_chain(
        meeting.date,
        kallelse_days=organ.kallelse_days_before,
        cutoff_days=organ.delegationsbeslut_cutoff_days,
        justerat=protokoll.justering.justerat,
        anslaget=protokoll.justering.anslaget,
    )


def public_protokoll(
    store: Store, meeting: Sammantrade, protokoll: Protokoll
) -> tuple[Sammantrade, Protokoll, PublicCopyRules]:
    """The meeting and protokoll as the public version shows them, after the guard of the
    public-copy scan: secret §§ emptied, personnummer masked as decided."""
    from ksdesk.services.kallelse import public_view
    from ksdesk.services.public_copy import ensure_public_ok, protokoll_root

    rules = ensure_public_ok(store, meeting.id)
    view = public_view(store, meeting, rules)
    masked = text_walk.masked(protokoll, protokoll_root(meeting), rules.mask)
    secret = _secret_bilaga_lines(meeting, view)
    paragrafer = [
        hide_secret_underlag(public_paragraf(p, rules.omit_item_content(p.item_id)), secret)
        for p in masked.paragrafer
    ]
    return view, replace(masked, paragrafer=paragrafer), rules


def _secret_bilaga_lines(meeting: Sammantrade, view: Sammantrade) -> dict[str, str]:
    """Each secret bilaga's own title (as the beslutsunderlag names it) → its public line."""
    lines = {}
    for item, shown in zip(meeting.items, view.items, strict=True):
        for bilaga, public in zip(item.bilagor, shown.bilagor, strict=True):
            if public.withheld == "sekretess" and bilaga.title.strip():
                lines[bilaga.title.strip().rstrip(".")] = withheld_line(public)
    return lines


def utdrag_document(
    store: Store,
    meeting_id: int,
    number: int,
    bestyrkt: date | None = None,
    *,
    public: bool = False,
) -> bytes:
    """The protokollsutdrag of § `number`; `public`: the public version, under the same
    guard and rules as the public protokoll (a secret § keeps its number and its sekretess
    line, personnummer are masked as decided)."""
    meeting, organ = meeting_and_organ(store, meeting_id)
    protokoll = get_protokoll(store, meeting_id)
    if protokoll.paragraf(number) is None:
        numbers = ", ".join(str(n) for n in protokoll.numbers) or "inga"
        raise NotFound(
            f"Sammanträdet {format_date(meeting.date)} har ingen § {number} "
            f"(paragrafer: {numbers})."
        )
    rules = None
    if public:
        meeting, protokoll, rules = public_protokoll(store, meeting, protokoll)
    paragraf = protokoll.paragraf(number)
    assert paragraf is not None  # the public version keeps every number
    pdf = utdrag_pdf(organ, meeting, protokoll, paragraf, bestyrkt or date.today(), public=public)
    return public_gate.checked(pdf, "Det offentliga protokollsutdraget", rules) if public else pdf


def utdrag_on(
    store: Store,
    day: date,
    number: int,
    bestyrkt: date | None = None,
    *,
    organ: str | None = None,
    public: bool = False,
) -> bytes:
    """The utdrag of § `number` of the meeting held on `day` (of the organ named `organ`,
    needed when two organs met that day). A § kept without its meeting (an earlier protokoll
    typed in, like the seed's § 216 of 2020-11-24) is printed from the paragraph register,
    with the organ's secretary certifying it."""
    from ksdesk.db import meeting_repo, organ_repo, protokoll_repo

    wanted = find_organ(store, organ) if organ else None
    held = meeting_repo.find_all_by_date(store, day)
    if any(wanted is None or m.organ_id == wanted.id for m in held):
        meeting = find_meeting(store, day, organ, with_items=False)
        return utdrag_document(store, meeting.id, number, bestyrkt, public=public)
    organs = [wanted] if wanted else organ_repo.list_all(store)
    found = [(o, protokoll_repo.find(store, o.id, day, number)) for o in organs]
    found = [(o, p) for o, p in found if p is not None]
    if not found:
        raise NotFound(
            f"Det finns inget sammanträde och ingen sparad § {number} den {format_date(day)}."
        )
    if len(found) > 1:
        raise SeveralMeetings(day, [o.name for o, _p in found])
    return _kept_utdrag(found[0][0], found[0][1], day, bestyrkt, public=public)


def _kept_utdrag(
    organ: Organ, paragraf: Paragraf, day: date, bestyrkt: date | None, *, public: bool
) -> bytes:
    if public:
        # The scan and its decisions belong to a meeting; this § has none to go by.
        raise InvalidInput(
            f"§ {paragraf.nr} den {format_date(day)} är sparad utan sitt sammanträde, så den "
            "har ingen granskning före publicering: en offentlig version kan inte skrivas. "
            "Skriv det vanliga utdraget och granska det för hand."
        )
    kept = Sammantrade(
        organ_id=organ.id,
        date=day,
        time=time(0, 0),
        secretary_name=organ.secretary_name,
        secretary_title=organ.secretary_title,
    )
    protokoll = Protokoll(meeting_id=0, paragrafer=[paragraf])
    # Whether and when that protokoll was justerat is not recorded: say nothing of it.
    return utdrag_pdf(
        organ, kept, protokoll, paragraf, bestyrkt or date.today(), justering_known=False
    )
