"""The lines the protokoll is signed on: the first page's Underskrifter (sekreterare,
ordförande, justerare), the signing under a § justerad omedelbart, and the last page for an
e-signing service. A name not yet known keeps its line, so the lines beside it stay level."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ksdesk.core.fingeravtryck import grouped
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.protokoll import Protokoll
from ksdesk.core.protokoll_attendance import signing_justerare
from ksdesk.core.protokoll_chair import chair_signers, signing_chair
from ksdesk.core.protokoll_rules import paragraf_span, secretary_of
from ksdesk.core.protokoll_text import (
    omedelbar_heading,
    omedelbar_note,
    omedelbar_signers,
    paragrafer_line,
    signers,
)
from ksdesk.reports.base import RULE_GREY, available_width
from ksdesk.reports.printable import escape
from ksdesk.reports.protokoll_common import protokoll_styles

LABEL_WIDTH = 42 * mm  # the first page's labels: Plats och tid, Beslutande … Underskrifter


def signature_line(name: str, styles, width: float = 60 * mm) -> list[Flowable]:
    """A line to sign on, the name printed under it. A name not yet known (no secretary in
    the organ's settings, justerare not chosen) keeps its line's height, so that the signing
    lines beside it stay level."""
    line = Table([[""]], colWidths=[width], rowHeights=[9 * mm], hAlign="LEFT")
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE_GREY)]))
    return [line, Paragraph(escape(name) if name.strip() else "&nbsp;", styles["Value"])]


def signatures_block(meeting: Sammantrade, protokoll: Protokoll, styles) -> Table:
    """Sekreterare and ordförande on one row, the justerare two to a row under them; the
    §§ of the protokoll under the label. Kept to few rows so that the anslag/bevis box still
    fits on the first page when the upprop is long."""
    cells = [
        [Paragraph(label, styles["Small"]), *signature_line(name, styles)]
        for label, name in signers(meeting, protokoll)
    ]
    lead = [
        Paragraph("Underskrifter", styles["Label"]),
        Paragraph(escape(paragrafer_line(protokoll)), styles["Value"]),
    ]
    if omedelbar_note(protokoll):
        lead.append(Paragraph(escape(omedelbar_note(protokoll)), styles["Small"]))
    # Sekreterare and ordförande on the first row, the justerare two to a row under them.
    rows = [
        [lead if i == 0 else "", *pair, *([""] * (2 - len(pair)))]
        for i, pair in enumerate(cells[j : j + 2] for j in range(0, len(cells), 2))
    ]
    rest = available_width() - LABEL_WIDTH
    table = Table(rows, colWidths=[LABEL_WIDTH, rest / 2, rest / 2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("VALIGN", (0, 0), (0, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def omedelbar_block(number: int, meeting: Sammantrade, protokoll: Protokoll) -> Flowable:
    """Under a § justerad omedelbart: that it was, when, and lines for the ordförande and
    the justerare to sign at the table, before the meeting goes on."""
    styles = protokoll_styles()
    cells = [
        [Paragraph(role, styles["Small"]), *signature_line(name, styles)]
        for role, name in omedelbar_signers(meeting, protokoll, number)
    ]
    rows = [cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[available_width() / 2] * 2, hAlign="LEFT")
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")])
    )
    heading = omedelbar_heading(number, meeting)
    return KeepTogether([Spacer(1, 6 * mm), Paragraph(escape(heading), styles["Label"]), table])


def signature_page_story(
    meeting: Sammantrade, protokoll: Protokoll, fingerprint: str
) -> list[Flowable]:
    """The last page for the e-signing service: who signs, in which role, a line each."""
    styles = protokoll_styles()
    people = chair_signers(meeting, protokoll)
    chair = signing_chair(meeting, protokoll)
    people += [("Justerare", name) for name in signing_justerare(protokoll, chair)]
    people.append(("Sekreterare", secretary_of(meeting, protokoll)))
    # A nämnd often chooses one justerare (Marks kommun's barn- och utbildningsnämnd does).
    justerarna = "justeraren" if len(protokoll.justering.justerare) == 1 else "justerarna"
    story: list[Flowable] = [
        Paragraph("Underskrifter", styles["H1"]),
        Paragraph(
            escape(
                f"Protokollet, {paragraf_span(protokoll.numbers)}, justeras genom "
                f"underskrift av ordföranden och {justerarna}. Sekreteraren skriver under "
                "protokollet och bestyrker anslaget."
            ),
            styles["Normal"],
        ),
    ]
    if fingerprint:
        story.append(
            Paragraph(
                escape(f"Protokollets fingeravtryck (SHA-256): {grouped(fingerprint)}"),
                styles["Small"],
            )
        )
    story.append(Spacer(1, 6 * mm))
    rows = []
    for role, name in people:
        rows.append(
            [
                Paragraph(escape(role), styles["Label"]),
                signature_line(name, styles, width=80 * mm),
                [Paragraph("Datum", styles["Small"]), *signature_line("", styles, width=35 * mm)],
            ]
        )
    table = Table(rows, colWidths=[35 * mm, 90 * mm, available_width() - 125 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    story.append(table)
    return story
