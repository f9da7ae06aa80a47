"""Delegationsbeslut that may concern one person: a socialnämnd's decisions in individärenden
(bistånd under SoL, insatser under LSS, vård under LVU or LVM, vårdnad and umgänge under
föräldrabalken, färdtjänst, bostadsanpassningsbidrag, god man and förvaltare; a placement
in an HVB or a behandlingshem and its placeringsavtal, daglig verksamhet and korttidsvistelse
under LSS, a parkeringstillstånd för rörelsehindrade), as the
chapters of the socialnämnders' delegationsordningar group them (e.g. "Individ- och
familjeomsorg Socialtjänstlagen (SoL) … Lag om vård av missbrukare i vissa fall (LVM)
Föräldrabalken (FB) … Färdtjänst och riksfärdtjänst"). Such a decision's title often names
the person ("Beslut om bistånd för …"), and the person's affairs are secret (26 kap. 1 §
OSL): the public list of delegationsbeslut must not print it unseen. No rule can tell a
name from other words, so such a decision is a hit of the review whatever its words."""

from __future__ import annotations

import re

from ksdesk.core.delegation import Delegationsbeslut

# Abbreviations as written, in capitals ("sol" is also a word): the laws of individärenden.
_ABBREVIATIONS = re.compile(r"(?<!\w)(?:SoL|LSS|LVU|LVM|HVB|FB(?=\s*\d+\s*kap))(?!\w)")
# A placement of a person ("Placering av barn", "… av Åsa Lindqvist", "placering hos SiS",
# a placeringsavtal), not of money or of staff: "Placering av likvida medel" is a kommun-
# styrelse's standing delegation ("Besluta om placering av regionens likvida medel inom
# ramen för finanspolicyn"), a placeringspolicy the finance rules, "organisatorisk placering
# av personal" the employer's; each was a hit asking about a person at every meeting that
# reported one. What is placed is named by its words, not the person: an unknown phrase
# ("placering av 15-åring") stays a hit.
_NOT_A_PERSON = (
    r"(?:\w+\s+){0,2}(?:likvid\w*|medel|överlikviditet\w*|kapital\w*|fond\w*|pensionsmedel|"
    r"personal\w*|tjänst(?:en|er|erna)?|medarbetar\w*|anställd\w*)(?!\w)"
)
_PLACEMENT = (
    rf"(?<!organisatorisk\s)placering(?:en|ar|arna)?(?!\s+av\s+{_NOT_A_PERSON})"
    r"|placeringsavtal\w*|placeringsbeslut\w*"
)
_WORDS = re.compile(
    r"(?<!\w)(?:socialtjänstlage\w*|föräldrabalke\w*|lagen om vård av unga|"
    r"lagen om vård av missbrukare|lagen om stöd och service|\w*bistånd\w*|försörjningsstöd|"
    r"god man|förvaltarskap|färdtjänst\w*|riksfärdtjänst\w*|bostadsanpassning\w*|"
    r"vårdnad\w*|umgänge\w*|faderskap\w*|omhändertag\w*|familjehem\w*|"
    # A placement and its agreement, an insats under LSS, a permit for one person
    # (Kungsbacka's lists: "Placeringsavtal – HVB, Skyddat, …", "Placeringsavtal – Daglig
    # verksamhet, …", "Beslut om parkeringstillstånd för rörelsehindrad").
    rf"{_PLACEMENT}|heldygnsvård|behandlingshem\w*|daglig verksamhet|korttidsvistelse|"
    r"korttidsboende|skyddat boende|parkeringstillstånd\w*|"
    # A report of a missförhållande in one person's care (SoL 14 kap., HSL): Vård & Omsorg
    # lists its Lex Sarah decisions by Dnr alone, under that heading.
    r"lex sarah|lex maria)(?!\w)",
    re.IGNORECASE,
)


def individual_ground(beslut: Delegationsbeslut) -> str:
    """The words that say the decision may concern one person ("SoL", "bistånd"), or ""."""
    fields = (
        beslut.title,
        beslut.punkt,
        beslut.punkt_kapitel,
        beslut.delegationshanvisning,
        beslut.beslut,
        beslut.beskrivning,
    )
    for text in fields:
        found = _ABBREVIATIONS.search(text or "") or _WORDS.search(text or "")
        if found:
            return found.group(0)
    return ""
