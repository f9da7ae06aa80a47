"""The justering check: what is missing or wrong in a protokoll before it can be justerat,
errors first, then reminders. Pure functions over core.protokoll, shown alike on the
Justering page and by the command line; and the dates of a justering that cannot be saved."""

from __future__ import annotations

from datetime import date

from ksdesk.core.ajournering import outside_meeting
from ksdesk.core.findings import Finding, Severity
from ksdesk.core.format import format_count, format_date_long, format_time_kl
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import Deltagare, Justering, Paragraf, Protokoll, Votering
from ksdesk.core.protokoll_rules import (
    display_name,
    is_beslutsfor,
    present_names,
    seats_held,
    tjanstgorande,
)


def _finding(text: str, paragraf: int | None = None, severity: Severity = Severity.FEL) -> Finding:
    """One line of the justering check, in Swedish."""
    return Finding(severity, text, paragraf=paragraf)


def justering_deadline_text(protokoll: Protokoll) -> str:
    j = protokoll.justering
    if j.date is None:
        return "före justeringen"
    when = format_date_long(j.date)
    return f"före justeringen ({when}{', ' + format_time_kl(j.time) if j.time else ''})"


def check_paragraf(protokoll: Protokoll, paragraf: Paragraf) -> list[Finding]:
    number, people = paragraf.nr, protokoll.upprop
    problems: list[Finding] = []

    def add(text: str, severity: Severity = Severity.FEL) -> None:
        problems.append(_finding(f"{paragraf.label}: {text}", number, severity))

    if not paragraf.beslut.strip():
        add("beslut saknas.")
    if people and not is_beslutsfor(people, paragraf):
        add("sammanträdet är inte beslutsfört (färre än hälften av ledamöterna tjänstgör).")
    sitting = {t.deltagare.name for t in tjanstgorande(people, paragraf)}
    if paragraf.votering is not None:
        problems.extend(_check_votering(paragraf, paragraf.votering, sitting, people))
    for reservation in paragraf.reservationer:
        names = [n for n in reservation.names if n.strip()]
        if not names:
            add("en reservation saknar namn.")
        for name in names:
            if name not in sitting:
                add(f"{display_name(people, name)} reserverar sig men tjänstgjorde inte.")
        if reservation.motivering_aviserad and not reservation.motivering.strip() and names:
            who = ", ".join(display_name(people, n) for n in names)
            add(
                f"skriftlig motivering till reservationen ({who}) ska lämnas "
                f"{justering_deadline_text(protokoll)}.",
                Severity.PAMINNELSE,
            )
    for anteckning in paragraf.anteckningar:
        if not [n for n in anteckning.names if n.strip()]:
            add("en protokollsanteckning saknar namn.")
    problems.extend(_check_jav(paragraf, people))
    return problems


def _check_jav(paragraf: Paragraf, people: list[Deltagare]) -> list[Finding]:
    """Each jäv: whose seat is left, who (if anyone) took it. A jävig ersättare who did not
    sit only leaves the room; one who sat leaves the seat he filled."""
    number = paragraf.nr
    held = seats_held(people, number)
    present = present_names(people, number)
    sat = {(t.deltagare.name, t.replaces) for t in tjanstgorande(people, paragraf)}
    ersattare = {a.name for a in people if a.is_ersattare}
    # An ersättare in the room, neither sitting nor jävig, could have stepped in; with none
    # there (all sit already, or none came), a seat left empty is no fault to put right.
    could_step_in = (ersattare & present) - {name for name, _ in sat} - paragraf.jav_names()
    problems = []

    def add(text: str) -> None:
        problems.append(_finding(f"{paragraf.label}: {text}", number))

    for jav in paragraf.jav:
        who = display_name(people, jav.name)
        stand_in = display_name(people, jav.ersattare) if jav.ersattare else ""
        seat = held.get(jav.name, "" if jav.name in ersattare else jav.name)
        if not jav.ersattare.strip():
            if not could_step_in:
                continue
            if jav.name not in ersattare:
                add(f"{who} är jävig men ingen ersättare har trätt in i dennes ställe.")
            elif seat:
                add(
                    f"{who} tjänstgör för {display_name(people, seat)} men är jävig, och "
                    "ingen annan ersättare har trätt in."
                )
        elif not seat:
            add(f"{stand_in} ska ersätta {who}, men {who} tjänstgör inte i paragrafen.")
        elif jav.ersattare not in present:
            add(f"{stand_in} ska ersätta {who} men är inte närvarande.")
        elif (jav.ersattare, seat) not in sat:
            add(f"{stand_in} ska ersätta {who} men tjänstgör redan i paragrafen.")
    return problems


