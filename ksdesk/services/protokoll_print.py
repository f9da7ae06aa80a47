"""The printed protokoll and protokollsutdrag of a meeting, as PDF bytes."""

from __future__ import annotations

from dataclasses import dataclass, replace
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
from ksdesk.services.public_kept import kept_by_paragraf, kept_in_protokoll, paragraf_pages


@dataclass(frozen=True)
class ProtokollEdition:
    """What a printed protokoll shows, public or not: every edition (paper, web) is made
    from this one, so their content cannot drift apart. A public edition carries the
    decisions of the review (`rules`): its rendered output goes through `checked`."""

    organ: Organ
    meeting: Sammantrade
    protokoll: Protokoll
    chain: DeadlineChain | None  # the protokoll's anslag dates (an utdrag prints none)
    public: bool
    fingerprint: str = ""  # of the justerat original, printed in the anslag/bevis
    rules: PublicCopyRules | None = None
    only: Paragraf | None = None  # the § an utdrag prints

    def checked(self, pdf: bytes, what: str) -> bytes:
        """A public edition's PDF once the independent reader finds no number, name or
        secret title that was not consciously kept in a text it prints (refused, naming
        where, otherwise): an utdrag's in its §, the whole protokoll's page by page in the §
        the page prints. The internal one as it is."""
        if not self.public or self.rules is None:
            return pdf
        if self.only is not None:
            kept = kept_in_protokoll(self.rules, self.meeting, self.only)
            return public_gate.checked(pdf, what, self.rules, on_page=lambda page: kept)
        pages = paragraf_pages(pdf, self.protokoll.paragrafer)
        on_page = kept_by_paragraf(self.rules, self.meeting, pages)
        return public_gate.checked(
            pdf, what, self.rules, on_page=on_page, page_label=lambda n: _label(pages(n))
        )

    def checked_text(self, text: str, what: str) -> str:
        return public_gate.checked_text(text, what, self.rules) if self.public else text


def _label(paragraf: Paragraf | None) -> str:
    """What a refusal names a page of the protokoll by: its § (its header names none)."""
    return paragraf.label if paragraf is not None else ""


def protokoll_edition(store: Store, meeting_id: int, *, public: bool = False) -> ProtokollEdition:
    """The protokoll as printed; `public`: the version for the public (refused, naming what
    is open, until every hit of the public-copy scan has a decision)."""
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
    if not public:
        chain = deadline_chain_for(organ, meeting, protokoll)
        return ProtokollEdition(organ, meeting, protokoll, chain, False, digest)
    e = public_protokoll(store, meeting, protokoll)
    chain = deadline_chain_for(e.organ, e.meeting, e.protokoll)
    return replace(e, chain=chain, fingerprint=digest)


def protokoll_document(store: Store, meeting_id: int, *, public: bool = False) -> bytes:
    """The protokoll on paper, as PDF (a public one read once more before it is returned)."""
    e = protokoll_edition(store, meeting_id, public=public)
    pdf = protokoll_pdf(
        e.organ, e.meeting, e.protokoll, e.chain, public=e.public, fingerprint=e.fingerprint
    )
    return e.checked(pdf, "Det offentliga protokollet")


def deadline_chain_for(organ: Organ, meeting: Sammantrade, protokoll: Protokoll) -> DeadlineChain:
    return deadline_chain(
        meeting.date,
        kallelse_days=organ.kallelse_days_before,
        cutoff_days=organ.delegationsbeslut_cutoff_days,
        justerat=protokoll.justering.justerat,
        anslaget=protokoll.justering.anslaget,
    )


def public_protokoll(store: Store, meeting: Sammantrade, protokoll: Protokoll) -> ProtokollEdition:
    """The protokoll's public edition (no chain yet), after the guard of the public-copy
    scan: the meeting and organ of the public edition, every text of the protokoll masked as
    decided, secret §§ emptied, secret bilagor named by their OSL paragraph."""
    from ksdesk.services.public_copy import protokoll_root
    from ksdesk.services.public_edition import public_edition

    edition = public_edition(store, meeting.id)
    rules = edition.rules
    # A line naming a secret bilaga is replaced as written, before masking: the review let
    # it be (public_mentions) on the title as written, and a name or number masked inside
    # the title would leave the rest of it unrecognised, and printed.
    secret = _secret_bilaga_lines(meeting, edition.meeting)
    hidden = [hide_secret_underlag(p, secret) for p in protokoll.paragrafer]
    masked = text_walk.masked(
        replace(protokoll, paragrafer=hidden), protokoll_root(meeting), rules.mask
    )
    items = {item.id: item for item in edition.meeting.items}
    paragrafer = [
        public_paragraf(p, rules.omit_item_content(p.item_id), items.get(p.item_id))
        for p in masked.paragrafer
    ]
    shown = replace(masked, paragrafer=paragrafer)
    return ProtokollEdition(edition.organ, edition.meeting, shown, None, True, rules=rules)


def _secret_bilaga_lines(meeting: Sammantrade, view: Sammantrade) -> dict[str, str]:
    """Each secret bilaga's own title (as the beslutsunderlag names it) → its public line."""
    lines = {}
    for item, shown in zip(meeting.items, view.items, strict=True):
        for bilaga, public in zip(item.bilagor, shown.bilagor, strict=True):
            if public.withheld == "sekretess" and bilaga.title.strip():
                lines[bilaga.title.strip().rstrip(".")] = withheld_line(public)
    return lines


def utdrag_edition(
    store: Store, meeting_id: int, number: int, *, public: bool = False
) -> tuple[ProtokollEdition, Paragraf]:
    """The protokoll and its § `number` as an utdrag prints them; `public`: under the same
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
    e = (
        public_protokoll(store, meeting, protokoll)
        if public
        else ProtokollEdition(organ, meeting, protokoll, None, False)
    )
    paragraf = e.protokoll.paragraf(number)
    assert paragraf is not None  # the public version keeps every number
    return replace(e, only=paragraf), paragraf


def utdrag_document(
    store: Store,
    meeting_id: int,
    number: int,
    bestyrkt: date | None = None,
    *,
    public: bool = False,
) -> bytes:
    """The protokollsutdrag of § `number` on paper, as PDF (a public one read once more)."""
    e, paragraf = utdrag_edition(store, meeting_id, number, public=public)
    pdf = utdrag_pdf(
        e.organ, e.meeting, e.protokoll, paragraf, bestyrkt or date.today(), public=public
    )
    return e.checked(pdf, "Det offentliga protokollsutdraget")


def held_meeting(store: Store, day: date, organ: str | None = None) -> Sammantrade | None:
    """The meeting held on `day` (of the organ named `organ`); None when there is none, and
    a § of that day can only be one kept without its meeting."""
    from ksdesk.db import meeting_repo

    wanted = find_organ(store, organ) if organ else None
    held = meeting_repo.find_all_by_date(store, day)
    if any(wanted is None or m.organ_id == wanted.id for m in held):
        return find_meeting(store, day, organ, with_items=False)
    return None


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
    from ksdesk.db import organ_repo, protokoll_repo

    meeting = held_meeting(store, day, organ)
    if meeting is not None:
        return utdrag_document(store, meeting.id, number, bestyrkt, public=public)
    wanted = find_organ(store, organ) if organ else None
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
