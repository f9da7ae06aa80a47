"""Who leads each § of a meeting: the ordförande, or in her place, for a § she is jävig in
or away from, a vice ordförande (as the reglementen order them). The § 's omedelbar
justering, its utslagsröst, its Behandling and the first page's Beslutande follow it."""

from __future__ import annotations

from ksdesk.core.findings import Finding, Severity
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ_members import roles_held_twice, with_party
from ksdesk.core.protokoll import Paragraf, Protokoll
from ksdesk.core.protokoll_rules import (
    Tjanstgor,
    behandling_paragraphs,
    chair_of,
    display_name,
    paragraf_span,
    tjanstgorande,
)

VICE_CHAIRS = ("1:e vice ordförande", "2:e vice ordförande")


def chair_at(meeting: Sammantrade, protokoll: Protokoll, paragraf: Paragraf) -> str:
    """Who leads § `paragraf`: the ordförande, unless jävig or away for it; then the 1:e and
    the 2:e vice ordförande who tjänstgör in it, as the reglementen order them. She signs the
    § when it is justerad omedelbart and her vote decides a tie; a jävig ordförande was named
    on both (JO 2571-1999: the vice took over, the protokoll did not say so). "" when none of
    them sits: the line is signed by whom the nämnd chose, written in by hand."""
    chair = chair_of(meeting, protokoll)
    seated = {seat.deltagare.name for seat in tjanstgorande(protokoll.upprop, paragraf)}
    if chair in seated or chair not in {d.name for d in protokoll.upprop}:
        return chair
    for role in VICE_CHAIRS:
        vice = next((d.name for d in protokoll.upprop if d.role == role), "")
        if vice in seated:
            return vice
    return ""


def stand_in_chairs(meeting: Sammantrade, protokoll: Protokoll) -> dict[str, list[int]]:
    """Who led which §§ in the ordförande's place (chair_at): the first page says so."""
    chair = chair_of(meeting, protokoll)
    led: dict[str, list[int]] = {}
    for paragraf in protokoll.paragrafer:
        leader = chair_at(meeting, protokoll, paragraf)
        if leader and leader != chair:
            led.setdefault(leader, []).append(paragraf.nr)
    return led


def chair_signers(meeting: Sammantrade, protokoll: Protokoll) -> list[tuple[str, str]]:
    """The ordförande's line, then one for each vice who led §§ in her place, labelled with
    them ("Ordförande § 174"): who led a § signs it, as Orust's kommunstyrelses
    arbetsutskott signed 2011-03-02 ("Ordförande Roger Hansson 6-13", the vice for the rest)."""
    lines = [("Ordförande", signing_chair(meeting, protokoll))]
    led = stand_in_chairs(meeting, protokoll)
    return lines + [
        (f"Ordförande {paragraf_span(numbers)}", with_party(name, protokoll.upprop))
        for name, numbers in led.items()
    ]


def signing_chair(meeting: Sammantrade, protokoll: Protokoll, leader: str | None = None) -> str:
    """The name on the line of the ordförande (or of `leader`, who led a § in her place):
    with the party the upprop gives, "Tommy Rydfeldt (L)", as Kungsbacka's protokoll sign
    (walk37 #12); a name the upprop lacks as typed."""
    name = chair_of(meeting, protokoll) if leader is None else leader
    return with_party(name, protokoll.upprop)


def voters(
    meeting: Sammantrade, protokoll: Protokoll, paragraf: Paragraf
) -> list[tuple[Tjanstgor, str]]:
    """Who votes in the § 's votering, in the order the omröstningslista prints them, each
    with the name as the list writes it: as they tjänstgör, the one leading the § last, as
    the ordförande votes last, named so, and a vice ordförande by her role (Kungsbacka's
    lists: Vård & Omsorg 2025-12-11 § 182, "Hravn Forsne (M), ordförande" on the last line;
    Teknik 2025-09-24 § 88, "Erik Lindqvist (M), vice ordförande")."""
    seats = tjanstgorande(protokoll.upprop, paragraf)
    leader = chair_at(meeting, protokoll, paragraf)
    ordered = sorted(seats, key=lambda seat: seat.deltagare.name == leader)
    return [(seat, _voter_name(seat, leader)) for seat in ordered]


def _voter_name(seat: Tjanstgor, leader: str) -> str:
    who = seat.deltagare
    if who.name == leader:
        return f"{who.display}, ordförande"
    return f"{who.display}, {who.role}" if who.role in VICE_CHAIRS else who.display


def paragraf_behandling(
    meeting: Sammantrade, protokoll: Protokoll, paragraf: Paragraf, organ_name: str
) -> list[str]:
    """The § 's Behandling as the paper and the web edition print it, led by chair_at."""
    return behandling_paragraphs(
        paragraf,
        protokoll.upprop,
        organ_name,
        chair_at(meeting, protokoll, paragraf),
        chair_of(meeting, protokoll),
    )


def chair_findings(meeting: Sammantrade, protokoll: Protokoll) -> list[Finding]:
    """For the justering check: a § no ordförande or vice ordförande took part in (who led
    it, and signs it, is the nämnd's choice: the line is left blank), and a § whose leader is
    its only justerare (one person would sign it twice; Orust's KSAU had another justera the
    §§ its justerare led); and two in the upprop with the ordförande's (or one vice's) role,
    which the first page would print (walk29: a misread pasted närvarolista)."""
    found = [
        Finding(
            Severity.FEL,
            f"Upprop: {sentence} Rätta rollen i uppropets kolumn Roll (och i nämndens register).",
            code="roll-dubbel",
        )
        for sentence in roles_held_twice(protokoll.upprop)
    ]
    justerare = protokoll.justering.justerare
    for paragraf in protokoll.paragrafer:
        leader = chair_at(meeting, protokoll, paragraf)
        if not leader:
            text = (
                "varken ordföranden eller en vice ordförande deltar. Skriv i Behandling vem "
                "som leder paragrafen; hens namn skrivs för hand på ordförandens rad."
            )
        elif leader != chair_of(meeting, protokoll) and justerare == [leader]:
            who = display_name(protokoll.upprop, leader)
            text = (
                f"{who} leder paragrafen och är ensam justerare. Välj ytterligare en "
                "justerare, så att två personer justerar paragrafen."
            )
        else:
            continue
        found.append(Finding(Severity.VARNING, f"{paragraf.label}: {text}", paragraf=paragraf.nr))
    return found
