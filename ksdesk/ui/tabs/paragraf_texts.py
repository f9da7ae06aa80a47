"""The lines the § editor shows beside its fields, as rich text: who tjänstgör in the §, the
votes counted, and the reminder of a written motivering still owed for a reservation."""

from __future__ import annotations

from html import escape

from ksdesk.core.justering_check import justering_deadline_text
from ksdesk.core.narvaro import seat_summary, too_many_to_name
from ksdesk.core.protokoll import Deltagare, Paragraf, Protokoll
from ksdesk.core.protokoll_rules import counted_votering, display_name, tjanstgorande
from ksdesk.ui.widgets.colors import ERROR_COLOR, OK_COLOR, warning_html


def tjanstgor_html(upprop: list[Deltagare], p: Paragraf) -> str:
    """ "Tjänstgör: 3 av 3 ledamöter – beslutfört · ersättare: … · jäv: … · inte
    närvarande: …" """
    summary = seat_summary(upprop, p)
    colour = OK_COLOR if summary.beslutsfor else ERROR_COLOR
    parts = [
        f"Tjänstgör: {summary.sitting} av {summary.seats} ledamöter – "
        f"<b style='color:{colour}'>{summary.verdict}</b>"
    ]
    for label, names in (
        ("ersättare", summary.stand_ins),
        ("jäv", summary.javiga),
        ("inte närvarande", summary.away),
    ):
        if label != "jäv" and too_many_to_name(names):
            parts.append(f"{label}: {len(names)} (se Upprop)")
        elif names:
            parts.append(f"{label}: {escape('; '.join(names))}")
    return " · ".join(parts)


def vote_totals_html(p: Paragraf, upprop: list[Deltagare]) -> str:
    """ "Ja 5 · Nej 3 · Avstår 1 (9 av 9 tjänstgörande har röstat)" of a § with a votering."""
    # Only the votes of those who sit in the § count, as in the protokoll: a vote left
    # from before the upprop was corrected would make "61 av 61" of 51 crosses.
    totals = counted_votering(p, upprop).totals
    sitting = len(tjanstgorande(upprop, p))
    counted = sum(totals.values())
    colour = OK_COLOR if counted == sitting else ERROR_COLOR
    return (
        f"<b>Ja {totals['ja']} · Nej {totals['nej']} · Avstår {totals['avstår']}</b> "
        f"<span style='color:{colour}'>({counted} av {sitting} tjänstgörande har röstat)</span>"
    )


def reminder_html(p: Paragraf, protokoll: Protokoll) -> str:
    """Whom to remind of a written motivering announced for a reservation ("" for none)."""
    pending = [r for r in p.reservationer if r.motivering_aviserad and not r.motivering]
    if not pending:
        return ""
    who = ", ".join(display_name(protokoll.upprop, n) for r in pending for n in r.names)
    return warning_html(
        f"Påminn {who}: en skriftlig motivering till reservationen ska lämnas "
        f"{justering_deadline_text(protokoll)}."
    )
