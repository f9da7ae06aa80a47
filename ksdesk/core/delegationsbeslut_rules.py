"""The rules of registering a delegationsbeslut that need no database: what the secretary
typed is checked (`check_input`), the decision finds the point it rests on in the version of
the delegationsordning in force that day (`resting_point`) and rests on it (`rest_on`), or,
for another nämnd's decision, cites that nämnd's own order (`other_order_reference`).
services.delegationsbeslut finds the version and the register's twins and stores the result."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ksdesk.core.delegation import Delegationsbeslut, Version
from ksdesk.core.dnr import parse_dnr
from ksdesk.core.errors import InvalidInput
from ksdesk.core.format import format_date
from ksdesk.core.lookalike import search_key
from ksdesk.core.organ import owned_by_organ


@dataclass
class BeslutInput:
    """What the secretary types when registering a decision."""

    dnr: str
    date: date
    delegat: str
    beslut: str  # the short text: what was decided
    punkt: str = ""  # the point's number, or …
    point_uid: str | None = None  # … the point itself (chosen from a list)
    organ: str = ""  # another organ's decision (the seed's SBN 2020/877) rests on its own order
    punkt_kapitel: str = ""  # … and names its point as that order does
    received: date | None = None
    sekretess: bool = False  # its text is printed nowhere (core.delegationsbeslut_print)
    title: str = "Delegationsbeslut"
    # What an imported list adds (the form shows none of these):
    handlaggare: str = ""
    forvaltning: str = ""
    beskrivning: str = ""
    # A point the version in force lacks is kept as written, with a warning, not refused:
    # an imported row is the diarium's record, and the secretary corrects it afterwards.
    loose_point: bool = False


def check_input(data: BeslutInput, today: date) -> list[str]:
    """Refuse what cannot be registered (Swedish messages); return warnings for the rest.
    `today` is the day the decision is registered: none is taken in the future."""
    if not data.dnr.strip():
        raise InvalidInput("Ange beslutets diarienummer.")
    if not data.beslut.strip():
        raise InvalidInput("Skriv kort vad som beslutades.")
    if not data.delegat.strip():
        raise InvalidInput("Ange vem som fattade beslutet (delegat).")
    if data.date > today:
        raise InvalidInput(
            f"Beslutsdatumet {format_date(data.date)} ligger i framtiden. Ett delegationsbeslut "
            "registreras när det har fattats."
        )
    if data.received and data.received > today:
        raise InvalidInput(
            f"Datumet då beslutet kom in, {format_date(data.received)}, ligger i framtiden."
        )
    if data.received and data.received < data.date:
        raise InvalidInput("Beslutet kan inte ha kommit in före det fattades.")
    return list(parse_dnr(data.dnr).warnings)


def resting_point(version: Version, data: BeslutInput) -> tuple[str, str, str]:
    """(uid, nr, chapter) of the point the decision rests on, in the version in force."""
    if data.point_uid:
        for chapter, point in version.all_points():
            if point.uid == data.point_uid:
                return point.uid, point.nr, chapter.title
        raise InvalidInput(
            f"Den valda punkten finns inte i {version.name}, som gällde "
            f"{format_date(data.date)}. Välj en punkt ur den versionen."
        )
    wanted = data.punkt.strip().rstrip(".")
    hits = [(c, p) for c, p in version.all_points() if p.nr.strip().rstrip(".") == wanted]
    if not hits:
        raise InvalidInput(
            f"{version.name}, som gällde {format_date(data.date)}, har ingen punkt {data.punkt}."
            if wanted
            else "Välj den punkt i delegationsordningen som beslutet vilar på."
        )
    if len(hits) > 1:
        where = " och ".join(c.title for c, _ in hits)
        raise InvalidInput(
            f"Punkt {data.punkt} finns flera gånger i {version.name} ({where}): välj punkten i "
            "listan i stället."
        )
    chapter, point = hits[0]
    return point.uid, point.nr, chapter.title


def rest_on(
    beslut: Delegationsbeslut, version: Version, uid: str, nr: str, chapter: str
) -> list[str]:
    """Let `beslut` rest on the point; a warning when its delegat is not named there."""
    beslut.point_uid, beslut.punkt, beslut.punkt_kapitel = uid, nr, chapter
    beslut.delegationshanvisning = (
        f"Beslutet har fattats med stöd av punkt {nr}, {chapter}, i {version.name}."
    )
    point = next(p for _, p in version.all_points() if p.uid == uid)
    allowed = {search_key(r) for r in point.delegat + point.ersattare} - {""}
    if search_key(beslut.delegat) in allowed:
        return []
    # A cell of several delegates (Kungsbacka Teknik's "VC Trafik & Utemiljö / EC Planering &
    # Utformning / Trafikingenjör"), a line each or run together as a PDF prints the lines:
    # each is looked for, and kept a line each, as the point names them.
    if (names := _names_in(search_key(beslut.delegat), allowed)) is not None:
        words = beslut.delegat.split()
        lines = []
        for name in names:
            count = len(name.split())
            lines.append(" ".join(words[:count]))
            words = words[count:]
        beslut.delegat = "\n".join(lines)
        return []
    lines = [line.strip() for line in beslut.delegat.splitlines() if line.strip()]
    missing = [n for n in lines if search_key(n) not in allowed] if len(lines) > 1 else []
    return [
        f'"{name}" står inte som delegat eller ersättare i punkt {nr}.'
        for name in missing or [beslut.delegat]
    ]


def _names_in(text: str, allowed: set[str]) -> list[str] | None:
    """The point's names that `text` is, one after another ("vc trafik & utemiljö ec planering
    & utformning trafikingenjör"); None when it is not only such names."""
    if not text:
        return []
    for name in allowed:
        if text.startswith(name) and text[len(name) : len(name) + 1] in ("", " "):
            rest = _names_in(text[len(name) :].strip(), allowed)
            if rest is not None:
                return [name, *rest]
    return None


def other_order_reference(beslut: Delegationsbeslut) -> str:
    """Another nämnd's decision cites the point of that nämnd's own delegationsordning."""
    return (
        f"Beslutet har fattats med stöd av punkt {beslut.punkt}"
        + (f", {beslut.punkt_kapitel}" if beslut.punkt_kapitel else "")
        + f" i {owned_by_organ('delegationsordning', 'delegationsordningen', beslut.organ)}."
    )


DNR_EXAMPLE = "KS 2020/123"  # the form's placeholder while the file has no Dnr of its own
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def dnr_example(dnr: str, year: int) -> str:
    """An example Dnr in the shape of `dnr`, the file's own, for the form's placeholder: its
    year `year` and its löpnummer 123 ("MH-2025-04950" → "MH-2026-00123", "KS 2020/434" →
    "KS 2026/123"): "KS 2020/123" in an MH file shows a shape the diarium never writes."""
    found = _YEAR.search(dnr)
    if found is None:
        return DNR_EXAMPLE
    shaped = dnr[: found.start()] + str(year) + dnr[found.end() :]
    year_at = found.start()
    runs = [m for m in re.finditer(r"\d+", shaped) if m.start() != year_at]
    if not runs:
        return DNR_EXAMPLE
    number = runs[-1]
    return shaped[: number.start()] + "123".zfill(len(number.group())) + shaped[number.end() :]
