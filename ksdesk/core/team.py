"""Team mode: what a laptop knows of the kansli's server, and what a sync reports.

A sync unit (see core/identity.py) is the smallest thing that moves: a meeting with
everything in it, a delegation version, a budget sheet, a register row. Its version on the
server rises by one with every push that changes it. A laptop remembers, per unit, the server
version its copy rests on; a push names that version, and the server refuses it when another
laptop pushed in between: the unit is then a conflict, shown side by side and resolved by the
secretary, never by the last writer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ksdesk.core.format import NBSP, format_date_medium

# The kinds of sync units, in the order a sync moves them: what others refer to goes first
# (an organ before its meetings, a meeting before the delegationsbeslut anmälda there).
KINDS = (
    "organ",
    "member",
    "role",
    "document",
    "delegation_version",
    "budget_sheet",
    "meeting",
    "delegationsbeslut",
    "motion",
    "uppdrag",
)

# What the secretary calls each kind (in messages and the conflict list).
KIND_NAMES = {
    "organ": "organ",
    "member": "ledamot",
    "role": "delegatroll",
    "document": "dokument",
    "delegation_version": "delegationsordning",
    "budget_sheet": "budgetblad",
    "meeting": "sammanträde",
    "delegationsbeslut": "delegationsbeslut",
    "motion": "motion",
    "uppdrag": "uppdrag",
}

# The unit in running text ("Sammanträdet Kommunstyrelsen 2020-12-07 är utcheckat …"): the
# definite form, and whether it is an ett-word (utcheckat) or an en-word (utcheckad).
KIND_DEFINITE = {
    "organ": ("organet", True),
    "member": ("ledamoten", False),
    "role": ("delegatrollen", False),
    "document": ("dokumentet", True),
    "delegation_version": ("delegationsordningen", False),
    "budget_sheet": ("budgetbladet", True),
    "meeting": ("sammanträdet", True),
    "delegationsbeslut": ("delegationsbeslutet", True),
    "motion": ("motionen", False),
    "uppdrag": ("uppdraget", True),
}


def unit_phrase(kind: str, title: str) -> str:
    """ "Sammanträdet Kommunstyrelsen 2020-12-07" (capitalised, for the start of a sentence)."""
    name = KIND_DEFINITE.get(kind, (kind, True))[0]
    return f"{name[:1].upper()}{name[1:]} {title}".strip()


def checked_out(kind: str) -> str:
    return "utcheckat" if KIND_DEFINITE.get(kind, ("", True))[1] else "utcheckad"


# Why a unit is listed as a conflict.
CHANGED_ON_BOTH = "ändrad på båda håll"
LEASED = "utcheckad"
LEASE_BROKEN = "bruten utcheckning"
REFUSED = "nekad"
CANNOT_APPLY = "kan inte hämtas"


@dataclass(frozen=True)
class Link:
    """This file's link to a server: the URL (never with a password) and the login."""

    server: str
    user: str
    name: str = ""  # how colleagues see the user ("Anna Ek"); the login when not set
    kommun: str = ""
    last_sync: str = ""  # UTC ISO of the last sync that completed

    @property
    def display_name(self) -> str:
        return self.name or self.user


@dataclass(frozen=True)
class Lease:
    holder: str  # display name
    since: str  # UTC ISO
    mine: bool = False

    def text(self) -> str:
        """ "Utcheckat av Anna Ek sedan 12 mars 2024 kl. 10.42" (local time)."""
        return f"Utcheckat av {self.holder} sedan {when(self.since)}"


@dataclass
class Conflict:
    """A unit the secretary must decide about. `lokal` and `server` say what each side holds
    (version, who changed it and when, and the rows that differ)."""

    typ: str
    uuid: str
    rubrik: str
    lokal: dict[str, Any]
    server: dict[str, Any]
    reason: str = CHANGED_ON_BOTH

    def as_json(self) -> dict[str, Any]:
        return {
            "typ": self.typ,
            "uuid": self.uuid,
            "rubrik": self.rubrik,
            "lokal": self.lokal,
            "server": self.server,
        }


@dataclass
class SyncResult:
    """What one sync did. `skickade` and `hamtade` count units; the row and byte counts say
    how much moved (the benchmark prints them)."""

    skickade: int = 0
    hamtade: int = 0
    konflikter: list[Conflict] = field(default_factory=list)
    rows_sent: int = 0
    rows_received: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    changed_kinds: set[str] = field(default_factory=set)

    def as_json(self) -> dict[str, Any]:
        return {
            "skickade": self.skickade,
            "hamtade": self.hamtade,
            "konflikter": [conflict.as_json() for conflict in self.konflikter],
        }


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _local(iso: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def when(iso: str) -> str:
    """A UTC ISO moment as the secretary reads it, in local time: "12 mars 2024 kl. 10.42"."""
    moment = _local(iso)
    if moment is None:
        return iso
    return f"{format_date_medium(moment.date())} kl. {moment:%H.%M}"


def when_in_text(iso: str) -> str:
    """when() for a sentence a message box wraps: a no-break space between the day and the
    month's name and between "kl." and the time, so that no line ends at "6" with "december"
    below (as it did at 150 %). A table cell or the terminal needs none: when() there."""
    shown = when(iso)
    if shown == iso:
        return iso  # not a moment: said as it came
    return shown.replace(" ", NBSP, 1).replace(" kl. ", f" kl.{NBSP}")


def status_text(link: Link | None, pending: int, online: bool, conflicts: int = 0) -> str:
    """The status bar: "Synkad 10.42" or "Offline: 3 ändringar väntar" (and conflicts)."""
    if link is None:
        return ""
    if online:
        moment = _local(link.last_sync) if link.last_sync else None
        text = f"Synkad {moment:%H.%M}" if moment else "Inte synkad ännu"
        if pending:
            text += f" · {_changes(pending)} väntar"
    else:
        text = f"Offline: {_changes(pending)} väntar" if pending else "Offline"
    if conflicts:
        text += f" · {conflicts} {'konflikt' if conflicts == 1 else 'konflikter'}"
    return text


def _changes(count: int) -> str:
    return f"{count} {'ändring' if count == 1 else 'ändringar'}"
