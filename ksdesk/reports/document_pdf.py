"""Free-text documents of the packet (a verksamhetsplan with its budget tables, an agreement,
a förteckning, a delegationsbeslut), and the prose helpers every handling of the packet uses:
paragraphs split on blank lines, "- " lines as bullets, user text escaped for ReportLab."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.delegationsbeslut_print import as_printed
from ksdesk.core.documents import Document
from ksdesk.core.handlingar import (
    delegationsbeslut_fields,
    delegationsbeslut_sections,
    prose_parts,
)
from ksdesk.reports.base import (
    HEADER_GREY,
    RULE_GREY,
    available_width,
    layout_table_style,
    stylesheet,
)
from ksdesk.reports.printable import escape

# Renders the budget table a block refers to (budget key, frame width, the block's heading)
# as flowables.
TableRenderer = Callable[[str, float, str], list[Flowable]]


def frame_width(wide: bool = False) -> float:
    """The width a flowable may take: the page between margins, less the frame's padding."""
    return available_width(wide) - 12


def markup(text: str) -> str:
    """User text as ReportLab paragraph markup: escaped, line breaks kept."""
    return escape(text.strip()).replace("\n", "<br/>")


def prose(text: str, style_name: str = "Normal") -> list[Flowable]:
    """Paragraphs separated by blank lines; lines starting with "- " become bullets."""
    styles = stylesheet()
    result: list[Flowable] = []
    for part in prose_parts(text):
        if isinstance(part, list):
            result += [Paragraph(markup(item), styles["Bullet"], bulletText="•") for item in part]
        else:
            result.append(Paragraph(markup(part), styles[style_name]))
    return result


def label_value_table(pairs: list[tuple[str, str]], width: float) -> Table:
    """A small two-column table of labels and values (a document header)."""
    styles = stylesheet()
    rows = [
        [Paragraph(markup(label), styles["CellBold"]), Paragraph(markup(value), styles["Cell"])]
        for label, value in pairs
    ]
    table = Table(rows, colWidths=[45 * mm, width - 45 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE_GREY),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


def missing_table(key: str, reason: str) -> list[Flowable]:
    """Where a table cannot be drawn: say so on paper rather than leave a hole."""
    styles = stylesheet()
    text = f"<b>Tabellen ”{escape(key)}” kunde inte återges.</b> {escape(reason)}"
    box = Table([[Paragraph(text, styles["Cell"])]], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.75, HEADER_GREY),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [box, Spacer(1, 4 * mm)]


def document_story(
    document: Document, width: float, table_for: TableRenderer, heading: str = ""
) -> list[Flowable]:
    """A document: its title, the header pairs, then each block's heading, text and table."""
    styles = stylesheet()
    story: list[Flowable] = []
    if heading:
        story.append(Paragraph(markup(heading), styles["Small"]))
    story.append(Paragraph(markup(document.title), styles["Title"]))
    if document.header:
        story += [label_value_table(document.header, width), Spacer(1, 5 * mm)]
    for block in document.blocks:
        parts: list[Flowable] = []
        if block.heading.strip():
            parts.append(Paragraph(markup(block.heading), styles["H2"]))
        parts += prose(block.text)
        if block.budget_key:
            sheet = table_for(block.budget_key, width, block.heading)
            if len(parts) == 1 and sheet and isinstance(sheet[0], CondPageBreak):
                # A heading right over a sheet: the sheet asks for the room it needs to begin
                # (budget_pdf: all of a short one, the start of a long one), and the heading
                # asks for that and its own, or it would stay behind alone.
                heading_height = parts[0].wrap(width, 10_000)[1] + 6 * mm
                parts.insert(0, CondPageBreak(sheet[0].height + heading_height))
            parts += sheet
            parts.append(Spacer(1, 3 * mm))
        # A heading must not stand alone at the foot of a page: keep it with what follows.
        if parts and len(parts) <= 3:
            story.append(KeepTogether(parts))
        else:
            story += parts
    return story


def signature_block(signatories: list[tuple[str, str]], width: float) -> list[Flowable]:
    """Names over titles, side by side, two to a row."""
    if not signatories:
        return []
    return [Spacer(1, 8 * mm), KeepTogether([signature_table(signatories, width)])]


def signature_table(signatories: list[tuple[str, str]], width: float) -> Table:
    """The signatures' table alone, for a caller that keeps it with what it closes
    (keep_ending: a KeepTogether there would always ask for a page of its own)."""
    styles = stylesheet()
    cells = [
        [Paragraph(markup(name), styles["Normal"]), Paragraph(markup(title), styles["Small"])]
        for name, title in signatories
    ]
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    if len(rows[-1]) == 1:
        rows[-1].append("")
    table = Table(rows, colWidths=[width / 2, width / 2], hAlign="LEFT")
    table.setStyle(layout_table_style(("TOPPADDING", (0, 0), (-1, -1), 8)))
    return table


def delegationsbeslut_story(beslut: Delegationsbeslut, width: float) -> list[Flowable]:
    """A delegationsbeslut as the seed prints it: förvaltning and handläggare, Datum and
    Diarienummer, then Beslut, Beskrivning av ärendet, Delegationshänvisning and the signature."""
    styles = stylesheet()
    beslut = as_printed(beslut)  # a decision flagged sekretess: no text, title or beskrivning
    story: list[Flowable] = [
        Paragraph(markup(beslut.title or "Delegationsbeslut"), styles["Title"]),
        label_value_table(delegationsbeslut_fields(beslut), width),
        Spacer(1, 4 * mm),
    ]
    for heading, text in delegationsbeslut_sections(beslut):
        story.append(Paragraph(heading, styles["H2"]))
        story += prose(text)
    story += signature_block([(beslut.beslutsfattare, beslut.delegat)], width)
    return story


def notice_story(title: str, lines: list[str]) -> list[Flowable]:
    """A page that says, in words, why a handling is not here (never a silent gap)."""
    styles = stylesheet()
    story: list[Flowable] = [Paragraph(markup(title), styles["Title"])]
    story += [Paragraph(markup(line), styles["Normal"]) for line in lines]
    return story
