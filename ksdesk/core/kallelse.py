"""Rules of the kallelse: the dates it names (send-by day, the absence deadline "senast fredag
13.00"), the default texts on it, how an organ is addressed, and what the public version shows
of an ärende under sekretess."""

from __future__ import annotations

from datetime import date, time, timedelta

# Working days come from the deadline chain: one rule (lag 1930:173) for every date we name.
from ksdesk.core.deadlines import holiday_name, kallelse_senast, previous_vardag, statutory_eves
from ksdesk.core.format import format_date_long, format_date_medium, format_time
from ksdesk.core.listing import and_listed
from ksdesk.core.meeting import Arende, Bilaga, Sammantrade
from ksdesk.core.not_in_full import WITHHELD as NOT_IN_FULL
from ksdesk.core.not_in_full import note_of
from ksdesk.core.organ import Organ, has_postmodifier, organ_genitive, organ_in_running_text
from ksdesk.core.organ_members import with_party
from ksdesk.core.secrecy_ref import printed_ref
from ksdesk.core.written_dates import WEEKDAY_NAMES

# The seed asks for word "senast fredag 13.00" before a Monday meeting: the last working day
# before the meeting, at lunchtime, so the secretary can still call in an ersättare.
ABSENCE_DEADLINE_TIME = time(13, 0)
PUBLIC_SECRET_TITLE = "Ärende som omfattas av sekretess"
APPROXIMATE_MARK = "ca "  # before an ärende's time the agenda gives as approximate


def absence_deadline(meeting_date: date) -> tuple[date, time]:
    """When a member must have reported absence: the working day before, at 13.00."""
    return previous_vardag(meeting_date - timedelta(days=1)), ABSENCE_DEADLINE_TIME


def absence_deadline_text(meeting_date: date) -> str:
    """ "fredag 13.00" for a Monday meeting (the weekday is enough within one week)."""
    day, at = absence_deadline(meeting_date)
    return f"{WEEKDAY_NAMES[day.weekday()]} {format_time(at)}"


def meeting_day_note(meeting_date: date) -> str:
    """A sentence when the meeting is set on a day no board meets on unless it means to (a
    Saturday, a Sunday, a helgdag or julafton): most often a slip of the date, which every
    deadline of the chain is then counted from. "" on a vardag."""
    name = holiday_name(meeting_date)
    if not name:
        return ""
    if name in ("lördag", "söndag"):
        what = f"en {name}"
    else:
        eve = meeting_date in statutory_eves(meeting_date.year)
        weekday = WEEKDAY_NAMES[meeting_date.weekday()]
        what = f"{'en helgdagsafton' if eve else 'en helgdag'} ({name}, en {weekday})"
    day = format_date_medium(meeting_date)
    return f"Sammanträdet den {day} är {what}: stämmer datumet?"


def meeting_notes(meeting: Sammantrade) -> list[str]:
    """The meeting's own checks before sending (its ärenden are checked in meeting_agenda):
    the day it is set on, and a place the kallelse does not name."""
    notes = [meeting_day_note(meeting.date)]
    if not meeting.place.strip() and not meeting.remote_note.strip():
        notes.append("Sammanträdet saknar plats: kallelsen säger inte var det hålls.")
    return [note for note in notes if note]


def kallelse_send_by(meeting_date: date, days_before: int) -> date:
    """The last day the kallelse may be sent (the reglemente's days before the meeting), moved
    back to a working day: one cannot rely on a Sunday post. The deadline chain's own rule."""
    return kallelse_senast(meeting_date, days_before)


def default_absence_note(organ: Organ, meeting_date: date) -> str:
    contacts = [c for c in (organ.secretary_email, organ.secretary_phone) if c]
    who = " eller ".join(contacts) if contacts else (organ.secretary_name or "sekreteraren")
    return (
        f"Meddela {who} senast {absence_deadline_text(meeting_date)} om du inte kan delta, "
        "så att en ersättare kan kallas in."
    )


def addressee(organ: Organ) -> str:
    """ "Till kommunstyrelsens ledamöter och ersättare"; "Till ledamöter och ersättare i
    nämnden för folkhälsa, kultur …" for a name whose genitive would fall on its last word."""
    if has_postmodifier(organ.name):
        return f"Till ledamöter och ersättare i {organ_in_running_text(organ.name)}"
    return f"Till {organ_genitive(organ.name)} ledamöter och ersättare"


def signatories(meeting: Sammantrade, organ: Organ) -> list[tuple[str, str]]:
    """Who signs the kallelse, name and title: the ordförande with her party where the
    nämnd's register gives it ("Tommy Rydfeldt (L)"), then the sekreterare; a name not
    given is left out."""
    people = [
        (with_party(meeting.chair_name, organ.members), meeting.chair_title),
        (meeting.secretary_name, meeting.secretary_title),
    ]
    return [(name, title) for name, title in people if name.strip()]


def when_text(meeting: Sammantrade) -> str:
    """ "Måndag 7 december 2020, kl. 14.00": the kallelse's Tid line."""
    return f"{format_date_long(meeting.date, capitalize=True)}, kl. {format_time(meeting.time)}"


