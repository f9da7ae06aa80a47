"""The list of delegationsbeslut reported to a meeting: the bilaga of the agenda item
"Anmälan av delegationsbeslut"."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.delegationsbeslut_print import printed_text
from ksdesk.core.format import format_date, format_date_long
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.reports.base import (
    Embedded,
    PageHeader,
    build_pdf,
    grid_table_style,
    stylesheet,
)
from ksdesk.reports.printable import escape
from ksdesk.reports.word_columns import CELL_PADDING, word_fitted_widths

HEADERS = ("Datum", "Dnr", "Beslut", "Delegat", "Med stöd av")
WIDTHS_MM = (21, 27, 56, 36, 30)


# The law the import kept from a list's Lagrum column (interchange.beslut_list).
_LAGRUM = "Lagrum: "


def punkt_text(beslut: Delegationsbeslut) -> str:
    """What the decision is taken under: its point of the delegationsordning, else the law
    the list cited ("4 kap. 1 § SoL", walk37 #9), else nothing."""
    if not beslut.punkt:
        lines = (beslut.beskrivning or "").splitlines()
        return next((line.removeprefix(_LAGRUM) for line in lines if line.startswith(_LAGRUM)), "")
    where = f", {beslut.punkt_kapitel}" if beslut.punkt_kapitel else ""
    other = f" ({beslut.organ})" if beslut.organ else ""
    return f"Punkt {beslut.punkt}{where}{other}"


def render_anmalan(
    decisions: list[Delegationsbeslut],
    meeting: Sammantrade,
    organ: Organ,
    cutoff: date,
    *,
    embedded: Embedded | None = None,
) -> bytes:
    """The list as PDF bytes; `embedded` prints it as a bilaga of the packet."""
    styles = stylesheet()
    title = "Anmälan av delegationsbeslut"
    story: list[Flowable] = [
        Paragraph(title, styles["Title"]),
        Paragraph(
            escape(
                f"{organ.name}, sammanträdet {format_date_long(meeting.date)}. Beslut fattade "
                f"senast {format_date(cutoff)} som inte anmälts tidigare."
            ),
            styles["Normal"],
        ),
        Spacer(1, 3 * mm),
    ]
    if not decisions:
        story.append(Paragraph("Inga delegationsbeslut att anmäla.", styles["Normal"]))
    else:
        cell, bold = styles["Cell"], styles["CellBold"]
        texts = [
            [format_date(b.date), b.dnr, printed_text(b), b.delegat, punkt_text(b)]
            for b in decisions
        ]
        data = [[Paragraph(h, bold) for h in HEADERS]]
        # A delegat cell of several lines ("VC Trafik & Utemiljö" / "EC Planering & Utformning")
        # keeps them, as the decision text's paragraphs (teknik33: they printed run together).
        data += [
            [Paragraph(escape(text).replace("\n", "<br/>"), cell) for text in row] for row in texts
        ]
        widths = word_fitted_widths(WIDTHS_MM, HEADERS, texts, cell, bold)
        table = Table(data, colWidths=widths, repeatRows=1)
        style = grid_table_style()
        style.add("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING)
        style.add("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING)
        table.setStyle(style)
        story.append(table)
        count = "1 beslut" if len(decisions) == 1 else f"{len(decisions)} beslut"
        story += [Spacer(1, 3 * mm), Paragraph(f"Totalt {count}.", styles["Small"])]
    return build_pdf(
        story,
        title=f"{title} {format_date(meeting.date)}",
        author=organ.kommun,
        header=PageHeader(left=f"{organ.kommun} · {organ.name}", right=format_date(meeting.date)),
        embedded=embedded,
    )
