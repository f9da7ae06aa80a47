"""A secret ärende's OSL reference: read, completed and written as its marking.

The sekretess marking of an ärende or a bilaga means secrecy under offentlighets- och
sekretesslagen (2009:400) and no other law: a reference written without its law ("26 kap.
1 §") is read as OSL and completed, so that the public protokoll never prints a paragraph
whose law the reader must guess; one that names another law ("4 kap. 1 § SoL") is refused.
OSL 5 kap. 5 § wants the marking on the document itself: `marking` is what each printed
page of a secret handling carries."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ksdesk.core.errors import InvalidInput
from ksdesk.core.law_references import LAW_ABBREVIATIONS

OSL = "OSL"
# "26 kap. 1 §", "26 kap 1§", "26:1": a chapter and a paragraph, whatever law they belong to.
_PARAGRAPH = re.compile(r"\d+\s*kap\.?\s*\d+\s*[a-z]?\s*§|\d+\s*:\s*\d+|§", re.IGNORECASE)
# OSL by name, by abbreviation or by its SFS number, and the old sekretesslag it replaced.
_NAMES_OSL = re.compile(
    r"\bOSL\b|offentlighets-\s*och\s*sekretesslag|\b2009\s*:\s*400\b", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class SecrecyRef:
    ref: str  # as it is saved and printed: "26 kap. 1 § OSL"
    note: str = ""  # what was completed, to tell the secretary; "" when nothing was


def checked_secrecy_ref(text: str) -> SecrecyRef:
    """The reference as it should be saved: one written without a law completed with "OSL"
    (and said so in `note`); InvalidInput in Swedish when it names another law."""
    ref = " ".join(text.split())
    if not ref or _NAMES_OSL.search(ref):
        return SecrecyRef(ref)
    other = _other_law(ref)
    if other:
        raise InvalidInput(
            f"Sekretesshänvisningen ”{ref}” nämner {other}, men sekretessmarkeringen gäller "
            "bara offentlighets- och sekretesslagen (OSL). Skriv paragrafen i OSL, till "
            "exempel ”26 kap. 1 § OSL”."
        )
    if not _PARAGRAPH.search(ref):
        return SecrecyRef(ref)  # no paragraph to complete: the check before utskick names it
    completed = f"{ref.rstrip('.,; ')} {OSL}"
    return SecrecyRef(
        completed,
        f"Hänvisningen ”{ref}” nämnde ingen lag och läses som offentlighets- och "
        f"sekretesslagen: ”{completed}”.",
    )


def _other_law(ref: str) -> str:
    """The other law `ref` names ("SoL", "socialtjänstlagen"), "" when it names none."""
    for word in _WORD.findall(ref):
        if word.upper() in LAW_ABBREVIATIONS and word.upper() != OSL:
            return word
        lower = word.lower()  # "lag (1990:52)", "socialtjänstlagen", "miljöbalken"
        if lower == "lag" or lower.endswith(("lagen", "förordningen", "balken")):
            return word
    return ""


def ref_problem(ref: str) -> str:
    """What the check before utskick says of a secret handling's reference (after "är
    markerat med sekretess men"), "" when nothing: a reference saved before it was checked
    here ("26 kap. 1 §") would still reach the public protokoll without its law."""
    if not ref.strip():
        return "saknar paragraf i OSL"
    try:
        checked = checked_secrecy_ref(ref)
    except InvalidInput:
        return f"hänvisningen ”{ref.strip()}” gäller en annan lag än OSL"
    if checked.note:
        return f"hänvisningen ”{ref.strip()}” nämner ingen lag: skriv ”{checked.ref}”"
    return ""


def printed_ref(ref: str) -> str:
    """The reference as every output prints it: one saved before the dialogs checked it
    ("26 kap. 1 §") completed as `checked_secrecy_ref` would have saved it, so no reader
    of the public protokoll has to guess its law; one naming another law as saved (the
    check before utskick names it, and a printout is no place to refuse)."""
    try:
        return checked_secrecy_ref(ref).ref
    except InvalidInput:
        return " ".join(ref.split())


def marking(ref: str) -> str:
    """The sekretessmarkering printed on each page of a secret handling on paper."""
    ref = printed_ref(ref)
    return f"SEKRETESS enligt {ref}" if ref else "SEKRETESS"
