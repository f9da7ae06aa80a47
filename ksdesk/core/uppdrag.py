"""Uppdrag: a task a § (or a delegationsbeslut) gives someone, to be done by a date and
reported back to a meeting. "Kommunstyrelsen uppdrar åt förvaltningen att …" is the usual
form; `suggested` reads such sentences out of a beslut so the secretary need not type them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

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


# "… uppdrar åt/till kommundirektören att ta fram …", "… ger förvaltningen i uppdrag att …"
_UPPDRAR = re.compile(
    r"uppdrar\s+(?:åt|till)\s+(?P<who>[^.;]+?)\s+att\s+(?P<what>[^.;]+)", re.IGNORECASE
)
_GER = re.compile(r"\bger\s+(?P<who>[^.;]+?)\s+i\s+uppdrag\s+att\s+(?P<what>[^.;]+)", re.IGNORECASE)


def suggested(beslut: str) -> list[tuple[str, str]]:
    """(ansvarig, vad) for each task the beslut gives, as written: the secretary confirms."""
    found = []
    for pattern in (_UPPDRAR, _GER):
        for match in pattern.finditer(beslut):
            who = " ".join(match["who"].split())
            what = " ".join(match["what"].split()).rstrip(",")
            found.append((who, what[:1].upper() + what[1:]))
    return found
