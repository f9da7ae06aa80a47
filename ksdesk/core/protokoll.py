"""The protokoll: paragraphs (§) with what was said and decided in each, the upprop, and the
meeting's justering. § numbers run on through the calendar year for the organ."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from ksdesk.core.identity import row_uuid

VOTES = ("ja", "nej", "avstår")
VOTE_LABELS = {"ja": "Ja", "nej": "Nej", "avstår": "Avstår"}
OTHER_ROLE = "övrig"  # a tjänsteman or guest in the upprop: present, never tjänstgör


@dataclass
class Yrkande:
    """A motion: "Roland Johansson (SD) yrkar bifall till förslaget." """

    name: str
    text: str
    party: str = ""


@dataclass
class Votering:
    """A roll-call vote. `votes` maps each voter's name to "ja", "nej" or "avstår"."""

    ja_text: str = ""  # what a ja-röst stands for, e.g. "bifall till ordförandens förslag"
    nej_text: str = ""
    votes: dict[str, str] = field(default_factory=dict)

    def total(self, vote: str) -> int:
        return sum(1 for v in self.votes.values() if v == vote)

    @property
    def totals(self) -> dict[str, int]:
        return {vote: self.total(vote) for vote in VOTES}


@dataclass
class Reservation:
    """Members who reserve themselves against the beslut. A written motivation is optional but,
    when announced, must reach the secretary before justering (KL 4 kap. 27 §)."""

    names: list[str] = field(default_factory=list)
    text: str = ""  # "till förmån för eget yrkande"
    motivering_aviserad: bool = False
    motivering: str = ""


@dataclass
class Protokollsanteckning:
    names: list[str] = field(default_factory=list)
    text: str = ""


@dataclass
class DeltarInte:
    """Members who sit at the § but take no part in its beslut ("… deltar inte i beslutet.
    Ledamöterna meddelar att …", Kungsbacka KS 2024-05-28 § 132) or, with `avstar`, abstain
    from voting outside a votering ("avstår från att rösta"). Printed under its own heading."""

    names: list[str] = field(default_factory=list)
    text: str = ""  # why, as they said it: "Ledamöterna meddelar att …"
    avstar: bool = False


@dataclass
class Jav:
    """A jävig member leaves the § (KL 6 kap. 28–30 §§); an ersättare tjänstgör instead."""

    name: str
    ersattare: str = ""
    note: str = ""


@dataclass
class Paragraf:
    organ_id: int
    meeting_date: date
    nr: int  # the § number, running on through the calendar year for the organ
    title: str
    dnr: str = ""
    beslut: str = ""
    beskrivning: str = ""
    beslutsunderlag: list[str] = field(default_factory=list)
    behandling: str = ""  # free text, printed after the yrkanden and propositionsordning
    beslut_skickas_till: list[str] = field(default_factory=list)
    meeting_id: int | None = None
    item_id: int | None = None
    id: int | None = None
    yrkanden: list[Yrkande] = field(default_factory=list)
    propositionsordning: str = ""
    votering: Votering | None = None
    reservationer: list[Reservation] = field(default_factory=list)
    anteckningar: list[Protokollsanteckning] = field(default_factory=list)
    jav: list[Jav] = field(default_factory=list)
    deltar_inte: list[DeltarInte] = field(default_factory=list)
    omedelbar_justering: bool = False
    forslag: str = ""  # the förslag till beslut it started from ("Återställ till förslaget")
    # The beslutsunderlag as ksdesk last wrote it from the ärende (core.beslutsunderlag): a
    # list that differs was written by the secretary. None: never written apart from it.
    underlag_fran_arendet: list[str] | None = None
    uuid: str = row_uuid()

    @property
    def label(self) -> str:
        return f"§ {self.nr}"

    def jav_names(self) -> set[str]:
        return {j.name for j in self.jav}


@dataclass(frozen=True)
class Narvaro:
    """One stretch of presence: from before § `first` to after § `last` (None: from the
    start, to the end of the meeting). A person may leave and come back any number of times:
    one Narvaro per stretch; none at all means absent."""

    first: int | None = None
    last: int | None = None

    def covers(self, number: int) -> bool:
        return (self.first is None or number >= self.first) and (
            self.last is None or number <= self.last
        )


def _throughout() -> list[Narvaro]:
    return [Narvaro()]


@dataclass
class Deltagare:
    """One line of the upprop. Names are copied from the members register when the upprop is
    taken: the protokoll keeps them as they were, whatever the register says later.

    `narvaro` lists the stretches of the meeting the person was in the room (core.narvaro
    reads and writes them). An ersättare with `replaces` tjänstgör for that ledamot while the
    ledamot is away."""

    name: str
    party: str = ""
    role: str = "ledamot"  # a role of core.organ.ROLES, or OTHER_ROLE
    title: str = ""  # for övriga: "kommunsekreterare"
    narvaro: list[Narvaro] = field(default_factory=_throughout)
    replaces: str = ""
    id: int | None = None
    uuid: str = row_uuid()
    # Took part på distans, by video (KL 5 kap. 16 §, 6 kap. 24 §): present all the same.
    distans: bool = False

    @property
    def is_ledamot(self) -> bool:
        return self.role not in ("ersättare", OTHER_ROLE)

    @property
    def is_ersattare(self) -> bool:
        return self.role == "ersättare"

    @property
    def present(self) -> bool:
        """In the room for at least part of the meeting."""
        return bool(self.narvaro)

    @present.setter
    def present(self, value: bool) -> None:
        # Ticking "Närvarande" means the whole meeting; unticking clears every stretch.
        self.narvaro = _throughout() if value else []

    @property
    def display(self) -> str:
        """ "Roland Johansson (SD)", or "Maria Östgren, kommunsekreterare" for övriga."""
        if self.role == OTHER_ROLE:
            return f"{self.name}, {self.title}" if self.title else self.name
        return f"{self.name} ({self.party})" if self.party else self.name

    def present_at(self, number: int) -> bool:
        return any(stretch.covers(number) for stretch in self.narvaro)


@dataclass(frozen=True)
class Ajournering:
    """A break in the meeting (kl. 15.00–15.15): kommuner print it under Plats och tid."""

    start: time
    end: time


@dataclass
class Justering:
    """The meeting's justering: who, when and where, and what happened after."""

    justerare: list[str] = field(default_factory=list)
    date: date | None = None
    time: time | None = None
    place: str = ""
    opened: time | None = None  # the meeting's "Plats och tid": kl. 14.00–16.10
    closed: time | None = None
    ajourneringar: list[Ajournering] = field(default_factory=list)
    justerat: date | None = None  # the day it was signed
    anslaget: date | None = None  # the day the anslag went up
    forvaringsplats: str = ""  # where the signed protokoll is kept
    held: bool = False


@dataclass
class Protokoll:
    """Everything printed in the protokoll of one meeting."""

    meeting_id: int
    justering: Justering = field(default_factory=Justering)
    upprop: list[Deltagare] = field(default_factory=list)
    paragrafer: list[Paragraf] = field(default_factory=list)

    def paragraf(self, number: int) -> Paragraf | None:
        return next((p for p in self.paragrafer if p.nr == number), None)

    @property
    def numbers(self) -> list[int]:
        return [p.nr for p in self.paragrafer]