def _check_votering(
    paragraf: Paragraf, votering: Votering, sitting: set[str], people: list[Deltagare]
) -> list[Finding]:
    totals = votering.totals
    counted = sum(totals.values())
    problems = []
    label = paragraf.label
    if counted != len(sitting) or set(votering.votes) != sitting:
        problems.append(
            _finding(
                f"{label}: voteringen har {counted} röster ({totals['ja']} ja, "
                f"{totals['nej']} nej, {totals['avstår']} avstår) men {len(sitting)} "
                "ledamöter tjänstgjorde.",
                paragraf.nr,
            )
        )
        for name in sorted(sitting - set(votering.votes)):
            problems.append(
                _finding(f"{label}: {display_name(people, name)} saknar röst.", paragraf.nr)
            )
        for name in sorted(set(votering.votes) - sitting):
            problems.append(
                _finding(
                    f"{label}: {display_name(people, name)} har röstat men tjänstgjorde inte.",
                    paragraf.nr,
                )
            )
    return problems


def forvaringsplats_of(justering: Justering, organ: Organ) -> str:
    """Where the anslag says the protokoll can be read (KL 8 kap. 12 §), the one rule for the
    anslag text and the protokoll's anslag alike: the justering's, else the organ's, else the
    kommun's name (the check warns then), never a place nobody wrote."""
    for place in (justering.forvaringsplats, organ.forvaringsplats, organ.kommun):
        if place.strip():
            return place.strip()
    return ""


def _forvaringsplats_missing(kommun: str) -> Finding:
    # KL 8 kap. 12 §: the anslag must say where the protokoll can be read; the kommun's name
    # alone says little to whoever wants to read it.
    said = f"anslaget anger bara {kommun}" if kommun.strip() else "anslaget anger ingen"
    return _finding(
        f"Förvaringsplats saknas: {said} (KL 8 kap. 12 §). Ange den på sidan Justering "
        "eller för nämnden i Kallelse > Nämndens inställningar.",
        severity=Severity.VARNING,
    )


def justering_check(
    protokoll: Protokoll, organ_forvaringsplats: str = "", kommun: str = ""
) -> list[Finding]:
    """What is missing before the protokoll can be justerat: errors first, then reminders.
    `organ_forvaringsplats`: the organ's own, printed when the justering names none; `kommun`:
    the kommun's name, printed when neither is written (forvaringsplats_of)."""
    problems: list[Finding] = []
    j = protokoll.justering
    if not (j.forvaringsplats.strip() or organ_forvaringsplats.strip()):
        problems.append(_forvaringsplats_missing(kommun))
    if not protokoll.upprop:
        problems.append(_finding("Uppropet är inte gjort."))
    if not j.justerare:
        problems.append(_finding("Justerare är inte valda (väljs under Paragrafer)."))
    if j.date is None or not j.place.strip():
        problems.append(
            _finding("Tid och plats för justeringen saknas.", severity=Severity.PAMINNELSE)
        )
    if not protokoll.paragrafer:
        problems.append(_finding("Protokollet har inga paragrafer."))
    outside = outside_meeting(j.ajourneringar, j.opened, j.closed)
    if outside:
        problems.append(
            _finding(
                f"Ajourneringen {outside} ligger utanför sammanträdets tid.",
                severity=Severity.VARNING,
            )
        )
    for paragraf in protokoll.paragrafer:
        problems.extend(check_paragraf(protokoll, paragraf))
    return sorted(problems, key=lambda p: p.severity.rank)


def justering_date_problem(meeting_day: date, justering: Justering) -> str:
    """Why the justering's dates cannot be saved, in Swedish; "" when they can. A date typed
    a year or a month wrong ("2016-11-21" for the 21st of December) shows as one before the
    meeting it justerar, or an anslag before the justering."""
    if justering.justerat and justering.anslaget and justering.anslaget < justering.justerat:
        return "Anslaget kan inte sättas upp före justeringen."
    for when, what in (
        (justering.date, "Justeringsdagen"),
        (justering.justerat, "Dagen då protokollet justerades"),
        (justering.anslaget, "Dagen då anslaget sattes upp"),
    ):
        if when is not None and when < meeting_day:
            return (
                f"{what}, {format_date_long(when)}, ligger före sammanträdet "
                f"({format_date_long(meeting_day)}). Kontrollera datumet."
            )
    return ""


def justera_anyway_question(findings: list[Finding], shown: int = 3) -> str:
    """The question before a protokoll with errors is marked justerat ("" when it has none):
    how many, and the first few, so the secretary sees what she would sign."""
    errors = [f.message for f in findings if f.is_error]
    if not errors:
        return ""
    lines = [f"Protokollet har {format_count(len(errors), 'fel', 'fel')}, t.ex.:", ""]
    lines += [f"• {message}" for message in errors[:shown]]
    if len(errors) > shown:
        lines.append(f"… och {format_count(len(errors) - shown, 'fel till', 'fel till')}.")
    return "\n".join([*lines, "", "Markera det som justerat ändå?"])
