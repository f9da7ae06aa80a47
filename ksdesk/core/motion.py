"""The register of motioner and medborgarförslag, and the one-year rule.

Motion: "Ett ärende som har väckts genom en motion bör beredas så att fullmäktige kan fatta
beslut inom ett år från det att motionen väcktes. Om beredningen inte kan avslutas inom denna
tid, ska detta och vad som har kommit fram vid beredningen anmälas till fullmäktige inom samma
tid. Fullmäktige får då avskriva ärendet från vidare handläggning." (KL 5 kap. 35 §)

Medborgarförslag exist only where fullmäktige has allowed them (KL 8 kap. 1 §); the same
one-year limit and the twice-yearly redovisning of what is not yet prepared are applied here,
as arbetsordningar prescribe them (before KL 2017:725 the law itself set the limit for both
in one paragraph). The law text of KL 8 kap. beyond 1 § could not be checked against the
statute where this was written: the register cites 8 kap. 1 § only.

Who raised a medborgarförslag, and where they live, is personal data: the register keeps it
for the secretary, the public redovisning prints a name only when the person has agreed to
its publication and never an address."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class MotionTyp(StrEnum):
    MOTION = "motion"
    MEDBORGARFORSLAG = "medborgarforslag"


class MotionStatus(StrEnum):
    VACKT = "väckt"
    REMITTERAD = "remitterad"
    ATERREMITTERAD = "återremitterad"
    BESVARAD = "besvarad"
    AVSKRIVEN = "avskriven"
    ATERTAGEN = "återtagen"


CLOSED = (MotionStatus.BESVARAD, MotionStatus.AVSKRIVEN, MotionStatus.ATERTAGEN)
# The stored status is the motion's word (en motion: besvarad); ett medborgarförslag is
# besvarat, avskrivet. "Väckt" is the same in both genders.
_NEUTER = {
    MotionStatus.REMITTERAD: "remitterat",
    MotionStatus.ATERREMITTERAD: "återremitterat",
    MotionStatus.BESVARAD: "besvarat",
    MotionStatus.AVSKRIVEN: "avskrivet",
    MotionStatus.ATERTAGEN: "återtaget",
}
TYP_LABELS = {MotionTyp.MOTION: "Motion", MotionTyp.MEDBORGARFORSLAG: "Medborgarförslag"}
LAGRUM = {MotionTyp.MOTION: "KL 5 kap. 35 §", MotionTyp.MEDBORGARFORSLAG: "KL 8 kap. 1 §"}
REDOVISNING_TITLE = "Redovisning av motioner och medborgarförslag som inte har beretts färdigt"


@dataclass
class Motion:
    typ: str
    rubrik: str
    vackt: date
    av: str = ""  # a ledamot and party, or the citizen (personal data)
    adress: str = ""  # a citizen's contact details: never printed
    namn_publiceras: bool = False  # the citizen agreed to the name being published
    vackt_paragraf: str = ""
    dnr: str = ""
    remitterad_till: str = ""
    remitterad: date | None = None
    status: str = MotionStatus.VACKT
    besvarad: date | None = None
    besvarad_paragraf: str = ""
    anteckning: str = ""
    id: int | None = None
    uuid: str = ""
    version: int = 0

    @property
    def senast(self) -> date:
        return one_year_after(self.vackt)

    @property
    def status_text(self) -> str:
        """The status as a sentence says it of this row ("besvarat" of a medborgarförslag)."""
        return status_word(self.status, self.typ)

    @property
    def closed(self) -> bool:
        return self.status in CLOSED

    def open_on(self, day: date) -> bool:
        """Not yet answered (or written off) on `day`."""
        if self.vackt > day:
            return False
        if not self.closed:
            return True
        return self.besvarad is None or self.besvarad > day

    def over_ett_ar(self, day: date) -> bool:
        """Past the year: answered after it, or still open on `day` after it."""
        end = self.besvarad if self.closed and self.besvarad else day
        return end > self.senast

    @property
    def is_citizen(self) -> bool:
        return self.typ == MotionTyp.MEDBORGARFORSLAG

    def public_av(self) -> str:
        """Who raised it, as the public version may print it."""
        if not self.is_citizen or self.namn_publiceras:
            return self.av
        return "Förslagsställaren (namnet publiceras inte)"

    def public_text(self, text: str) -> str:
        """A text of the row (its rubrik, where it was remitted) as the public version may
        print it: a citizen's name that may not be published, and the street address they
        gave, taken out. A diarium often titles the row with them ("Medborgarförslag från
        Kalle Karlsson om bänkar vid Storgatan 12"), beside the column that hides the name."""
        if not self.is_citizen:
            return text
        if not self.namn_publiceras and _worth_hiding(self.av):
            text = _written(self.av, genitive=True).sub(
                lambda found: "förslagsställaren" + found.group("s"), text
            )
        street = re.split(r"[,\n]", self.adress.strip(), maxsplit=1)[0].strip()
        if _worth_hiding(street) and any(char.isdigit() for char in street):
            text = _written(street).sub("(adressen publiceras inte)", text)
        return text


def status_word(status: str, typ: str) -> str:
    """A status in the gender of the row's noun: en motion, ett medborgarförslag."""
    if typ == MotionTyp.MEDBORGARFORSLAG and status in _NEUTER:
        return _NEUTER[MotionStatus(status)]
    return str(status)


def _worth_hiding(words: str) -> bool:
    """Two words or more: one word alone ("Kalle", "Ludvika") stands in other texts too."""
    return len(re.findall(r"\w+", words)) >= 2


def _written(words: str, *, genitive: bool = False) -> re.Pattern[str]:
    """`words` as a text writes them: any case, any whitespace between, as whole words, with
    the genitive s ("Kalle Karlssons förslag") when asked."""
    joined = r"\s+".join(re.escape(word) for word in words.split())
    ending = r"(?P<s>s?)" if genitive else ""
    return re.compile(rf"(?<!\w){joined}{ending}(?!\w)", re.IGNORECASE)


def one_year_after(day: date) -> date:
    """The same date a year later (29 February: 28 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def check(motion: Motion) -> str:
    """What makes a register row impossible to save (Swedish), or ""."""
    if motion.typ not in set(MotionTyp):
        return f"Okänd typ ”{motion.typ}”: välj motion eller medborgarforslag."
    if not motion.rubrik.strip():
        return "Skriv motionens eller förslagets rubrik."
    if motion.status not in set(MotionStatus):
        return f"Okänd status ”{motion.status}”."
    if motion.besvarad and motion.besvarad < motion.vackt:
        return "Ett ärende kan inte besvaras innan det väcktes."
    if motion.remitterad and motion.remitterad < motion.vackt:
        return "Ett ärende kan inte remitteras innan det väcktes."
    if motion.status == MotionStatus.BESVARAD and motion.besvarad is None:
        return "Ange när fullmäktige besvarade ärendet."
    return ""


def oberedda(motions: list[Motion], day: date) -> list[Motion]:
    """What the redovisning on `day` lists: väckta by then and not answered by then, oldest
    first."""
    return sorted((m for m in motions if m.open_on(day)), key=lambda m: (m.vackt, m.rubrik))


def as_json(motion: Motion, today: date) -> dict:
    """`motion list --json`: the register row without personal data."""
    return {
        "typ": str(motion.typ),
        "rubrik": motion.rubrik,
        "dnr": motion.dnr,
        "vackt": motion.vackt.isoformat(),
        "besvarad": motion.besvarad.isoformat() if motion.besvarad else None,
        "senast": motion.senast.isoformat(),
        "status": str(motion.status),
        "over_ett_ar": motion.over_ett_ar(today),
    }
