"""One overview of everything followed after the meetings: open återremisser and
bordläggningar, uppdrag, motioner and medborgarförslag not yet answered, what gains laga kraft
and when, and delegationsbeslut never anmälda. `ksdesk uppfoljning --json` and the
Uppföljning tab show the same."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ksdesk.core.arendegang import Utfall
from ksdesk.core.delegationsbeslut_print import printed_text
from ksdesk.core.format import format_date
from ksdesk.core.motion import Motion
from ksdesk.core.motion import as_json as motion_json
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.db import meeting_repo
from ksdesk.db.connection import Store
from ksdesk.services import arenden, laga_kraft, motioner, uppdrag, uppdrag_offers


@dataclass
class Oversikt:
    today: date
    aterremitterade: list[arenden.OpenMatter]
    bordlagda: list[arenden.OpenMatter]
    uppdrag: list[Uppdrag]
    motioner: list[Motion]
    laga_kraft: list[laga_kraft.LagaKraftRad]
    ej_anmalda: list[laga_kraft.EjAnmald]
    # Uppdrag in the last year's beslut not registered (uppdrag_offers): read only when asked
    # (`ksdesk uppfoljning`), since it reads every § of the year.
    uppdrag_forslag: list[tuple[str, uppdrag_offers.Offer]] = field(default_factory=list)


def overview(
    store: Store,
    today: date | None = None,
    organ_id: int | None = None,
    *,
    open_matters: bool = True,
    offers: bool = False,
) -> Oversikt:
    """Everything open on `today`; `organ_id` narrows the §§ and uppdrag to one organ.
    `open_matters=False` leaves the återremisser and bordläggningar out (empty): the
    Uppföljning tab reads them on a worker when a file is first read. `offers`: the
    uppdrag in the last year's beslut that are not registered too."""
    today = today or date.today()
    matters = arenden.open_matters(store, organ_id) if open_matters else []
    found_uppdrag = [u for u in uppdrag.list_uppdrag(store, organ_id) if u.open]
    return Oversikt(
        today=today,
        aterremitterade=[m for m in matters if m.steg.utfall == Utfall.ATERREMISS],
        bordlagda=[m for m in matters if m.steg.utfall == Utfall.BORDLAGGNING],
        uppdrag=found_uppdrag,
        motioner=[m for m in motioner.list_motioner(store) if m.open_on(today)],
        laga_kraft=laga_kraft.rows(store, today),
        ej_anmalda=laga_kraft.ej_anmalda(store, today),
        uppdrag_forslag=uppdrag_offers.recent(store, today, organ_id) if offers else [],
    )


def open_matters(store: Store, organ_id: int | None = None) -> list[arenden.OpenMatter]:
    """The open återremisser, then the bordläggningar, as the overview lists them."""
    matters = arenden.open_matters(store, organ_id)
    return [m for m in matters if m.steg.utfall == Utfall.ATERREMISS] + [
        m for m in matters if m.steg.utfall == Utfall.BORDLAGGNING
    ]


def _matter_json(m: arenden.OpenMatter) -> dict:
    s = m.steg
    t = m.tillbaka
    return {
        "organ": m.organ,
        "datum": s.datum.isoformat(),
        "paragraf": s.nr,
        "dnr": s.dnr,
        "rubrik": s.rubrik,
        "tillbaka": {"datum": t.datum.isoformat(), "arende": t.nr, "rubrik": t.rubrik}
        if t is not None
        else None,
    }


def _uppdrag_json(u: Uppdrag, today: date, meetings: dict[int, date]) -> dict:
    back = meetings.get(u.aterrapport_meeting_id) if u.aterrapport_meeting_id else None
    return {
        "uppdrag": u.vad,
        "ansvarig": u.ansvarig,
        "beslut": u.kalla,
        "senast": u.senast.isoformat() if u.senast else None,
        "status": str(u.status),
        "forsenat": u.late(today),
        "aterrapport": back.isoformat() if back else None,
    }


def as_json(o: Oversikt, store: Store) -> dict:
    """The shape of `ksdesk uppfoljning --json`."""
    meetings = {m.id: m.date for m in meeting_repo.list_headers(store)}
    return {
        "aterremitterade": [_matter_json(m) for m in o.aterremitterade],
        "bordlagda": [_matter_json(m) for m in o.bordlagda],
        "uppdrag": [_uppdrag_json(u, o.today, meetings) for u in o.uppdrag],
        "motioner": [motion_json(m, o.today) for m in o.motioner],
        "laga_kraft": [r.as_json() for r in o.laga_kraft],
        "ej_anmalda_delegationsbeslut": [e.as_json() for e in o.ej_anmalda],
    }


def _matter_line(m: arenden.OpenMatter) -> str:
    """ "Kommunstyrelsen: Årsredovisning 2024 (Dnr KS-2024-00365): Återremitterat … § 45: …":
    the ärende named, as the secretary looks it up (walk29: "§ 45" alone said nothing)."""
    s = m.steg
    dnr = f" (Dnr {s.dnr})" if s.dnr.strip() else ""
    return f"{m.organ}: {s.rubrik}{dnr}: {m.text}"


def as_text(o: Oversikt) -> str:
    """The overview for a terminal, one section per kind."""
    lines = [f"Uppföljning per {format_date(o.today)}"]

    def section(title: str, rows: list[str]) -> None:
        lines.append("")
        lines.append(f"{title} ({len(rows)})")
        lines.extend(f"  {row}" for row in rows or ["–"])

    section("Återremitterade", [_matter_line(m) for m in o.aterremitterade])
    section("Bordlagda", [_matter_line(m) for m in o.bordlagda])
    section(
        "Uppdrag",
        [
            f"{u.state_text(o.today):<9} {format_date(u.senast) if u.senast else '':<10} "
            f"{u.vad} ({u.ansvarig}; {u.kalla})"
            for u in o.uppdrag
        ],
    )
    if o.uppdrag_forslag:  # registered under Uppföljning > Nytt uppdrag, never unasked
        section(
            "Uppdrag i besluten, inte registrerade",
            [
                f"{where}: {offer.task} ({offer.uppdrag.ansvarig})"
                for where, offer in o.uppdrag_forslag
            ],
        )
    section(
        "Motioner och medborgarförslag",
        [
            f"{format_date(m.vackt)} {m.rubrik} – senast {format_date(m.senast)}"
            + (" – ÖVER ETT ÅR" if m.over_ett_ar(o.today) else "")
            for m in o.motioner
        ],
    )
    section(
        "Laga kraft",
        [
            # No day yet (delgivning to come): a dash keeps the columns.
            f"{format_date(r.period.laga_kraft) or '–':<10} {r.organ} {format_date(r.datum)} "
            f"{r.ref} {r.rubrik} ({r.lage_shown})"
            for r in o.laga_kraft
        ],
    )
    if any(r.besvar_forslag for r in o.laga_kraft):  # what the terminal can do about it
        lines.append(
            "  Förvaltningsbesvär anges med ksdesk forvaltningsbesvar --meeting DATUM --paragraf "
            "N --delgivet DATUM [--kungjort DATUM]."
        )
    section(
        "Delegationsbeslut som aldrig anmälts",
        [
            f"{e.beslut.dnr} {format_date(e.beslut.date)} {printed_text(e.beslut)} "
            f"(borde ha anmälts {format_date(e.borde_anmalts)}{f'; {e.trolig}' * bool(e.trolig)})"
            for e in o.ej_anmalda
        ],
    )
    return "\n".join(lines)
