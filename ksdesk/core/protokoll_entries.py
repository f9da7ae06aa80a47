"""What each entry recorded in a § must hold before it is saved: a yrkande names its member
and says something, a reservation names at least one member, a protokollsanteckning names
who and what, a jäv names the jävig member and (when an ersättare steps in) who.

The dialogs ask these questions before closing and the service asks them again before
writing, so a refusal reads the same wherever it comes from. Whether the names tjänstgjorde
is the justering check's business (core.protokoll_rules): the upprop may still change."""

from __future__ import annotations

import re
from copy import deepcopy

from ksdesk.core.protokoll import Jav, Paragraf, Protokollsanteckning, Reservation, Yrkande
from ksdesk.core.protokoll_deltar import deltar_inte_problem


def yrkande_problem(yrkande: Yrkande) -> str:
    if not yrkande.name.strip():
        return "Ange vilken ledamot som yrkar."
    if not yrkande.text.strip():
        return (
            f"Skriv vad {yrkande.name} yrkar, till exempel ”yrkar bifall till "
            "förvaltningens förslag”."
        )
    return ""


# What a yrkande asks for, written without its verb ("bifall till förslaget", "att ärendet
# återremitteras"): the Yrkande field asks for the yrkande, and a secretary types just that.
_YRKANDE_NOUNS = (
    "bifall",
    "avslag",
    "återremiss",
    "bordläggning",
    "ändring",
    "tillägg",
    "att",
    "på",
)


def yrkande_wording(text: str) -> str:
    """The yrkande as the Behandling prints it after the member's name: "yrkar bifall till
    förslaget" also when only "bifall till förslaget" was typed, so that the sentence has
    its verb; text that says its own verb ("yrkar", "instämmer i", "föreslår") is kept."""
    # The lines kept: a numbered yrkande typed a point a line ("1. …", "− …", "2. …") prints
    # as its list, not one run-on paragraph (walk29, Kungsbacka KS 2025-02-18 § 30).
    lines = [" ".join(line.split()) for line in text.splitlines()]
    kept = "\n".join(line for line in lines if line)
    first = kept.split(maxsplit=1)[0] if kept else ""
    if first.lower().rstrip(",:") in _YRKANDE_NOUNS:
        return "yrkar " + kept[:1].lower() + kept[1:]
    return kept


# A note that goes on with its own verb ("stödjer Lisa Anderssons (M) yrkande", "lämnar
# lokalen"): the person is its subject. Kungsbacka writes "Tommy Rydfeldt (L) stödjer …",
# not "… lämnar följande protokollsanteckning: stödjer …". A verb in the present tense ends
# in -r; these words that do are no verbs a note begins with.
_PRESENT_VERB = re.compile(r"[a-zåäöé]+r(?!\w)")
_NOT_VERBS = {"efter", "under", "över", "eller", "där", "här", "när", "var", "vår", "mer", "fler"}


def begins_with_verb(text: str) -> bool:
    """Whether `text` begins with a verb in lower case: the sentence's subject is missing."""
    first = text.strip().split(maxsplit=1)[0] if text.strip() else ""
    return bool(_PRESENT_VERB.fullmatch(first)) and first not in _NOT_VERBS


def reservation_problem(reservation: Reservation) -> str:
    if not [n for n in reservation.names if n.strip()]:
        return "En reservation måste ange minst en ledamot som reserverar sig."
    if len(set(reservation.names)) != len(reservation.names):
        return "Samma ledamot står två gånger i reservationen."
    return ""


def anteckning_problem(anteckning: Protokollsanteckning) -> str:
    if not [n for n in anteckning.names if n.strip()]:
        return "Ange vem som lämnar protokollsanteckningen."
    if not anteckning.text.strip():
        return "Skriv protokollsanteckningens text."
    return ""


