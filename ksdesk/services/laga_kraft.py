"""What gains laga kraft and when (core.laga_kraft has the rules and the law), and the alarm
for delegationsbeslut never anmälda: their appeal period never starts."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from ksdesk.core.arendegang import OPEN_UTFALL, resolved_utfall
from ksdesk.core.besvar_hint import besvar_hint, decides_nothing
from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.delegationsbeslut_print import printed_text
from ksdesk.core.forvaltningsbesvar import LAGRUM as LAGRUM_BESVAR
from ksdesk.core.forvaltningsbesvar import Forvaltningsbesvar
from ksdesk.core.laga_kraft import (
    LAGRUM_DELEGATION,
    LAGRUM_PARAGRAF,
    NOT_REPORTED,
    LagaKraftLage,
    Period,
    appealed,
    besvar_period,
    lage_text,
    paragraf_rubrik,
    period,
    proposes_only,
)
from ksdesk.core.lookalike import search_key
from ksdesk.core.meeting import MeetingStatus, Sammantrade
from ksdesk.core.overklagande import Overklagande
from ksdesk.core.protokoll import Justering
from ksdesk.core.text_order import numbers_by_value
from ksdesk.db import (
    arende_repo,
    besvar_repo,
    delegationsbeslut_repo,
    meeting_repo,
    organ_repo,
    overklagande_repo,
    protokoll_repo,
)
from ksdesk.db.connection import Store
from ksdesk.services.delegationsbeslut_late import held_anmalan

# The list shows what is still to gain laga kraft and what gained it this recently.
RECENT_DAYS = 30


@dataclass(frozen=True)
class LagaKraftRad:
    typ: str  # "paragraf" | "delegationsbeslut"
    organ: str
    datum: date  # the meeting (a §) or the decision (a delegationsbeslut)
    ref: str  # "§ 218" | "SBN 2020/877"
    rubrik: str
    period: Period
    lagrum: str
    anmald: date | None = None  # a delegationsbeslut: the meeting it was anmält at
    paragraf_id: int | None = None  # a §: the one its appeal is recorded on
    overklagande: str = ""  # a § appealed: "Överklagat 2017-01-10, Förvaltningsrätten, …"
    besvar_forslag: str = ""  # a § that looks like förvaltningsbesvär, not yet marked

    @property
    def lage_shown(self) -> str:
        """The Läge a list shows: the appeal as recorded, else the förvaltningsbesvär to
        confirm, else where the period stands."""
        return self.overklagande or self.besvar_forslag or lage_text(self.period.lage)

    def as_json(self) -> dict:
        p = self.period
        return {
            "typ": self.typ,
            "organ": self.organ,
            "datum": self.datum.isoformat(),
            "ref": self.ref,
            "rubrik": self.rubrik,
            "anmald": self.anmald.isoformat() if self.anmald else None,
            "anslaget": p.anslaget.isoformat() if p.anslaget else None,
            "overklagande_slut": p.overklagande_slut.isoformat() if p.overklagande_slut else None,
            "laga_kraft": p.laga_kraft.isoformat() if p.laga_kraft else None,
            "lage": str(p.lage),
            "overklagande": self.overklagande or None,
            "forvaltningsbesvar_forslag": self.besvar_forslag or None,
            "beraknat": p.beraknat,
            "lagrum": self.lagrum,
        }


def rows(store: Store, today: date, *, everything: bool = False) -> list[LagaKraftRad]:
    """Each appealable § of a held meeting and each anmält delegationsbeslut with its appeal
    period, soonest laga kraft first. Unless `everything`, only what gains laga kraft from
    RECENT_DAYS ago on."""
    headers = meeting_repo.list_headers(store)
    justeringar = protokoll_repo.justeringar(store)  # one query, not one per meeting
    since = None if everything else today - timedelta(days=RECENT_DAYS)
    # The period is the meeting's (its justering and anslag), the same for all it decided:
    # only the meetings whose period is shown have their paragraphs read (at ten years,
    # reading every § to show a month's took a third of a second).
    periods = {}
    meetings = {}
    appeals = overklagande_repo.all_by_paragraf(store)
    # An appeal still tried, or decided this recently, keeps its § in the list however old.
    followed = {
        pid
        for pid, a in appeals.items()
        if since is None or a.avgjort is None or a.avgjort >= since
    }
    # A § appealed by förvaltningsbesvär has a period of its own (delivery, kungörelse):
    # shown while it is to come or ran out this recently, whatever its meeting's anslag.
    besvar = besvar_repo.all_by_paragraf(store)
    for pid, b in besvar.items():
        own = besvar_period(b, today).laga_kraft
        if since is None or own is None or own >= since:
            followed.add(pid)
    appealed_meetings = {
        paragraf.meeting_id
        for paragraf in (protokoll_repo.get(store, pid) for pid in followed)
        if paragraf is not None
    }
    only_appealed = set()
    for meeting in headers:
        j = justeringar.get(meeting.id) or Justering()
        p = period(meeting.date, j.justerat, j.anslaget, today)
        if since is None or (p.laga_kraft and p.laga_kraft >= since):
            meetings[meeting.id], periods[meeting.id] = meeting, p
        elif meeting.id in appealed_meetings:
            meetings[meeting.id], periods[meeting.id] = meeting, p
            only_appealed.add(meeting.id)
    organs = {o.id: o.name for o in organ_repo.list_all(store)}
    shown = _Appeals(appeals, only_appealed, followed, besvar)
    result = _paragraf_rows(store, meetings, periods, organs, today, shown)
    delegation_meetings = {m: meetings[m] for m in meetings if m not in only_appealed}
    # Only the decisions anmälda at the meetings shown are read (at ten years, reading all
    # of them to keep a month's took a sixth of each reload of the Uppföljning tab).
    for beslut in delegationsbeslut_repo.reported_at(store, list(delegation_meetings)):
        meeting = delegation_meetings[beslut.reported_meeting_id]
        result.append(
            LagaKraftRad(
                "delegationsbeslut",
                beslut.organ or organs.get(meeting.organ_id, ""),
                beslut.date,
                beslut.dnr,
                printed_text(beslut),
                periods[meeting.id],
                LAGRUM_DELEGATION,
                anmald=meeting.date,
            )
        )
    return sorted(
        result, key=lambda r: (r.period.laga_kraft or date.max, r.datum, numbers_by_value(r.ref))
    )


@dataclass(frozen=True)
class _Appeals:
    by_paragraf: dict[int, Overklagande]  # every appeal recorded
    only_meetings: set[int]  # meetings shown for their appeals alone (their period is past)
    followed: set[int]  # §§ whose appeal is tried, or was decided within RECENT_DAYS
    besvar: dict[int, Forvaltningsbesvar]  # §§ appealed by förvaltningsbesvär


def _paragraf_rows(
    store: Store,
    meetings: dict[int, Sammantrade],
    periods: dict[int, Period],
    organs: dict[int, str],
    today: date,
    appeals: _Appeals,
) -> list[LagaKraftRad]:
    held = [m for m in meetings.values() if m.date <= today]
    if not held:
        return []
    foljd = arende_repo.all_by_paragraf(store)
    not_appealed = arende_repo.not_appealed_item_ids(store)
    result = []
    for meeting in held:
        for p in protokoll_repo.list_for_meeting(store, meeting.id):
            # Procedural items (Val av justerare, …), information and what only prepares a
            # decision (återremiss, bordläggning, a förslag to fullmäktige: KL 13 kap. 2 §)
            # are not appealed.
            organ = organs.get(p.organ_id, "")
            if (
                p.item_id in not_appealed
                or not p.beslut.strip()
                or proposes_only(p.beslut, organ)
                or decides_nothing(p.title, p.beslut)
            ):
                continue
            if resolved_utfall(p.beslut, foljd.get(p.id)) in OPEN_UTFALL:
                continue
            appeal = appeals.by_paragraf.get(p.id) if p.id is not None else None
            if meeting.id in appeals.only_meetings and p.id not in appeals.followed:
                continue
            besvar = appeals.besvar.get(p.id) if p.id is not None else None
            own = besvar_period(besvar, today) if besvar else periods[meeting.id]
            # Looks like förvaltningsbesvär but not marked: no laga kraft day is claimed (it
            # would be the anslag's, wrong for a bygglov), the anslag's last day still shown.
            hint = None if besvar else besvar_hint(p.title, p.beslut, p.beslut_skickas_till)
            if hint is not None:
                own = replace(own, laga_kraft=None, lage=LagaKraftLage.VANTAR_DELGIVNING)
            result.append(
                LagaKraftRad(
                    "paragraf",
                    organ,
                    meeting.date,
                    p.label,
                    paragraf_rubrik(p.title, p.beslut, organ),
                    appealed(own, appeal.utfall) if appeal else own,
                    _lagrum(besvar, hint is not None),
                    paragraf_id=p.id,
                    overklagande=appeal.lage() if appeal else "",
                    besvar_forslag=hint.text(own.overklagande_slut) if hint else "",
                )
            )
    return result


def _lagrum(besvar: Forvaltningsbesvar | None, suggested: bool) -> str:
    """The law the period runs by: a § only suggested as förvaltningsbesvär names both."""
    if besvar is not None:
        return besvar.lagrum
    return f"{LAGRUM_BESVAR} eller {LAGRUM_PARAGRAF}" if suggested else LAGRUM_PARAGRAF


# ---------------------------------------------------------------------------------------------
# Delegationsbeslut never anmälda


@dataclass(frozen=True)
class EjAnmald:
    beslut: Delegationsbeslut
    borde_anmalts: date  # the held meeting whose list it should have been on
    meeting_id: int = 0  # that meeting
    # "anmäldes troligen vid sammanträdet 2025-04-17, § 46: koppla dem där" when its agenda
    # had the anmälan (a list imported after the meeting: services.delegationsbeslut_late)
    trolig: str = ""

    def as_json(self) -> dict:
        b = self.beslut
        return {
            "dnr": b.dnr,
            "datum": b.date.isoformat(),
            "rubrik": printed_text(b),
            "delegat": b.delegat,
            "organ": b.organ,
            "borde_anmalts": self.borde_anmalts.isoformat(),
            "lage": str(NOT_REPORTED.lage),
            "trolig": self.trolig,
        }


def ej_anmalda(store: Store, today: date) -> list[EjAnmald]:
    """Delegationsbeslut of an organ kept here, not anmälda although a meeting of that organ
    has been held whose cut-off they were taken by (core.anmalan_rule: whatever day they were
    registered, so that one imported late is not lost without a line): their appeal period
    has not begun, so they cannot gain laga kraft until they are anmälda."""
    organs = organ_repo.list_all(store)
    held = [
        m
        for m in meeting_repo.list_headers(store)
        if m.status == MeetingStatus.GENOMFORD or m.date < today
    ]
    if not held:
        return []
    result = []
    # Each name's search key once, not once per decision (4 400 decisions at ten years).
    keys = {o.id: search_key(o.name) for o in organs}
    organ_keys = {
        name: search_key(name) for name in delegationsbeslut_repo.unreported_organs(store)
    }
    # Only the decisions of an organ kept here that came in before the last cut-off of a
    # held meeting can have missed one: SQLite leaves the rest unread.
    own_names = [n for n, key in organ_keys.items() if not n or key in keys.values()]
    came_by = max(m.date - timedelta(days=_cutoff(organs, m.organ_id)) for m in held)
    for beslut in delegationsbeslut_repo.unreported_of(store, own_names, came_by):
        own = [o for o in organs if not beslut.organ or keys[o.id] == organ_keys[beslut.organ]]
        if not own:
            continue  # another nämnd's decision: reported there, not here
        came = beslut.date
        missed = sorted(
            (
                m
                for m in held
                if any(m.organ_id == o.id for o in own)
                and came <= m.date - timedelta(days=_cutoff(organs, m.organ_id))
            ),
            key=lambda m: m.date,
        )
        if missed:
            result.append(EjAnmald(beslut, missed[0].date, missed[0].id or 0))
    places = {m: held_anmalan(store, m) for m in {e.meeting_id for e in result}}
    return [replace(e, trolig=p.words) if (p := places[e.meeting_id]) else e for e in result]


def _cutoff(organs, organ_id: int) -> int:
    return next((o.delegationsbeslut_cutoff_days for o in organs if o.id == organ_id), 8)
