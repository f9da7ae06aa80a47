"""The justerare a kallelse proposes, carried to the meeting's justerare (walk37 #11).

Kungsbacka's nämnder write them in the Förslag column of a row "Val av justerare" without
number: "Marianne Pleijel (M)" (Individ & Familjeomsorg 2025-04-17), "Ordinarie: Tobias
Eriksson (SD)<br>Ersättare: Henrik Arnesson (C)" (Miljö & Hälsoskydd 2025-10-09, Bygg
2024-10-17), "Hravn Forsne (M)/Göran Ottosson (SD)", the ordförande and the justerare (Vård &
Omsorg 2025-03-20), or under a numbered "Godkännande av ärendelistan och val av justerare"
(Teknik 2025-04-15: "Justerare<br>Ordinarie: …<br>Ersättare: …"). Other kommuner write them
in the title: "Val av justerare: Anna Ek (S)", "Förslag till justerare: …", "Justerare: …",
"Val av justerare och tid för justering: A (S), B (M), tisdag 12 maj kl. 15".

The protokoll's first page names only the ordinarie justerare ("Protokolljusterare Tobias
Eriksson (SD)", Miljö & Hälsoskydd 2025-10-09), so an "Ersättare:" is said, not chosen, and
the ordförande signs as such, never as justerare. A name is the nämnd's member's where one
has it (party letters aside), so the combo at Val av justerare shows it; else it is kept as
written. Justerare the secretary has chosen are never replaced."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ksdesk.core.import_report import ImportReport, ReportLine, whole_text
from ksdesk.core.listing import and_listed
from ksdesk.core.organ import Fortroendevald
from ksdesk.core.organ_members import person_key, without_party
from ksdesk.core.protokoll_justerare import PERSON, name_pieces

# The row: "Val av (protokolls)justerare", "Förslag till justerare", "Justerare", also as a
# later part of the title ("Godkännande av ärendelistan och val av justerare"); not
# "Förslag till justering av taxa".
_ROW = re.compile(
    r"^(?:(?:val av|förslag till) \w*justera(?:re|nde)\b|justerare\b)"
    r"|\b(?:och|samt) val av \w*justerare\b",
    re.IGNORECASE,
)
# What the title names after its head: "Val av justerare: Anna Ek (S)", "… – Anna Ek (S)".
_AFTER_HEAD = re.compile(r"\s*(?::|\s[–-]\s)\s*")
_ORDINARIE = re.compile(r"^ordinarie(?:\s+justerare)?\s*:\s*", re.IGNORECASE)
_ERSATTARE = re.compile(r"^ersättare(?:\s+(?:för\s+)?justerare)?\s*:\s*", re.IGNORECASE)
_CHAIR = "ordförande"
_TO_FIRST_PAGE = (
    "blir sammanträdets justerare på protokollets första sida; byts under Sammanträde, Paragrafer"
)


@dataclass(frozen=True)
class Proposed:
    """The justerare a kallelse's row names, as written ("Marianne Pleijel (M)")."""

    row: int  # the row's index among the rows read
    justerare: list[str]
    ersattare: list[str] = field(default_factory=list)  # "Ersättare: …": said, not chosen


def proposed_in(rows: list[tuple[str, str]]) -> Proposed | None:
    """The first row (title, förslag) that names justerare, read; None when none does."""
    for at, (title, proposal) in enumerate(rows):
        if not _ROW.search(title.strip()):
            continue
        parts = _AFTER_HEAD.split(title.strip(), maxsplit=1)
        for text in (parts[1] if len(parts) > 1 else "", proposal):
            justerare, ersattare = _names(text)
            if justerare:
                return Proposed(at, justerare, ersattare)
    return None


def _names(text: str) -> tuple[list[str], list[str]]:
    """The persons `text` names, ordinarie and ersättare, up to the first piece that names
    none (the time and place of "Val av justerare och tid för justering: …")."""
    justerare: list[str] = []
    ersattare: list[str] = []
    for piece in name_pieces(text):
        reserve = bool(_ERSATTARE.match(piece))
        piece = _ERSATTARE.sub("", _ORDINARIE.sub("", piece)).strip()
        if not PERSON.fullmatch(piece):
            break
        (ersattare if reserve else justerare).append(" ".join(piece.split()))
    return justerare, ersattare


def _member(written: str, members: list[Fortroendevald]) -> Fortroendevald | None:
    key = person_key(without_party(written))
    return next((m for m in members if person_key(m.name) == key), None)


def _shown(name: str, members: list[Fortroendevald]) -> str:
    member = _member(name, members)
    return member.display if member is not None else name


def carry(
    proposed: Proposed,
    members: list[Fortroendevald],
    already: list[str],
    report: ImportReport,
    where: str,
) -> list[str] | None:
    """The proposed justerare as the meeting keeps them (the member's name, else as
    written), said in one line of the report; None when the meeting's justerare stay as
    they are: `already` chosen ones are never replaced."""
    found = [(w, _member(w, members)) for w in proposed.justerare]
    chairs = [m.display for _w, m in found if m is not None and m.role == _CHAIR]
    chosen = [(m.name, m.display) if m else (w, w) for w, m in found if not m or m.role != _CHAIR]
    notes = [f"{c} är nämndens ordförande och justerar som sådan" for c in chairs]
    if proposed.ersattare:
        notes.append(f"ersättare enligt kallelsen: {and_listed(proposed.ersattare)}")
    if not chosen:
        _say(report.changed, where, f"Kallelsen föreslår {and_listed(chairs)}", notes)
        return None
    text = f"Justerare enligt kallelsen: {and_listed(shown for _n, shown in chosen)}"
    names = [name for name, _shown_as in chosen]
    if already and {person_key(n) for n in names} != {person_key(n) for n in already}:
        kept = and_listed(_shown(n, members) for n in already)
        notes.insert(0, f"{kept} står redan som justerare och byts inte mot kallelsens")
        _say(report.warnings, where, text, notes)
        return None
    notes.insert(0, "står redan som justerare" if already else _TO_FIRST_PAGE)
    _say(report.changed, where, text, notes)
    return None if already else names


def _say(lines: list[ReportLine], where: str, text: str, notes: list[str]) -> None:
    """A line whole, never cut: the names are what the secretary reads it for."""
    lines.append(ReportLine(where, whole_text(text), "; ".join(notes)))