def jav_problem(jav: Jav, *, stand_in: bool | None = None) -> str:
    """`stand_in`: the secretary said an ersättare steps in (the dialog's checkbox); None when
    that is not asked (an empty ersättare then means nobody stepped in)."""
    if not jav.name.strip():
        return "Ange vem som är jävig."
    if stand_in and not jav.ersattare.strip():
        return f"Ange vilken ersättare som tjänstgör i stället för {jav.name}."
    if jav.ersattare and jav.ersattare == jav.name:
        return f"{jav.name} kan inte ersätta sig själv."
    return ""


def paragraf_problem(paragraf: Paragraf) -> str:
    """The first entry of the § that cannot be saved (Swedish, with the §), or ""."""
    checks = [
        *(yrkande_problem(y) for y in paragraf.yrkanden),
        *(reservation_problem(r) for r in paragraf.reservationer),
        *(anteckning_problem(a) for a in paragraf.anteckningar),
        *(jav_problem(j) for j in paragraf.jav),
        *(deltar_inte_problem(d) for d in paragraf.deltar_inte),
        _double_jav(paragraf),
    ]
    first = next((c for c in checks if c), "")
    return f"{paragraf.label}: {first}" if first else ""


def _double_jav(paragraf: Paragraf) -> str:
    names = [j.name for j in paragraf.jav]
    twice = next((n for n in names if names.count(n) > 1), None)
    if twice:
        return f"{twice} är redan anmäld som jävig."
    stand_ins = [j.ersattare for j in paragraf.jav if j.ersattare]
    twice = next((n for n in stand_ins if stand_ins.count(n) > 1), None)
    if twice:
        return f"{twice} kan bara ersätta en jävig ledamot åt gången."
    javig_stand_in = next((j for j in paragraf.jav if j.ersattare in names), None)
    if javig_stand_in is not None:
        return (
            f"{javig_stand_in.ersattare} är själv jävig och kan inte tjänstgöra i stället för "
            f"{javig_stand_in.name}."
        )
    return ""


# ---------------------------------------------------------------------------------------------
# Recording an entry: each returns the § as it is with the entry, leaving the given one alone.


def with_reservation(paragraf: Paragraf, name: str, text: str, written: bool) -> Paragraf:
    """`name` reserves himself: a reservation with the same text (however worded by the
    members who already made it) is joined rather than repeated; announcing a written
    motivering marks the joined reservation too."""
    result = deepcopy(paragraf)
    same = next((r for r in result.reservationer if r.text == text), None)
    if same is None:
        result.reservationer.append(Reservation([name], text, written))
    elif name not in same.names:
        same.names.append(name)
        same.motivering_aviserad |= written
    return result


def with_anteckning(paragraf: Paragraf, name: str, text: str) -> Paragraf:
    """`name` makes a protokollsanteckning: one with the same text is joined."""
    result = deepcopy(paragraf)
    same = next((a for a in result.anteckningar if a.text == text), None)
    if same is None:
        result.anteckningar.append(Protokollsanteckning([name], text))
    elif name not in same.names:
        same.names.append(name)
    return result


def jav_refusal(paragraf: Paragraf, jav: Jav, row: int | None = None) -> str:
    """Why `jav` cannot be recorded (as a new entry, or in place of entry `row`), or ""."""
    wrong = jav_problem(jav)
    if wrong:
        return wrong
    others = [j for i, j in enumerate(paragraf.jav) if i != row]
    if any(j.name == jav.name for j in others):
        already = f"{jav.name} är redan anmäld som jävig i {paragraf.label}"
        return f"{already}: ändra den raden i stället." if row is None else f"{already}."
    return ""


def with_jav(paragraf: Paragraf, jav: Jav, row: int | None = None) -> Paragraf:
    """The § with `jav` added (or put in place of entry `row`). A jävig member leaves the
    room for the §, so a vote already recorded for him is taken out (KL 6 kap. 28 §)."""
    result = deepcopy(paragraf)
    if row is None:
        result.jav.append(deepcopy(jav))
    else:
        result.jav[row] = deepcopy(jav)
    if result.votering is not None:
        result.votering.votes.pop(jav.name, None)
    return result
