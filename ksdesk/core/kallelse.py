"""Rules of the kallelse: the dates it names (send-by day, the absence deadline "senast fredag
13.00"), the default texts on it, how an organ is addressed, and what the public version shows
of an ärende under sekretess."""

from __future__ import annotations

from datetime import date, time, timedelta
from functools import lru_cache

from ksdesk.core.format import format_date_long, format_time
from ksdesk.core.meeting import AgendaItem, Meeting
from ksdesk.core.organ import Organ

# The seed asks for word "senast fredag 13.00" before a Monday meeting: the last working day
# before the meeting, at lunchtime, so the secretary can still call in an ersättare.
ABSENCE_DEADLINE_TIME = time(13, 0)
PUBLIC_SECRET_TITLE = "Ärende som omfattas av sekretess"


@lru_cache(maxsize=64)
def _holidays(year: int) -> frozenset[date]:
    import holidays  # on first use: the tab must not pay for it at start-up

    days = set(holidays.country_holidays("SE", years=year))
    # Not allmänna helgdagar, but treated as such for deadlines (lag 1930:173, 2 §).
    days.update(_eves(year))
    return frozenset(days)


def _eves(year: int) -> set[date]:
    midsommarafton = next(
        date(year, 6, day) for day in range(19, 26) if date(year, 6, day).weekday() == 4
    )
    return {midsommarafton, date(year, 12, 24), date(year, 12, 31)}


def is_vardag(day: date) -> bool:
    """A working day: not a Saturday, Sunday, allmän helgdag, midsommar-, jul- or nyårsafton."""
    return day.weekday() < 5 and day not in _holidays(day.year)


def previous_vardag(day: date) -> date:
    """The last working day strictly before `day`."""
    candidate = day - timedelta(days=1)
    while not is_vardag(candidate):
        candidate -= timedelta(days=1)
    return candidate


def vardag_on_or_before(day: date) -> date:
    return day if is_vardag(day) else previous_vardag(day)


def absence_deadline(meeting_date: date) -> tuple[date, time]:
    """When a member must have reported absence: the working day before, at 13.00."""
    return previous_vardag(meeting_date), ABSENCE_DEADLINE_TIME


def absence_deadline_text(meeting_date: date) -> str:
    """ "fredag 13.00" for a Monday meeting (the weekday is enough within one week)."""
    day, at = absence_deadline(meeting_date)
    weekday = format_date_long(day).split(" ")[0]
    return f"{weekday} {format_time(at)}"


def kallelse_send_by(meeting_date: date, days_before: int) -> date:
    """The last day the kallelse may be sent (the reglemente's days before the meeting), moved
    back to a working day: one cannot rely on a Sunday post."""
    return vardag_on_or_before(meeting_date - timedelta(days=days_before))


def default_absence_note(organ: Organ, meeting_date: date) -> str:
    contacts = [c for c in (organ.secretary_email, organ.secretary_phone) if c]
    who = " eller ".join(contacts) if contacts else (organ.secretary_name or "sekreteraren")
    return (
        f"Meddela {who} senast {absence_deadline_text(meeting_date)} om du inte kan delta, "
        "så att en ersättare kan kallas in."
    )


def genitive(name: str) -> str:
    """Swedish genitive of an organ's name, lower-cased as in running text:
    "Kommunstyrelsen" → "kommunstyrelsens", "Kommunfullmäktige" → "kommunfullmäktiges"."""
    word = name.strip()
    if not word:
        return ""
    word = word[:1].lower() + word[1:]
    return word if word[-1] in "sxz" else word + "s"


def addressee(organ: Organ) -> str:
    """ "Till kommunstyrelsens ledamöter och ersättare"."""
    return f"Till {genitive(organ.name)} ledamöter och ersättare"


def when_text(meeting: Meeting) -> str:
    """ "Måndag 7 december 2020, kl. 14.00": the kallelse's Tid line."""
    return f"{format_date_long(meeting.date, capitalize=True)}, kl. {format_time(meeting.time)}"


def public_title(item: AgendaItem) -> str:
    """What the public version prints instead of a secret item's title."""
    if item.secrecy_ref.strip():
        return f"{PUBLIC_SECRET_TITLE} ({item.secrecy_ref.strip()})"
    return PUBLIC_SECRET_TITLE


def public_note(numbers: list[int]) -> str:
    """The kallelse's sentence about items left out of the public version."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        which = f"Ärende {numbers[0]} omfattas"
    else:
        listed = ", ".join(str(n) for n in numbers[:-1]) + f" och {numbers[-1]}"
        which = f"Ärendena {listed} omfattas"
    return (
        f"{which} av sekretess enligt offentlighets- och sekretesslagen (OSL). "
        "Rubrik och handlingar ingår inte i den offentliga versionen."
    )
