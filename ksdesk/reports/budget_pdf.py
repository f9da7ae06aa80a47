"""Printing a budget sheet: A4 (landscape when wide), columns fitted to the page, the unit in
the header, negatives with a true minus, totals bold, the header row repeated on every page and
the check's findings marked on their cells and listed after the table, as on screen.

For other documents (the kallelse packet, a verksamhetsplan with tables in its text):
`sheet_flowables(sheet, width, findings)` gives the title, caption and table fitted to `width`;
`budget_sheet_pdf(sheet)` gives a whole PDF.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from ksdesk.core.budget import Sheet, unit_line
from ksdesk.core.budget_check import HEADER_ROW, check_sheet
from ksdesk.core.findings import Finding, Severity
from ksdesk.reports.base import (
    HEADER_GREY,
    RULE_GREY,
    TABLE_HEADER_BG,
    Embedded,
    PageHeader,
    available_width,
    build_pdf,
    stylesheet,
)
from ksdesk.reports.budget_layout import (
    PADDING,
    Layout,
    cell_texts,
    finding_marks,
    fit_columns,
    header_unit,
    heading_reach,
    is_wide,
    measure,
    squeezed,
)
from ksdesk.reports.fonts import SANS, SANS_BOLD, SANS_ITALIC
from ksdesk.reports.printable import escape

HEADING_BG = colors.HexColor("#eef2f6")
SEVERITY_BG = {
    Severity.FEL: colors.HexColor("#f6c9c9"),
    Severity.AVRUNDNING: colors.HexColor("#fff1b8"),
    Severity.VARNING: colors.HexColor("#ffe0b8"),
}
ROW_FONTS = {"total": SANS_BOLD, "subtotal": SANS_BOLD, "heading": SANS_ITALIC}

__all__ = ["budget_sheet_pdf", "fit_columns", "is_wide", "sheet_flowables"]


def budget_sheet_pdf(
    sheet: Sheet, *, with_findings: bool = True, embedded: Embedded | None = None
) -> bytes:
    """The sheet on its own A4 pages, its findings listed after the table (`embedded`: as a
    part of another document, without page numbers of its own)."""
    texts = cell_texts(sheet)
    metrics = measure(sheet, texts)
    wide = is_wide(sheet, metrics)
    findings = check_sheet(sheet).findings if with_findings else None
    story = _flowables(sheet, available_width(wide), findings, texts, metrics)
    header = PageHeader(left=sheet.title, right=unit_line(sheet))
    return build_pdf(story, title=sheet.title, header=header, wide=wide, embedded=embedded)


# The title, the unit line, the column header and a few rows: less room than this at the foot
# of a page and the sheet begins on the next one.
SHEET_START_ROOM = 45 * mm
# A sheet no taller than this (title and unit line included) is never split: if it does not
# fit where it stands it goes whole to the next page, as a short table is read best whole.
# A longer one starts where it stands and breaks with its header repeated.
SHORT_SHEET = 110 * mm


def sheet_flowables(
    sheet: Sheet,
    width: float,
    findings: Sequence[Finding] | None = None,
    *,
    with_title: bool = True,
) -> list[Flowable]:
    """Title, caption and the table fitted to `width`; with `findings` (a list, even empty)
    the cells are marked and the findings listed after the table. `with_title=False` leaves
    the title out, for a document whose own heading already names the table."""
    texts = cell_texts(sheet)
    return _flowables(sheet, width, findings, texts, measure(sheet, texts), with_title)


def _flowables(sheet, width, findings, texts, metrics, with_title=True) -> list[Flowable]:
    styles = stylesheet()
    # Title, caption and unit keep with the table's first rows: never alone at the foot of a
    # page. Not keepWithNext: that binds them to the whole table, and a sheet of about a page
    # then goes whole to the next page, leaving the packet's line naming it alone on a page.
    lead = ParagraphStyle("BudgetLead", parent=styles["Small"], keepWithNext=0)
    story: list[Flowable] = []
    if with_title:
        story.append(Paragraph(escape(sheet.title), styles["H2"]))
    if sheet.caption.strip():
        caption = "<br/>".join(escape(line) for line in sheet.caption.strip().splitlines())
        story.append(Paragraph(caption, lead))
    unit = ParagraphStyle("BudgetUnit", parent=lead, spaceAfter=6)
    story.append(Paragraph(escape(unit_line(sheet)), unit))
    layout = fit_columns(sheet, width, metrics=metrics) or squeezed(sheet, width, metrics)
    marks = finding_marks(findings or [])
    story.append(_table(sheet, texts, layout, marks, findings or []))
    story.insert(0, CondPageBreak(_room_to_start(story, width, len(sheet.rows), layout.font_size)))
    if findings is not None:
        story.extend(_findings_list(findings, marks, styles))
    return story


def _room_to_start(parts: list[Flowable], width: float, rows: int, size: float) -> float:
    """How much of the page a sheet asks for before it begins: all of a short sheet (it goes
    whole to the next page rather than split), the start of a long one (SHEET_START_ROOM)."""
    # Every row is at least one line and its padding tall (_table_commands): a sheet with more
    # rows than a short one can hold is long without laying its table out twice.
    if rows * (size * 1.22 + 4) > SHORT_SHEET:
        return SHEET_START_ROOM
    height = sum(part.wrap(width, 10_000)[1] for part in parts)
    return height + 2 * mm if height <= SHORT_SHEET else SHEET_START_ROOM


def _cell_styles(size: float) -> dict[str, ParagraphStyle]:
    base = stylesheet()["Cell"]
    leading = size * 1.22
    return {
        "text": ParagraphStyle("bt", parent=base, fontName=SANS, fontSize=size, leading=leading),
        "bold": ParagraphStyle(
            "bb", parent=base, fontName=SANS_BOLD, fontSize=size, leading=leading
        ),
        "italic": ParagraphStyle(
            "bi", parent=base, fontName=SANS_ITALIC, fontSize=size, leading=leading
        ),
    }


def _right(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "r", parent=style, alignment=TA_RIGHT)


def _table(
    sheet: Sheet,
    texts: list[list[str]],
    layout: Layout,
    marks: dict[tuple[int, int], str],
    findings: Sequence[Finding],
) -> Table:
    size = layout.font_size
    styles = _cell_styles(size)
    header = _header_row(sheet, size, styles, marks)
    commands = _table_commands(sheet, size)
    data: list[list] = [header]
    for r, (row, line) in enumerate(zip(sheet.rows, texts, strict=True), start=1):
        font = ROW_FONTS.get(row.kind, SANS)
        widths = list(layout.widths)
        last = heading_reach(row.kind, line, [marks.get((r - 1, c)) for c in range(len(line))])
        if last:
            widths[0] = sum(widths[: last + 1])
            commands.append(("SPAN", (0, r), (last, r)))
        data.append(
            [
                _cell(
                    line[c],
                    font,
                    size,
                    widths[c],
                    marks.get((r - 1, c)),
                    column.is_numeric,
                    styles,
                )
                for c, column in enumerate(sheet.columns)
            ]
        )
        if font != SANS:
            commands.append(("FONT", (0, r), (-1, r), font, size, size * 1.22))
        commands += _row_rules(row.kind, r)
        if row.kind == "heading" and r < len(sheet.rows):
            # A heading ("Revision") never ends a page alone: it keeps its first row with it.
            commands.append(("NOSPLIT", (0, r), (-1, r + 1)))
    for finding in findings:
        cell = (finding.column, finding.row + 1)
        commands.append(("BACKGROUND", cell, cell, SEVERITY_BG[finding.severity]))
    table = Table(data, colWidths=layout.widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _header_row(
    sheet: Sheet, size: float, styles: dict[str, ParagraphStyle], marks: dict[tuple[int, int], str]
) -> list[Paragraph]:
    """The column headers, each with its unit in small grey under it where one applies, and
    the mark of a finding about the header itself."""
    header = []
    for c, column in enumerate(sheet.columns):
        text = escape(column.header)
        if (HEADER_ROW, c) in marks:
            text += f"<super>{marks[(HEADER_ROW, c)]}</super>"
        unit = header_unit(sheet, column)
        if unit:
            text += f'<br/><font name="{SANS}" size="{size - 1.5}" color="#555555">{unit}</font>'
        style = _right(styles["bold"]) if column.is_numeric else styles["bold"]
        header.append(Paragraph(text, style))
    return header


NOTE_GAP = 4  # points more before a code column that follows an amount column


def _table_commands(sheet: Sheet, size: float) -> list[tuple]:
    """The style of the whole table before any row's own: shaded header, thin rules, amount
    columns aligned right."""
    commands: list[tuple] = [
        ("FONT", (0, 1), (-1, -1), SANS, size, size * 1.22),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, HEADER_GREY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE_GREY),
    ]
    commands += [
        ("ALIGN", (c, 1), (c, -1), "RIGHT")
        for c, column in enumerate(sheet.columns)
        if column.is_numeric
    ]
    # A Not column right after an amount column (Kramfors: KONCERNEN's notes after
    # KOMMUNEN 2017) stands a little apart, so "521,2" and the note 8 never read as one.
    return commands + [
        ("LEFTPADDING", (c, 0), (c, -1), PADDING + NOTE_GAP)
        for c, column in enumerate(sheet.columns)
        if c and column.kind == "code" and sheet.columns[c - 1].is_numeric
    ]


def _cell(text: str, font: str, size: float, width: float, mark, numeric: bool, styles):
    """A plain string where the text fits on one line (fast to lay out, even for 1 000 rows);
    a Paragraph where it must wrap or carries a finding's mark."""
    if not mark and stringWidth(text, font, size) <= width - 2 * PADDING:
        return text
    kind = {SANS_BOLD: "bold", SANS_ITALIC: "italic"}.get(font, "text")
    markup = escape(text) + (f"<super>{mark}</super>" if mark else "")
    return Paragraph(markup, _right(styles[kind]) if numeric else styles[kind])


