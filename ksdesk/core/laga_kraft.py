"""When a decision gains laga kraft: the day after the appeal period has run out unappealed.

- A beslut of a nämnd or fullmäktige may be appealed (laglighetsprövning) within three weeks
  of the day the justering of its protokoll was announced on the anslagstavla (KL 13 kap. 5 §;
  the anslag itself: KL 8 kap. 12 §). The weeks and the move to a vardag follow lag
  (1930:173), as core.deadlines computes them.
- A delegationsbeslut is reported (anmält) to the nämnd (KL 6 kap. 40 §); unless it was
  announced on the anslagstavla on its own, its appeal period runs from the anslag of the
  justerade protokoll of the meeting where it was anmält (KL 13 kap. 6 §). A decision never
  anmält never starts its period: it never gains laga kraft.
- A beslut appealed by förvaltningsbesvär (a bygglov, to länsstyrelsen) runs from the day
  it was delivered and kungjort instead (core.forvaltningsbesvar): `besvar_period`.
- A beslut that only prepares a decision (a återremiss, a bordläggning, a förslag to
  fullmäktige) cannot be appealed (KL 13 kap. 2 §) and is left out; of a § that both decides
  and proposes to fullmäktige ("Beslut – Förslag till kommunfullmäktige", then "Beslut"),
  only the organ's own part gains laga kraft (`paragraf_rubrik`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ksdesk.core.beslut_groups import is_split, only_to_fullmaktige
from ksdesk.core.deadlines import anslag_senast, justering_senast, overklagande_slut
from ksdesk.core.forvaltningsbesvar import Forvaltningsbesvar
from ksdesk.core.organ import is_fullmaktige

LAGRUM_PARAGRAF = "KL 13 kap. 5 §"
LAGRUM_DELEGATION = "KL 13 kap. 6 §"
OWN_PART_NOTE = "den egna delen; förslaget till fullmäktige vinner inte laga kraft"


class LagaKraftLage(StrEnum):
    LAGA_KRAFT = "laga kraft"  # the period has run out
    OVERKLAGBART = "överklagbart"  # anslag up, the period runs
    VANTAR_ANSLAG = "väntar på anslag"  # no anslag yet: the dates are the latest possible
    EJ_ANMALT = "ej anmält"  # a delegationsbeslut not yet reported: no period has started
    OVERKLAGAT = "överklagat"  # appealed in time: no laga kraft while the court tries it
    UPPHAVT = "upphävt"  # the court upphävde the beslut: it never gains laga kraft
    AVGJORT = "överklagande avgjort"  # turned down or taken back: laga kraft not computed
    VANTAR_DELGIVNING = "väntar på delgivning"  # förvaltningsbesvär: not yet delivered
    VANTAR_KUNGORELSE = "väntar på kungörelse"  # … or not yet kungjort in PoIT


@dataclass(frozen=True)
class Period:
    anslaget: date | None
    overklagande_slut: date | None
    laga_kraft: date | None
    lage: LagaKraftLage
    beraknat: bool = False  # dates from the latest possible anslag, not a recorded one


def period(meeting: date, justerat: date | None, anslaget: date | None, today: date) -> Period:
    """The appeal period of what was decided (or anmält) at a meeting held on `meeting`."""
    if anslaget is not None:
        slut = overklagande_slut(anslaget)
        lage = LagaKraftLage.LAGA_KRAFT if today > slut else LagaKraftLage.OVERKLAGBART
        return Period(anslaget, slut, slut + timedelta(days=1), lage)
    latest = anslag_senast(justerat or justering_senast(meeting))
    slut = overklagande_slut(latest)
    return Period(None, slut, slut + timedelta(days=1), LagaKraftLage.VANTAR_ANSLAG, True)


def besvar_period(besvar: Forvaltningsbesvar, today: date) -> Period:
    """The period of a § appealed by förvaltningsbesvär: from delivery and kungörelse, not
    from the anslag; no laga kraft day while either is still to come."""
    slut = besvar.slut()
    if slut is None:
        waiting = besvar.waiting_for()
        lage = LagaKraftLage.VANTAR_KUNGORELSE if waiting == "kungörelse" else None
        return Period(None, None, None, lage or LagaKraftLage.VANTAR_DELGIVNING)
    lage = LagaKraftLage.LAGA_KRAFT if today > slut else LagaKraftLage.OVERKLAGBART
    return Period(None, slut, slut + timedelta(days=1), lage)


NOT_REPORTED = Period(None, None, None, LagaKraftLage.EJ_ANMALT)


def appealed(appeal_period: Period, utfall: str) -> Period:
    """The § appealed: no laga kraft day while the court tries it ("" utfall), none ever when
    it upphäver the beslut, and none computed when the appeal is turned down or taken back
    (the court's own decision must first gain laga kraft)."""
    lage = {"": LagaKraftLage.OVERKLAGAT, "upphävt": LagaKraftLage.UPPHAVT}.get(
        utfall, LagaKraftLage.AVGJORT
    )
    return Period(appeal_period.anslaget, appeal_period.overklagande_slut, None, lage)


def lage_text(lage: LagaKraftLage) -> str:
    """Where the period stands, as the Uppföljning lists say it."""
    return {
        LagaKraftLage.LAGA_KRAFT: "Laga kraft",
        LagaKraftLage.OVERKLAGBART: "Överklagandetid löper",
        LagaKraftLage.VANTAR_ANSLAG: "Väntar på anslag",
        LagaKraftLage.EJ_ANMALT: "Ej anmält",
        LagaKraftLage.OVERKLAGAT: "Överklagat",
        LagaKraftLage.UPPHAVT: "Upphävt",
        LagaKraftLage.AVGJORT: "Överklagande avgjort",
        LagaKraftLage.VANTAR_DELGIVNING: "Väntar på delgivning",
        LagaKraftLage.VANTAR_KUNGORELSE: "Väntar på kungörelse i PoIT",
    }[lage]


def proposes_only(beslut: str, organ_name: str) -> bool:
    """The § only proposes to fullmäktige: fullmäktige's beslut is what may be appealed. In
    fullmäktige's own protokoll the heading (carried from KS's förslag) names the organ
    that decides, so its § is appealed as any other."""
    return not is_fullmaktige(organ_name) and only_to_fullmaktige(beslut)


def paragraf_rubrik(title: str, beslut: str, organ_name: str) -> str:
    """The § as the Laga kraft list names it: a § that also proposes to fullmäktige says that
    only its own part gains laga kraft (never in fullmäktige's own protokoll)."""
    split = is_split(beslut) and not is_fullmaktige(organ_name)
    return f"{title} ({OWN_PART_NOTE})" if split else title
