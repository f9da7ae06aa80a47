"""The beslut of "Val av justerare" and the justerare chosen on the first page: one story.
A kallelse may name the proposed justerare in its Förslag column ("Ulrika Jörgensen (M)",
Kungsbacka, Nämnden för Kultur & Fritid 2025-10-22): that is the proposal, not a beslut, so
the § says whom the nämnd chose. Text the secretary wrote herself is hers; when it names
others than the justerare chosen, the justering check says so."""

from __future__ import annotations

import re

from ksdesk.core.findings import Finding, Severity
from ksdesk.core.protokoll import Deltagare, Protokoll
from ksdesk.core.protokoll_rules import display_name, is_val_av_justerare, justerare_beslut

# "Ulrika Jörgensen (M)", "Anna-Karin Ek-Berg", "Per af Geijerstam (L)": capitalised words, a
# lower-case particle between them allowed, an optional party in brackets.
_NAME = r"[A-ZÅÄÖÉÜ][\w'’.-]*(?:\s+(?:(?:af|av|von|van|de|la)\s+)?[A-ZÅÄÖÉÜ][\w'’.-]*)+"
PERSON = re.compile(rf"{_NAME}(?:\s*\([^()]{{1,12}}\))?")
# Kungsbacka's lists also write "A (M)/B (SD)" (Vård & Omsorg 2025-03-20) and "Ordinarie: A
# (SD)<br>Ersättare: B (M)" (Kommunstyrelsen 2025-02-18): a slash, and a label before each.
_BETWEEN = re.compile(r"\s*(?:,|;|/|\n|\boch\b|&)\s*")
_LEAD = re.compile(r"^(?:förslag(?: till beslut)?|justerare|föreslås)\s*:?\s*", re.IGNORECASE)
_LABEL = re.compile(r"^(?:ordinarie|ersättare)(?:\s+justerare)?\s*:\s*", re.IGNORECASE)


def name_pieces(text: str) -> list[str]:
    """`text` parted where a list of persons is ("A (M)/B (SD)", "A (S) och B (M)"), its
    lead word ("Förslag:", "Justerare") taken off; a label ("Ordinarie: ") stays on."""
    text = _LEAD.sub("", text.strip()).rstrip(".").strip()
    return [p.strip() for p in _BETWEEN.split(text) if p.strip()]


def names_only(text: str) -> bool:
    """True when `text` only names persons: "Ulrika Jörgensen (M)", "A (S) och B (M)"."""
    pieces = [_LABEL.sub("", p) for p in name_pieces(text)]
    return bool(pieces) and all(PERSON.fullmatch(p.strip()) for p in pieces)


def proposed_justerare(title: str, forslag: str) -> bool:
    """The § is "Val av justerare" and its förslag only names whom the kallelse proposed."""
    return is_val_av_justerare(title) and names_only(forslag)


def justerare_paragraf(protokoll: Protokoll) -> int | None:
    """The § at which the justerare are chosen: "Val av justerare", else the first § (a
    kallelse like Kungsbacka's has no such §, the justerare named on the first page; the
    secretary could then choose none, rewalk32)."""
    chosen_at = [p.nr for p in protokoll.paragrafer if is_val_av_justerare(p.title)]
    return (chosen_at or [p.nr for p in protokoll.paragrafer] or [None])[0]


def justerare_text(organ_name: str, upprop: list[Deltagare], names: list[str]) -> str:
    """ "Nämnden för Kultur & Fritid utser Annika Hamberg (M) att jämte ordföranden justera
    protokollet." for the justerare chosen; "" when none is."""
    return justerare_beslut(organ_name, [display_name(upprop, n) for n in names])


def reset_text(organ_name: str, protokoll: Protokoll, title: str, forslag: str) -> str:
    """What "Återställ till förslaget" writes: the förslag, but at "Val av justerare" whose
    förslag only names the proposed justerare, the beslut for the justerare chosen."""
    if not proposed_justerare(title, forslag):
        return forslag
    return justerare_text(organ_name, protokoll.upprop, protokoll.justering.justerare)


def beslut_follows_justerare(beslut: str, forslag: str, written_before: str) -> bool:
    """ksdesk may write the beslut of "Val av justerare" while it is empty, the sentence it
    wrote for the justerare chosen before, or the kallelse's proposal left untouched."""
    beslut = beslut.strip()
    return beslut in ("", written_before.strip()) or (
        beslut == forslag.strip() and names_only(beslut)
    )


def justerare_disagree(protokoll: Protokoll) -> list[Finding]:
    """A beslut of "Val av justerare" the secretary wrote that leaves out a justerare chosen
    for the first page: the protokoll would contradict itself."""
    chosen = protokoll.justering.justerare
    found = []
    for paragraf in protokoll.paragrafer:
        beslut = paragraf.beslut
        if not (chosen and beslut.strip() and is_val_av_justerare(paragraf.title)):
            continue
        missing = [display_name(protokoll.upprop, n) for n in chosen if n not in beslut]
        if missing:
            who = " och ".join(missing)
            found.append(
                Finding(
                    Severity.VARNING,
                    f"§ {paragraf.nr} Val av justerare: beslutet nämner inte {who}"
                    f", som {'är vald' if len(missing) == 1 else 'är valda'} att justera på "
                    "protokollets första sida. Skriv beslutet så att det stämmer med "
                    "justerarna (din text ändras inte av sig själv).",
                    code="justerare-beslut",
                    paragraf=paragraf.nr,
                )
            )
    return found
