"""The deadline chain as the secretary sees it: each date with a label, why it moved, and
whether it is done, near or passed; and the anslag text for the anslagstavla."""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from ksdesk.core.deadlines import (
    ANSLAG_DAYS_AFTER_JUSTERING,
    APPEAL_WEEKS,
    JUSTERING_DAYS,
    DeadlineChain,
    holiday_name,
)
from ksdesk.core.format import format_date, format_date_long
from ksdesk.core.organ import has_postmodifier, organ_genitive, organ_in_running_text

NEAR_DAYS = 3
BEFORE_MEETING = (
    "kallelse_senast",
    "delegationsbeslut_senast",
)  # "near": the secretary still has a working day or two to act
STATUS_LABELS = {
    "klart": "Klart",
    "sent": "För sent",  # done, but after its last day: the protokoll must say so honestly
    "passerat": "Passerat",
    "nära": "Snart",
    "": "",
}

LABELS = {
    "kallelse_senast": "Kallelsen skickas senast",
    "delegationsbeslut_senast": "Delegationsbeslut anmälda senast",
    "justering_senast": "Protokollet justeras senast",
    "anslag_senast": "Anslaget sätts upp senast",
    "overklagande_slut": "Tiden för överklagande går ut",
}


class DeadlineItem(NamedTuple):
    key: str
    label: str
    day: date
    status: str = ""  # "klart", "passerat", "nära" or ""
    note: str = ""  # why the date moved: "flyttad från fredag 25 december 2020 (Juldagen)"


def unmoved(
    chain: DeadlineChain,
    kallelse_days: int,
    cutoff_days: int,
    justerat: date | None = None,
    anslaget: date | None = None,
) -> dict[str, date]:
    """The dates before lag 1930:173 2 § moved them: what to explain when they differ."""
    return {
        "kallelse_senast": chain.meeting - timedelta(days=kallelse_days),
        "delegationsbeslut_senast": chain.meeting - timedelta(days=cutoff_days),
        "justering_senast": chain.meeting + timedelta(days=JUSTERING_DAYS),
        "anslag_senast": (justerat or chain.justering_senast)
        + timedelta(days=ANSLAG_DAYS_AFTER_JUSTERING),
        "overklagande_slut": (anslaget or chain.anslag_senast) + timedelta(weeks=APPEAL_WEEKS),
    }


def deadline_items(
    chain: DeadlineChain,
    today: date,
    *,
    done: frozenset[str] = frozenset(),
    raw: dict[str, date] | None = None,
    done_on: dict[str, date] | None = None,
) -> list[DeadlineItem]:
    """One line per deadline. A step in `done` is "klart", or "sent" when `done_on` gives a
    day after its last one (a protokoll justerat on the 16th day); an open step whose date has
    passed is "passerat"; one due within NEAR_DAYS is "nära" (see _moot for when neither is
    said). The appeal period is information, not a task: once over it is "klart", but only
    from an anslag that was put up (kommunallagen 13 kap. 5 §: the three weeks run from the
    day the anslag is posted; with none recorded they have not begun, whatever the date)."""
    items = []
    for key, day in chain.as_dict().items():
        moved_day = date.fromisoformat(day)
        status = ""
        when = (done_on or {}).get(key)
        if key in done and when is not None and when > moved_day:
            status = "sent"
        elif key in done or (
            key == "overklagande_slut" and "anslag_senast" in done and today > moved_day
        ):
            status = "klart"
        elif _moot(key, chain, today, done):
            status = ""
        elif key != "overklagande_slut" and today > moved_day:
            status = "passerat"
        elif today <= moved_day <= today + timedelta(days=NEAR_DAYS):
            status = "nära"
        note = ""
        original = (raw or {}).get(key)
        if original is not None and original != moved_day:
            note = moved_note(original)
        items.append(DeadlineItem(key, LABELS[key], moved_day, status, note))
    return items


def _moot(key: str, chain: DeadlineChain, today: date, done: frozenset[str]) -> bool:
    """No warning where nothing can be done about it any more, or not yet: a step before the
    meeting once the meeting has been held, the anslag before the protokoll is justerat, the
    appeal period before the anslag is up."""
    if key in BEFORE_MEETING:
        return today > chain.meeting
    if key == "overklagande_slut":
        return "anslag_senast" not in done
    return key == "anslag_senast" and "justering_senast" not in done


def moved_note(original: date) -> str:
    """ "flyttad från fredag 25 december 2020, juldagen"; a weekend needs no explaining."""
    name = holiday_name(original)
    text = f"flyttad från {format_date_long(original)}"
    if name in ("", "lördag", "söndag"):
        return text
    # Holidays are written in lower case in running text; "Kristi" is a name.
    return f"{text}, {name if name.startswith('Kristi') else name[:1].lower() + name[1:]}"


def _protokoll_of(organ_name: str) -> str:
    """ "Kommunstyrelsens protokoll"; "Protokollet för nämnden för folkhälsa, …" where the
    name's genitive would fall on its last word."""
    if has_postmodifier(organ_name):
        return f"Protokollet för {organ_in_running_text(organ_name)}"
    return f"{organ_genitive(organ_name, running_text=False)} protokoll"


def anslag_text(
    organ_name: str,
    meeting: date,
    paragrafer: str,
    justerat: date | None,
    anslaget: date | None,
    overklagande_slut: date,
    forvaringsplats: str,
) -> str:
    """The tillkännagivande for the anslagstavla (KL 8 kap. 12 §)."""
    removal = overklagande_slut + timedelta(days=1)
    lines = [
        "Anslag/bevis",
        "",
        f"{_protokoll_of(organ_name)} från sammanträdet {format_date_long(meeting)} "
        f"är justerat{' ' + format_date_long(justerat) if justerat else ''}.",
        "",
        f"Organ: {organ_name}",
        f"Sammanträdesdatum: {format_date(meeting)}",
    ]
    if paragrafer:
        lines.append(f"Paragrafer: {paragrafer}")
    lines += [
        f"Datum då anslaget sätts upp: {format_date(anslaget) if anslaget else ''}",
        f"Datum då anslaget tas ned: {format_date(removal)}",
        f"Förvaringsplats för protokollet: {forvaringsplats}",
        "",
        "Den som vill överklaga ett beslut genom laglighetsprövning (13 kap. kommunallagen) "
        "ska göra det inom tre veckor från den dag då anslaget sattes upp, det vill säga "
        f"senast {format_date_long(overklagande_slut)}.",
    ]
    return "\n".join(lines)
