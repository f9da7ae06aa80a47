"""A § appealed by förvaltningsbesvär rather than laglighetsprövning: a decision the nämnd
takes under a special law that says so (a bygglov under plan- och bygglagen, appealed to
länsstyrelsen: PBL 13 kap. 3 §). Its three weeks do not run from the anslag of the justerat
protokoll but from the day the party was delivered the decision (förvaltningslagen 2017:900,
44 §); a lov or positive förhandsbesked is also kungjort in Post- och Inrikes Tidningar (PBL 9
kap. 41 a §), and for everyone not delivered it the three weeks run from the day one week
after the kungörelse (PBL 13 kap. 16 §). The decision gains laga kraft the day after the last
of these periods has run out; until the decision is delivered (and kungjort), it cannot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ksdesk.core.deadlines import overklagande_slut
from ksdesk.core.format import format_date

LAGRUM = "FL 44 §"
LAGRUM_KUNGJORT = "FL 44 §, PBL 13 kap. 16 §"
KUNGORELSE_WEEK = timedelta(weeks=1)  # the kungjort decision counts as known a week after


@dataclass
class Forvaltningsbesvar:
    paragraf_id: int
    delgivet: date | None = None  # the day the (last) party was delivered the decision
    kungoras: bool = False  # kungjort in Post- och Inrikes Tidningar (a lov, PBL 9:41 a)
    kungjort: date | None = None  # the day of the kungörelse
    id: int | None = None
    uuid: str = ""

    @property
    def lagrum(self) -> str:
        return LAGRUM_KUNGJORT if self.kungoras else LAGRUM

    def slut(self) -> date | None:
        """The last day to appeal; None while the decision is not delivered (or, to be
        kungjort, not kungjort): the period has not begun for everyone."""
        if self.delgivet is None or (self.kungoras and self.kungjort is None):
            return None
        ends = [overklagande_slut(self.delgivet)]
        if self.kungoras and self.kungjort is not None:
            ends.append(overklagande_slut(self.kungjort + KUNGORELSE_WEEK))
        return max(ends)

    def waiting_for(self) -> str:
        """What the period waits for ("" once it runs)."""
        if self.delgivet is None:
            return "delgivning"
        return "kungörelse" if self.kungoras and self.kungjort is None else ""


def problem(besvar: Forvaltningsbesvar, meeting: date) -> str:
    """What makes it impossible to record (Swedish), or ""."""
    for label, day in (("delgivas", besvar.delgivet), ("kungöras", besvar.kungjort)):
        if day is not None and day < meeting:
            return (
                f"Beslutet kan inte {label} {format_date(day)}, före sammanträdet "
                f"{format_date(meeting)}."
            )
    if besvar.kungjort is not None and not besvar.kungoras:
        return "Ett kungörelsedatum hör till ett beslut som kungörs i Post- och Inrikes Tidningar."
    return ""
