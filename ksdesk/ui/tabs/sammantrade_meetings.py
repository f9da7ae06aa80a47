"""What the Sammanträde tab says of its meetings: the choices of its meeting list, the meeting
shown first, and the heading over the pages (organ, time, place, status and what to do
next, and why the meeting cannot be changed here when it cannot)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from ksdesk.core.format import format_date, format_date_long, format_time_kl
from ksdesk.core.meeting import MeetingStatus, Sammantrade, latest_held, next_coming
from ksdesk.core.organ import Organ
from ksdesk.ui.widgets.colors import warning_html


def meeting_choices(
    meetings: Sequence[Sammantrade], organs: Sequence[Organ]
) -> list[tuple[str, int | None]]:
    """(text, meeting id) for each meeting: "2020-12-07  kl. 14.00  Festsalen". With more
    than one organ in the file, each meeting says whose it is."""
    names = {o.id: o.short or o.name for o in organs}
    choices = []
    for m in meetings:
        whose = f"{names.get(m.organ_id, '')}  " if len(names) > 1 else ""
        when = f"{format_date(m.date)}  {whose}{format_time_kl(m.time)}"
        choices.append((f"{when}  {m.place}".rstrip(), m.id))
    return choices


def first_shown(meetings: Sequence[Sammantrade], today: date) -> int | None:
    """The meeting the tab shows when first opened: today's or the one just held, not the
    newest in the file (the last of a sammanträdesplan put in a year ahead)."""
    shown = latest_held(meetings, today) or next_coming(meetings, today)
    return shown.id if shown else None


def heading_html(
    meeting: Sammantrade | None,
    organ_name: str,
    started: bool,
    locked: str,
    justerat: date | None = None,
    note: str = "",
) -> str:
    """The organ, when and where, the status (with the next step before the protokoll is
    `started`), the day the protokoll was `justerat` (the meeting's status says nothing of
    it: a justerat protokoll stood under "Utkast"), and `locked`: why it cannot be changed
    here ("" when it can); `note`: "Utcheckat av dig sedan …" (ui/tabs/base_tab.py)."""
    if meeting is None:
        return "<i>Inget sammanträde. Skapa ett under fliken Kallelse.</i>"
    status = meeting.status.label
    if justerat is not None:
        # A justerat protokoll means the meeting was held, whatever status it was left in: no
        # "Utkast · Protokollet justerat" (walk27's finding 17).
        held = MeetingStatus.GENOMFORD.label
        status = f"{held} · Protokollet justerat {format_date_long(justerat)}"
    hint = "" if started else " – tryck <b>Starta protokollet</b> när mötet börjar"
    # The place is not yet written in a new kommun's first meeting: no empty ", ".
    when = (
        format_date_long(meeting.date, capitalize=True),
        format_time_kl(meeting.time),
        meeting.place.strip(),
    )
    return (
        f"<h2 style='margin:0'>{escape(organ_name)}</h2>"
        f"{escape(', '.join(part for part in when if part))} · {escape(status)}{hint}"
        + (f"<br>{warning_html(locked)}" if locked else "")
        + (f"<br>{warning_html(note)}" if note else "")
    )
