"""Uppdrag: a task a § (or a delegationsbeslut) gives someone, to be done by a date and
reported back to a meeting. "Kommunstyrelsen uppdrar åt förvaltningen att …" is the usual
form; `suggested` reads such sentences out of a beslut so the secretary need not type them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ksdesk.core.written_dates import find_written_date

DUE_SOON_DAYS = 30  # "snart": what falls due within a month, the span between two meetings


class UppdragStatus(StrEnum):
    PAGAR = "pågår"
    KLART = "klart"  # done and reported back
    AVSKRIVET = "avskrivet"  # dropped by a later decision


STATUS_LABELS = {
    UppdragStatus.PAGAR: "Pågår",
    UppdragStatus.KLART: "Klart",
    UppdragStatus.AVSKRIVET: "Avskrivet",
}


@dataclass
class Uppdrag:
    vad: str
    ansvarig: str = ""
    senast: date | None = None
    status: str = UppdragStatus.PAGAR
    organ_id: int | None = None
    paragraf_id: int | None = None
    delegationsbeslut_id: int | None = None
    # Where it was given, as text ("Kommunstyrelsen 2020-12-07 § 218", "Delegationsbeslut
    # SBN 2020/877"): kept with the task even if the § or decision is later removed.
    kalla: str = ""
    aterrapport_meeting_id: int | None = None
    klart: date | None = None
    anteckning: str = ""
    id: int | None = None
    uuid: str = ""
    version: int = 0

    @property
    def open(self) -> bool:
        return self.status == UppdragStatus.PAGAR

    def late(self, today: date) -> bool:
        """Still open the day after its last day."""
        return self.open and self.senast is not None and self.senast < today

    def due_soon(self, today: date) -> bool:
        return (
            self.open
            and self.senast is not None
            and today <= self.senast <= today + timedelta(days=DUE_SOON_DAYS)
        )

    def state_text(self, today: date) -> str:
        if self.late(today):
            return "Försenat"
        if self.due_soon(today):
            return "Snart"
        return STATUS_LABELS.get(UppdragStatus(self.status), self.status)


def check(uppdrag: Uppdrag) -> str:
    """What makes an uppdrag impossible to save (Swedish), or ""."""
    if not uppdrag.vad.strip():
        return "Skriv vad uppdraget gäller."
    if uppdrag.status not in set(UppdragStatus):
        return f"Okänd status ”{uppdrag.status}”: välj pågår, klart eller avskrivet."
    if uppdrag.paragraf_id is None and uppdrag.delegationsbeslut_id is None and not uppdrag.kalla:
        return "Ange vilket beslut uppdraget kommer från (en paragraf eller ett delegationsbeslut)."
    if uppdrag.klart and uppdrag.status == UppdragStatus.PAGAR:
        return "Ett uppdrag som pågår har inget klart-datum: ändra status till klart."
    return ""


# What the task is: to the end of its sentence or att-sats; the full stops of a date written
# "31.3.2017" do not end it.
_WHAT = r"(?P<what>(?:[^.;]|(?<=\d)\.(?=\d))+)"
# "… uppdrar åt/till kommundirektören att ta fram …", "… ger förvaltningen i uppdrag att …",
# "… beslutar att ge förvaltningen i uppdrag att …"
_UPPDRAR = re.compile(r"uppdrar\s+(?:åt|till)\s+(?P<who>[^.;]+?)\s+att\s+" + _WHAT, re.IGNORECASE)
_GER = re.compile(r"\bger?\s+(?P<who>[^.;]+?)\s+i\s+uppdrag\s+att\s+" + _WHAT, re.IGNORECASE)
# "2. Förvaltningen får i uppdrag att …", "Rektor ges i uppdrag att …": the one given the task
# is the subject, from the start of the att-sats (after its number or dash) or sentence.
_FAR = re.compile(
    r"(?:^|(?<=[.;:]))[ \t]*(?:\d+\s*[.)]\s*|[-–•]\s*)?(?P<who>[^.;:\n]+?)\s+(?:får|ges)\s+i\s+"
    r"uppdrag\s+att\s+" + _WHAT,
    re.IGNORECASE | re.MULTILINE,
)
# "Nämnden beslutar att förvaltningen får i uppdrag …": the decision's words are no one.
_DECIDES = re.compile(r"^.*\bbeslutar?\s+(?:att\s+)?", re.IGNORECASE)
# "… och återrapportera senast den 31 mars 2017": the last day, where the beslut gives one.
_SENAST = re.compile(r"\bsenast\b", re.IGNORECASE)


@dataclass(frozen=True)
class Forslag:
    """A task read out of a beslut, as written: the secretary confirms it."""

    ansvarig: str
    vad: str
    senast: date | None = None


def suggested(beslut: str) -> list[Forslag]:
    """Each task the beslut gives, in the order it gives them, with the last day the same
    sentence sets ("… senast den 31 mars 2017", "… senast 2017-03-31")."""
    found = []
    for pattern in (_UPPDRAR, _GER, _FAR):
        for match in pattern.finditer(beslut):
            who = _DECIDES.sub("", " ".join(match["who"].split()))
            what = " ".join(match["what"].split()).rstrip(",")
            found.append(
                (match.start(), Forslag(who, what[:1].upper() + what[1:], _due(beslut, match)))
            )
    return [forslag for _start, forslag in sorted(found, key=lambda pair: pair[0])]


def _due(beslut: str, match: re.Match[str]) -> date | None:
    """The date after "senast" in the task's own words; read to the end of the line, since a
    date such as "31.3.2017" or "31 dec. 2017" carries the full stops that end the words."""
    senast = _SENAST.search(beslut, match.start("what"), match.end("what"))
    if senast is None:
        return None
    line_end = beslut.find("\n", senast.end())
    return find_written_date(beslut[senast.end() : line_end if line_end >= 0 else len(beslut)])
