"""The Mötesvy's line of who sits in the § on screen: what the chair must act on (too few to
decide, a jävig member who leaves the room, the ersättare serving), with counts instead of
names when a fullmäktige's lists would fill the screen."""

from __future__ import annotations

from html import escape

from ksdesk.core.narvaro import seat_summary, too_many_to_name
from ksdesk.core.protokoll import Deltagare, Paragraf
from ksdesk.ui.meeting_view_style import ACCENT


def presence_line(upprop: list[Deltagare], paragraf: Paragraf | None) -> str:
    """Who sits in this §, what the chair must act on: a jävig member leaves the room."""
    if paragraf is None or not upprop:
        return ""
    summary = seat_summary(upprop, paragraf)
    verdict = escape(summary.verdict)
    if not summary.beslutsfor:
        verdict = f"<b style='color:{ACCENT}'>{verdict.upper()}</b>"
    parts = [f"Tjänstgör {summary.sitting} av {summary.seats} – {verdict}"]
    if summary.javiga:
        who = escape(", ".join(summary.javiga))
        parts.append(f"<b style='color:{ACCENT}'>Jäv: {who} lämnar rummet</b>")
    if too_many_to_name(summary.stand_ins):
        parts.append(f"{len(summary.stand_ins)} ersättare tjänstgör")
    else:
        parts += [f"Ersättare: {escape(s)}" for s in summary.stand_ins]
    if too_many_to_name(summary.away):
        parts.append(f"{len(summary.away)} ledamöter inte närvarande")
    elif summary.away:
        parts.append(f"Inte närvarande: {escape(', '.join(summary.away))}")
    return "&nbsp;&nbsp;·&nbsp;&nbsp; ".join(parts)
