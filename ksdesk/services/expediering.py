"""Expediering: one action sends out a justerat protokoll. Every recipient named under
"Beslut skickas till" gets one PDF with the protokollsutdrag of their §§ (each with its
Utdragsbestyrkande), and the log keeps what went to whom and when, so each § can say
"Expedierat 2020-12-22 till …".

Before the justering only §§ justerade omedelbart may be sent."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import NamedTuple

from ksdesk.atomic import save_as
from ksdesk.core.errors import InvalidInput, NotFound
from ksdesk.core.expediering import (
    Utskick,
    expedierat_text,
    not_yet_sent,
    recipients,
)
from ksdesk.core.file_names import utdrag_file_name
from ksdesk.core.format import format_date
from ksdesk.core.os_errors import os_reason
from ksdesk.core.protokoll import Paragraf, Protokoll
from ksdesk.db import expediering_repo
from ksdesk.db.connection import Store
from ksdesk.services.protokoll import get_protokoll, meeting_and_organ


class AlreadySent(InvalidInput):
    """Everything ready to go out has already been sent to every recipient."""


def ready_paragrafer(protokoll: Protokoll, day: date) -> list[Paragraf]:
    """The §§ that may be sent on `day`: all once the protokoll is justerat, before that only
    those justerade omedelbart (refused in Swedish when none)."""
    j = protokoll.justering
    if j.justerat is not None:
        if day < j.justerat:
            raise InvalidInput(
                f"Protokollet justerades {format_date(j.justerat)}: det kan inte expedieras "
                f"dessförinnan ({format_date(day)})."
            )
        return list(protokoll.paragrafer)
    ready = [p for p in protokoll.paragrafer if p.omedelbar_justering]
    if not ready:
        raise InvalidInput(
            "Protokollet är inte justerat än: skriv in dagen det justerades under Justering "
            "innan besluten skickas ut. (Paragrafer som justeras omedelbart kan skickas före.)"
        )
    return ready


class Written(NamedTuple):
    """The utdrag written to their folder, not yet in the log (`record` puts them there)."""

    organ_id: int
    sent: list[Utskick]


def expediera(
    store: Store, meeting_id: int, folder: Path, day: date | None = None, *, again: bool = False
) -> list[Utskick]:
    """Write one PDF per recipient into `folder` (never over an existing file) and log each
    in one transaction. Returns what was sent, in the order the recipients are first named.
    What the log has already sent to a recipient is not sent again unless `again`."""
    return record(store, write_utdrag(store, meeting_id, folder, day, again=again))


def write_utdrag(
    store: Store, meeting_id: int, folder: Path, day: date | None = None, *, again: bool = False
) -> Written:
    """Expediera's long part, which only reads (a reader on a worker may run it: each
    utdrag is a PDF, some 0.1 s each): the utdrag of every recipient written into `folder`.
    The log is written by `record`, on the store's own connection."""
    # Imported here: the Sammanträde tab reads expedierat_for at once, and needs ReportLab
    # only when utdrag are sent.
    from ksdesk.reports.utdrag_pdf import utdrag_till_pdf
    from ksdesk.services.deciders import current_user

    day = day or date.today()
    meeting, organ = meeting_and_organ(store, meeting_id)
    protokoll = get_protokoll(store, meeting_id)
    if not protokoll.paragrafer:
        raise NotFound(
            f"Sammanträdet {format_date(meeting.date)} har inget protokoll att expediera."
        )
    mottagare = recipients(ready_paragrafer(protokoll, day))
    if not mottagare:
        raise InvalidInput(
            "Ingen paragraf har någon mottagare under ”Beslut skickas till”: fyll i vem "
            "besluten ska skickas till."
        )
    earlier = expediering_repo.for_meeting(store, meeting_id)
    if not again:
        mottagare = not_yet_sent(mottagare, earlier)
    if not mottagare:
        last = max(u.expedierat for u in earlier)
        raise AlreadySent(
            f"Alla paragrafer är redan expedierade till sina mottagare (senast "
            f"{format_date(last)}). Skicka dem igen bara om någon inte har fått sitt utdrag."
        )
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InvalidInput(f"Mappen {folder} kunde inte skapas ({os_reason(error)}).") from error
    taken = {p.name.casefold() for p in folder.iterdir()} if folder.is_dir() else set()
    sent = []
    who = current_user()
    for m in mottagare:
        data = utdrag_till_pdf(organ, meeting, protokoll, m.paragrafer, m.namn, m.syften, day)
        name = utdrag_file_name(organ.short, meeting.date, m.namn, m.numbers, taken)
        path = folder / name
        save_as(path, data)
        sent.append(
            Utskick(
                mottagare=m.namn,
                paragrafer=m.numbers,
                expedierat=day,
                fil=str(path),
                sha256=hashlib.sha256(data).hexdigest(),
                expedierat_av=who,
                meeting_id=meeting_id,
                meeting_date=meeting.date,
                syften=dict(m.syften),
            )
        )
    return Written(organ.id or 0, sent)


def record(store: Store, written: Written) -> list[Utskick]:
    """The utdrag written put in the log, in one transaction."""
    with store.atomic():
        return [expediering_repo.add(store, written.organ_id, u) for u in written.sent]


def log(store: Store, meeting_id: int) -> list[Utskick]:
    return expediering_repo.for_meeting(store, meeting_id)


def expedierat_for(store: Store, meeting_id: int) -> dict[int, str]:
    """§ number -> "Expedierat 2020-12-22 till …" for every § of the meeting sent out."""
    sent = expediering_repo.for_meeting(store, meeting_id)
    numbers = sorted({nr for u in sent for nr in u.paragrafer})
    return {nr: expedierat_text([u for u in sent if nr in u.paragrafer]) for nr in numbers}


def as_json(sent: list[Utskick]) -> list[dict]:
    """`expediera --json`: [{"mottagare", "paragrafer": [nr, …], "fil"}]."""
    return [{"mottagare": u.mottagare, "paragrafer": u.paragrafer, "fil": u.fil} for u in sent]


def paragraf_rows(store: Store, meeting_id: int) -> list[tuple[int, str, str, str]]:
    """(§, title, recipients, "Expedierat … till …") of each § of the meeting."""
    sent = expedierat_for(store, meeting_id)
    return [
        (p.nr, p.title, "\n".join(p.beslut_skickas_till), sent.get(p.nr, ""))
        for p in get_protokoll(store, meeting_id).paragrafer
    ]