def _row_rules(kind: str, r: int) -> list[tuple]:
    rules: list[tuple] = []
    if kind == "heading":
        rules.append(("BACKGROUND", (0, r), (-1, r), HEADING_BG))
    if kind == "total":
        rules.append(("LINEABOVE", (0, r), (-1, r), 0.9, colors.black))
    if kind == "subtotal":
        rules.append(("LINEABOVE", (0, r), (-1, r), 0.5, HEADER_GREY))
    if kind == "total" and r > 2:
        # A total never starts a page alone: it keeps two of its rows with it. (Not done for
        # every Delsumma: ReportLab's cost of no-split ranges grows with their number.)
        rules.append(("NOSPLIT", (0, r - 2), (-1, r)))
    return rules


def _findings_list(
    findings: Sequence[Finding], marks: dict[tuple[int, int], str], styles
) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 6), Paragraph("Kontroll av summorna", styles["H3"])]
    if not findings:
        story.append(Paragraph("Alla summor stämmer med raderna och kolumnerna.", styles["Small"]))
        return story
    for finding in findings:
        mark = marks[(finding.row, finding.column)]
        story.append(
            Paragraph(
                f"<super>{mark}</super> <b>{finding.severity.label}.</b> {escape(finding.message)}",
                styles["Small"],
            )
        )
    return story
