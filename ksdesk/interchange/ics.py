"""The meeting as an iCalendar event (RFC 5545), for the secretary's and the presidium's
calendars, optionally with the deadline chain as all-day events.

Written by hand: the format is small, and a dependency would cost more than these lines.
Secret items are listed by number only: a calendar is easily shared."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from ksdesk.core.deadline_status import LABELS
from ksdesk.core.deadlines import DeadlineChain
from ksdesk.core.format import format_date
from ksdesk.core.import_report import clean_controls
from ksdesk.core.meeting import Sammantrade, numbered
from ksdesk.core.organ import Organ, takes_delegationsbeslut

TZID = "Europe/Stockholm"
DEFAULT_LENGTH = timedelta(hours=3)

# Swedish time since 1996: CET/CEST, changing on the last Sundays of March and October.
_VTIMEZONE = [
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:STANDARD",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "END:STANDARD",
    "BEGIN:DAYLIGHT",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def escape_text(text: str) -> str:
    """TEXT values: backslash, semicolon, comma and newline escaped (RFC 5545 3.3.11);
    control characters, which TEXT may not hold, left out."""
    return (
        clean_controls(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")  # a lone CR would end the content line early
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space; never split a
    UTF-8 character (å, ä, ö are two octets)."""
    out, current = [], ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current, limit = " " + char, 75
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)


def _local(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _description(meeting: Sammantrade) -> str:
    lines = ["Ärenden:"]
    for number, item in numbered(meeting.items):
        if number is None:
            lines.append(item.title)
        elif item.secret:
            lines.append(f"{number}. Ärende med sekretess")
        else:
            dnr = f" ({item.dnr})" if item.dnr else ""
            lines.append(f"{number}. {item.title}{dnr}")
    if meeting.remote_note:
        lines += ["", meeting.remote_note]
    return "\n".join(lines)


def meeting_ics(
    meeting: Sammantrade,
    organ: Organ,
    *,
    chain: DeadlineChain | None = None,
    now: datetime | None = None,
    end: datetime | None = None,
    uid: str = "",
) -> bytes:
    """One VCALENDAR with the meeting (and the deadlines as all-day events when `chain`)."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    start = datetime.combine(meeting.date, meeting.time)
    finish = end or start + DEFAULT_LENGTH
    # A UUID names the event (RFC 5545 3.8.4.7 advises a globally unique one): the same
    # meeting exported again updates the event in the calendar instead of adding one.
    uid_base = uid or str(uuid.uuid5(uuid.NAMESPACE_URL, f"ksdesk:{organ.id}:{meeting.date}"))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//ksdesk//ksdesk//SV",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        *_VTIMEZONE,
        "BEGIN:VEVENT",
        f"UID:{uid_base}",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;TZID={TZID}:{_local(start)}",
        f"DTEND;TZID={TZID}:{_local(finish)}",
        f"SUMMARY:{escape_text(f'{organ.name}: sammanträde')}",
        # No place (a meeting at a distance, its remote note in the description): no empty
        # LOCATION for the calendar to show as a blank "Plats".
        *([f"LOCATION:{escape_text(meeting.place)}"] if meeting.place.strip() else []),
        f"DESCRIPTION:{escape_text(_description(meeting))}",
        "END:VEVENT",
    ]
    if chain is not None:
        for key, day in chain.as_dict().items():
            if key == "delegationsbeslut_senast" and not takes_delegationsbeslut(organ.name):
                continue  # a fullmäktige takes no delegationsbeslut
            lines += _all_day(
                str(uuid.uuid5(uuid.UUID(uid_base), key)),
                stamp,
                date.fromisoformat(day),
                f"{LABELS[key]} ({organ.name} {format_date(meeting.date)})",
            )
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")


def _all_day(uid: str, stamp: datetime, day: date, summary: str) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{(day + timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{escape_text(summary)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]
