"""A protokollsutdrag: one § exactly as in the protokoll, under the header PROTOKOLLSUTDRAG,
ending with the secretary's Utdragsbestyrkande."""

from __future__ import annotations

from datetime import date
from html import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ksdesk.core.format import format_date, format_date_long
from ksdesk.core.meeting import Meeting
from ksdesk.core.organ import Organ
from ksdesk.core.protokoll import Paragraf, Protokoll
from ksdesk.reports.base import RULE_GREY
from ksdesk.reports.protokoll_common import (
    PageFrame,
    build_document,
    paragraf_story,
    protokoll_styles,
)


def utdrag_pdf(
    organ: Organ,
    meeting: Meeting,
    protokoll: Protokoll,
    paragraf: Paragraf,
    bestyrkt: date | None = None,
) -> bytes:
    frame = PageFrame(
        kommun=organ.kommun,
        organ=organ.name,
        kind="PROTOKOLLSUTDRAG",
        meeting_date=format_date(meeting.date),
        signature_boxes=1 + max(2, len(protokoll.justering.justerare)),
    )
    story = paragraf_story(paragraf, protokoll, organ, meeting)
    story.append(Spacer(1, 10 * mm))
    story.append(bestyrkande(organ, meeting, protokoll, paragraf, bestyrkt))
    title = f"Protokollsutdrag {paragraf.label} {organ.name} {format_date(meeting.date)}"
    return build_document(story, frame, title, meeting.secretary_name or organ.secretary_name)


def bestyrkande(
    organ: Organ, meeting: Meeting, protokoll: Protokoll, paragraf: Paragraf, bestyrkt: date | None
) -> Flowable:
    """ "Utdragsbestyrkande": the secretary certifies that the extract is true to the original."""
    styles = protokoll_styles()
    j = protokoll.justering
    if paragraf.omedelbar_justering:
        status = "Paragrafen är justerad omedelbart."
    elif j.justerat:
        status = f"Protokollet justerades {format_date_long(j.justerat)}."
    else:
        status = "Protokollet är ännu inte justerat."
    place = organ.kommun.replace(" kommun", "") if organ.kommun else ""
    when = ", ".join(p for p in (place, format_date(bestyrkt)) if p)
    line = Table([[""]], colWidths=[75 * mm], rowHeights=[12 * mm], hAlign="LEFT")
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE_GREY)]))
    secretary = ", ".join(p for p in (meeting.secretary_name, meeting.secretary_title) if p)
    parts: list[Flowable] = [
        Paragraph("Utdragsbestyrkande", styles["H3"]),
        Paragraph(escape(status), styles["Normal"]),
        Paragraph("Utdraget överensstämmer med originalprotokollet.", styles["Normal"]),
        Paragraph(escape(when), styles["Normal"]) if when else Spacer(1, 4 * mm),
        line,
        Paragraph(escape(secretary), styles["Value"]),
    ]
    return KeepTogether(parts)
