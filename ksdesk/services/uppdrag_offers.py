"""Uppdrag a beslut gives ("ger kommundirektören i uppdrag att …", "uppdrar åt X att …",
"X får i uppdrag att …") that no one has registered: offered to the secretary, never saved
unasked. The justering check names each one, `ksdesk uppfoljning` lists those of the last
year, and the uppdrag form fills one in from the § she picks (services.uppdrag.suggestions).
Walk29: three §§ of Kungsbacka's kommunstyrelse gave uppdrag and Uppföljning showed none."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ksdesk.core.findings import Finding, Severity
from ksdesk.core.format import format_date
from ksdesk.core.protokoll import Paragraf
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.db import meeting_repo, organ_repo, protokoll_repo
from ksdesk.db.connection import Store
from ksdesk.services.uppdrag import suggestions_for

# How far back `uppfoljning` looks for them: an uppdrag older than a year that was never
# registered has been followed some other way, or not at all, and the list would only grow.
RECENT_DAYS = 365
_SHOWN = 80  # the task as a message quotes it


@dataclass(frozen=True)
class Offer:
    """An uppdrag read out of a § 's beslut, not saved."""

    paragraf: Paragraf
    uppdrag: Uppdrag

    @property
    def task(self) -> str:
        vad = self.uppdrag.vad
        return vad if len(vad) <= _SHOWN else vad[: _SHOWN - 1].rstrip() + "…"


def offered(store: Store, meeting_id: int) -> list[Offer]:
    """The meeting's uppdrag in its §§ ' beslut that are not registered, in § order."""
    return [
        Offer(paragraf, found)
        for paragraf in protokoll_repo.list_for_meeting(store, meeting_id)
        for found in suggestions_for(store, paragraf)
    ]


def findings(store: Store, meeting_id: int) -> list[Finding]:
    """For the justering check: a reminder for each uppdrag not yet registered."""
    found = []
    for offer in offered(store, meeting_id):
        label = offer.paragraf.label
        who = offer.uppdrag.ansvarig or "någon"
        text = (
            f"{label}: beslutet ger {who} ett uppdrag (”{offer.task}”) som inte är registrerat. "
            f"Registrera det under Uppföljning > Nytt uppdrag och välj {label}: uppgifterna "
            "fylls i ur beslutet."
        )
        found.append(
            Finding(Severity.PAMINNELSE, text, code="uppdrag-i-beslut", paragraf=offer.paragraf.nr)
        )
    return found


def recent(store: Store, today: date, organ_id: int | None = None) -> list[tuple[str, Offer]]:
    """(where, offer) for the meetings of the last RECENT_DAYS up to `today`, newest first:
    where is "Kommunstyrelsen 2025-02-18 § 30"."""
    organs = {o.id: o.name for o in organ_repo.list_all(store)}
    since = today - timedelta(days=RECENT_DAYS)
    rows = []
    for meeting in meeting_repo.list_headers(store):
        if not since <= meeting.date <= today or organ_id not in (None, meeting.organ_id):
            continue
        for offer in offered(store, meeting.id or 0):
            organ = organs.get(meeting.organ_id, "")
            rows.append((f"{organ} {format_date(meeting.date)} {offer.paragraf.label}", offer))
    return rows
