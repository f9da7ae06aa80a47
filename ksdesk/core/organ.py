"""The board (organ) and its förtroendevalda: ledamöter and ersättare."""

from __future__ import annotations

from dataclasses import dataclass, field

from ksdesk.core.identity import row_uuid

ROLES = ("ordförande", "1:e vice ordförande", "2:e vice ordförande", "ledamot", "ersättare")
PRESIDIUM_ROLES = ROLES[:3]

DEFAULT_STANDARD_ITEMS = (
    "Val av justerare",
    "Anmälan av extra ärenden",
    "Anmälan av delegationsbeslut",
    "Information",
)


@dataclass
class Fortroendevald:
    """A ledamot or ersättare in the organ's register (its handle in code: `members`)."""

    name: str
    party: str = ""
    role: str = "ledamot"
    id: int | None = None
    uuid: str = row_uuid()
    # An ersättare elected as personal ersättare for one ledamot (that ledamot's name).
    personlig_for: str = ""

    @property
    def is_ledamot(self) -> bool:
        """Ordförande and vice ordförande are ledamöter too (they count for beslutförhet)."""
        return self.role != "ersättare"


@dataclass
class Organ:
    name: str
    kommun: str = ""
    short: str = ""
    default_place: str = ""
    kallelse_days_before: int = 7
    delegationsbeslut_cutoff_days: int = 8
    secretary_name: str = ""
    secretary_title: str = "sekreterare"
    secretary_email: str = ""
    secretary_phone: str = ""
    standard_items: list[str] = field(default_factory=lambda: list(DEFAULT_STANDARD_ITEMS))
    members: list[Fortroendevald] = field(default_factory=list)
    id: int | None = None
    # Where the signed protokoll is kept ("Kommunledningskontoret"): every anslag says it.
    forvaringsplats: str = ""
    uuid: str = row_uuid()
    # The inkallelseordning fullmäktige decided: per party, the parties whose ersättare are
    # called (in that order) when the party's own are used up (core.ersattare).
    inkallelseordning: dict[str, list[str]] = field(default_factory=dict)

    @property
    def chair(self) -> Fortroendevald | None:
        return next((m for m in self.members if m.role == "ordförande"), None)