def when_and_where(meeting: Sammantrade) -> list[tuple[str, str]]:
    """The kallelse's Tid and Plats lines, paper and web alike; no Plats over nothing (a
    meeting held at a distance says so in its remote note, and meeting_notes asks for a
    place otherwise)."""
    lines = [("Tid", when_text(meeting)), ("Plats", meeting.place)]
    return [(label, value) for label, value in lines if value.strip()]


def item_details(item: Arende) -> list[str]:
    """The small line under an ärende's title on the kallelse, paper and web alike: who
    presents it, its time ("kl. 08.15", a bare "08.15" reads as a number) and, for a secret
    ärende, "Sekretess" with its OSL paragraph when it has one: every ledamot must see which
    handlingar are under tystnadsplikt, also before the paragraph is filled in."""
    details = []
    if item.presenter.strip():
        details.append(f"Föredragande: {item.presenter.strip()}")
    if slot := item.time_slot.strip():
        details.append(time_slot_text(slot))
    if item.secret:
        ref = printed_ref(item.secrecy_ref)
        details.append(f"Sekretess enligt {ref}" if ref else "Sekretess")
    elif item.not_in_full:  # paper too: the ledamot sees what the web will not show
        details.append(note_of(item))
    return details


def time_slot_text(slot: str) -> str:
    """ "kl. 13.00–13.20", or "ca kl. 19.00" for a time the agenda gives as approximate."""
    if slot.startswith(APPROXIMATE_MARK):
        return f"ca kl. {slot.removeprefix(APPROXIMATE_MARK)}"
    return f"kl. {slot}"


def public_title(item: Arende) -> str:
    """What the public version prints instead of a secret item's title: its public title
    when the secretary gave it one ("Ärende enligt socialtjänstlagen"), else a neutral one."""
    if item.public_title.strip():
        return item.public_title.strip()
    if ref := printed_ref(item.secrecy_ref):
        return f"{PUBLIC_SECRET_TITLE} ({ref})"
    return PUBLIC_SECRET_TITLE


NOT_IN_FULL_REASON = "utelämnad: ärendet publiceras inte i sin helhet"


def withheld_note(bilaga: Bilaga) -> str:
    """Why a public version leaves a bilaga out, for the line that lists it: only a bilaga
    marked secret says "sekretess" (with its OSL paragraph); one with masked personnummer
    says so, without suggesting the law keeps it secret."""
    if bilaga.withheld == "personnummer":
        return "utelämnad: innehåller personuppgifter som maskerats"
    if bilaga.withheld == "oläslig":
        return "utelämnad: innehållet kunde inte granskas före publicering"
    if bilaga.withheld == NOT_IN_FULL:
        return NOT_IN_FULL_REASON
    ref = printed_ref(bilaga.secrecy_ref)
    return f"utelämnad: sekretess enligt {ref}" if ref else "utelämnad: sekretessmarkerad"


def left_out_page_lines(number: int, kind: str) -> list[str]:
    """What a public copy prints instead of a page of a bilaga it leaves out."""
    why = {
        "personnummer": "den innehåller personuppgifter som maskerats.",
        "oläslig": "innehållet kunde inte granskas före publicering.",
        "sekretess": "den nämner en handling som omfattas av sekretess.",
    }
    return [f"Sidan {number} ingår inte i den offentliga versionen:", why.get(kind, kind)]


def secret_bilaga_title(bilaga: Bilaga) -> str:
    """What a public copy prints instead of a secret bilaga's title (its title can itself
    say what is secret): "omfattas av sekretess (21 kap. 1 § OSL)"."""
    ref = printed_ref(bilaga.secrecy_ref)
    return f"omfattas av sekretess ({ref})" if ref else "omfattas av sekretess"


def withheld_line(bilaga: Bilaga) -> str:
    """A bilaga left out of a public copy as its line in a list: "Bilaga 2 – omfattas av
    sekretess (21 kap. 1 § OSL)" for a secret one (never its title), else its title with
    the reason it is left out."""
    nr = bilaga.nr.strip()
    if bilaga.withheld == NOT_IN_FULL:  # its title may name the person: never printed
        return f"Bilaga {nr} – {withheld_note(bilaga)}".replace("  ", " ")
    if bilaga.withheld == "sekretess":
        return f"Bilaga {nr} – {secret_bilaga_title(bilaga)}".replace("  ", " ")
    name = f"Bilaga {nr}. " if nr else "Bilaga: "
    return f"{name}{bilaga.title} ({withheld_note(bilaga)})"


def public_note(numbers: list[int]) -> str:
    """The kallelse's sentence about items left out of the public version."""
    if not numbers:
        return ""
    if len(numbers) == 1:
        which = f"Ärende {numbers[0]} omfattas"
    else:
        which = f"Ärendena {and_listed(numbers)} omfattas"
    return (
        f"{which} av sekretess enligt offentlighets- och sekretesslagen (OSL). "
        "Rubrik och handlingar ingår inte i den offentliga versionen."
    )
