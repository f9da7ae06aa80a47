"""Printing a budget sheet: A4 (landscape when wide), columns fitted to the page, the unit in
the header, negatives with a true minus, totals bold, the header row repeated on every page and
the check's findings marked on their cells and listed after the table, as on screen.

For other documents (the kallelse packet, a verksamhetsplan with tables in its text):
`sheet_flowables(sheet, width, findings)` gives the title, caption and table fitted to `width`;
`budget_sheet_pdf(sheet)` gives a whole PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ksdesk.core.budget import Column, Row, Sheet, unit_line
from ksdesk.core.budget_check import Finding, check_sheet
from ksdesk.core.format import format_amount, format_percent
from ksdesk.reports.base import (
    HEADER_GREY,
    RULE_GREY,
    SANS,
    SANS_BOLD,
    SANS_ITALIC,
    TABLE_HEADER_BG,
    PageHeader,
    available_width,
    build_pdf,
    register_fonts,
    stylesheet,
)

FONT_SIZES = (9, 8.5, 8, 7.5, 7, 6.5)
PADDING = 3  # points left and right in every cell
HEADING_BG = colors.HexColor("#eef2f6")
SEVERITY_BG = {
    "fel": colors.HexColor("#f6c9c9"),
    "avrundning": colors.HexColor("#fff1b8"),
    "varning": colors.HexColor("#ffe0b8"),
}
SEVERITY_WORDS = {"fel": "Fel", "avrundning": "Avrundning", "varning": "Varning"}
UNIT_WORDS = {"kr": "kr", "tkr": "tkr", "mnkr": "mnkr", "procent": "%"}


def budget_sheet_pdf(sheet: Sheet, *, with_findings: bool = True) -> bytes:
    """The sheet on its own A4 pages, its findings listed after the table."""
    wide = is_wide(sheet)
    findings = check_sheet(sheet).findings if with_findings else None
    story = sheet_flowables(sheet, available_width(wide), findings)
    header = PageHeader(left=sheet.title, right=unit_line(sheet))
    return build_pdf(story, title=sheet.title, header=header, wide=wide)


def is_wide(sheet: Sheet) -> bool:
    """Landscape when the table does not fit a portrait page at a readable size (8 pt), or
    when a table of many columns would have to wrap its text to fit portrait."""
    register_fonts()
    portrait = available_width(False)
    if fit_columns(sheet, portrait, smallest=8) is None:
        return True
    _needs, _mins, naturals = _measure(sheet, FONT_SIZES[0])
    return len(sheet.columns) >= 8 and sum(naturals) > portrait


def sheet_flowables(
    sheet: Sheet, width: float, findings: Sequence[Finding] | None = None
) -> list[Flowable]:
    """Title, caption and the table fitted to `width`; with `findings` (a list, even empty)
    the cells are marked and the findings listed after the table."""
    styles = stylesheet()
    story: list[Flowable] = [Paragraph(escape(sheet.title), styles["H2"])]
    if sheet.caption.strip():
        caption = "<br/>".join(escape(line) for line in sheet.caption.strip().splitlines())
        story.append(Paragraph(caption, styles["Small"]))
    story.append(Paragraph(escape(unit_line(sheet)), styles["Small"]))
    story.append(Spacer(1, 4))
    layout = fit_columns(sheet, width) or _squeezed(sheet, width)
    marks = _marks(findings or [])
    story.append(_table(sheet, layout, marks, findings or []))
    if findings is not None:
        story.extend(_findings_list(findings, marks, styles))
    return story


# ---------------------------------------------------------------------------------------------
# Fitting the columns


@dataclass
class Layout:
    font_size: float
    widths: list[float]


def fit_columns(sheet: Sheet, width: float, smallest: float = 6.5) -> Layout | None:
    """Column widths at the largest font size that fits `width`: figure columns as wide as
    their longest figure and header word, text columns sharing the rest (wrapped, never
    narrower than their longest word); spare room widens figure columns so their headers
    wrap less, and figure columns get one width when they can. The table is never stretched
    wider than its contents. None when nothing fits down to `smallest` points."""
    register_fonts()
    for size in FONT_SIZES:
        if size < smallest:
            break
        needs, mins, naturals = _measure(sheet, size)
        text = [i for i, c in enumerate(sheet.columns) if _is_text(c)]
        figures = [i for i in range(len(sheet.columns)) if i not in text]
        text_min = sum(mins[i] for i in text)
        # Figure headers wrap less when the text columns can spare the room for it.
        cap = 80 * size / 9
        comfortable = [max(needs[i], min(naturals[i], cap)) for i in range(len(needs))]
        room = width - sum(comfortable[i] for i in figures)
        widths = list(comfortable)
        if room < 1.5 * text_min:
            room = width - sum(needs[i] for i in figures)
            widths = list(needs)
        if room < text_min - 0.01:
            continue
        for i, w in _share(room, {i: mins[i] for i in text}, {i: naturals[i] for i in text}):
            widths[i] = w
        _widen_figures(widths, figures, naturals, width, size)
        return Layout(size, widths)
    return None


def _widen_figures(
    widths: list[float], figures: list[int], naturals: list[float], width: float, size: float
) -> None:
    """Spend spare room on figure columns: first one common width, then less header wrap."""
    if not figures:
        return
    common = max(widths[i] for i in figures)
    spare = width - sum(widths)
    extra = sum(common - widths[i] for i in figures)
    if extra <= spare:
        for i in figures:
            widths[i] = common
        spare -= extra
    # A header may spread over up to about 80 pt (at 9 pt) before it wraps.
    cap = 80 * size / 9
    for i in figures:
        wanted = max(widths[i], min(naturals[i], cap))
        grow = min(wanted - widths[i], max(0.0, spare))
        widths[i] += grow
        spare -= grow


def _squeezed(sheet: Sheet, width: float) -> Layout:
    """Nothing fits even at the smallest size: scale every column down (words then break)."""
    size = FONT_SIZES[-1]
    needs, mins, _naturals = _measure(sheet, size)
    base = [max(n, m) for n, m in zip(needs, mins, strict=True)]
    scale = width / sum(base)
    return Layout(size, [w * scale for w in base])


def _share(room: float, mins: dict[int, float], naturals: dict[int, float]):
    """Give text columns their natural width if it fits, else narrow the widest first."""
    if not mins:
        return []
    if sum(naturals.values()) <= room:
        return list(naturals.items())
    # Water-filling: find the cap so that sum(max(min, min(natural, cap))) == room.
    low, high = 0.0, max(naturals.values())
    for _ in range(40):
        cap = (low + high) / 2
        used = sum(max(mins[i], min(naturals[i], cap)) for i in mins)
        low, high = (cap, high) if used < room else (low, cap)
    return [(i, max(mins[i], min(naturals[i], low))) for i in mins]


def _is_text(column: Column) -> bool:
    return column.kind in ("text",)


def _measure(sheet: Sheet, size: float) -> tuple[list[float], list[float], list[float]]:
    """Per column: the width an unwrapped figure column needs, the narrowest a wrapped column
    may be (its longest word), and its natural (unwrapped) width."""
    needs, mins, naturals = [], [], []
    for c, column in enumerate(sheet.columns):
        header_words = [stringWidth(w, SANS_BOLD, size) for w in column.header.split()] or [0]
        unit = _header_unit(sheet, column)
        if unit:
            header_words.append(stringWidth(unit, SANS, size - 1.5))
        longest_word = max(header_words)
        content_word = 0.0
        content = 0.0
        for row in sheet.rows:
            text = cell_text(sheet, row, c)
            font = SANS_BOLD if row.kind in ("total", "subtotal") else SANS
            content = max(content, stringWidth(text, font, size))
            for word in text.split():
                content_word = max(content_word, stringWidth(word, font, size))
        marker = stringWidth("a", SANS, size * 0.7) + 1
        pad = 2 * PADDING + marker
        needs.append(max(content, longest_word) + pad)
        mins.append(max(content_word, longest_word) + pad)
        naturals.append(max(content, stringWidth(column.header, SANS_BOLD, size)) + pad)
    return needs, mins, naturals


# ---------------------------------------------------------------------------------------------
# The table


def cell_text(sheet: Sheet, row: Row, c: int) -> str:
    """A cell as printed: amounts through core.format (U+2212, no-break spaces)."""
    value = row.cells[c] if c < len(row.cells) else None
    if value is None:
        return ""
    if isinstance(value, Decimal):
        if sheet.columns[c].kind == "percent" or row.percent:
            return format_percent(value, decimals=None)
        return format_amount(value)
    return str(value)


def _header_unit(sheet: Sheet, column: Column) -> str:
    if column.kind != "amount" or sheet.unit == "procent":
        return ""
    unit = UNIT_WORDS.get(sheet.unit, sheet.unit)
    return "" if unit in column.header.split() else unit


def _marks(findings: Sequence[Finding]) -> dict[tuple[int, int], str]:
    """A letter per marked cell (a, b, …, z, aa, …): letters, so a mark never reads as a digit
    of the amount when the text is copied out of the PDF."""
    marks: dict[tuple[int, int], str] = {}
    for finding in findings:
        key = (finding.row, finding.column)
        if key not in marks:
            n = len(marks)
            marks[key] = chr(97 + n % 26) * (n // 26 + 1)
    return marks


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
    sheet: Sheet, layout: Layout, marks: dict[tuple[int, int], str], findings: Sequence[Finding]
) -> Table:
    size = layout.font_size
    styles = _cell_styles(size)
    header = []
    for column in sheet.columns:
        text = escape(column.header)
        unit = _header_unit(sheet, column)
        if unit:
            text += f'<br/><font name="{SANS}" size="{size - 1.5}" color="#555555">{unit}</font>'
        style = _right(styles["bold"]) if column.is_numeric else styles["bold"]
        header.append(Paragraph(text, style))
    data: list[list] = [header]
    commands: list[tuple] = [
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
    for r, row in enumerate(sheet.rows, start=1):
        kind = {"total": "bold", "subtotal": "bold", "heading": "italic"}.get(row.kind, "text")
        cells = []
        for c, column in enumerate(sheet.columns):
            text = escape(cell_text(sheet, row, c))
            mark = marks.get((r - 1, c))
            if mark:
                text += f"<super>{mark}</super>"
            numeric = column.is_numeric
            cells.append(Paragraph(text, _right(styles[kind]) if numeric else styles[kind]))
        data.append(cells)
        if row.kind == "heading":
            commands.append(("BACKGROUND", (0, r), (-1, r), HEADING_BG))
        if row.kind == "total":
            commands.append(("LINEABOVE", (0, r), (-1, r), 0.9, colors.black))
        if row.kind == "subtotal":
            commands.append(("LINEABOVE", (0, r), (-1, r), 0.5, HEADER_GREY))
    for finding in findings:
        if (finding.row, finding.column) in marks:
            cell = (finding.column, finding.row + 1)
            commands.append(("BACKGROUND", cell, cell, SEVERITY_BG[finding.severity]))
    table = Table(data, colWidths=layout.widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


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
                f"<super>{mark}</super> <b>{SEVERITY_WORDS[finding.severity]}.</b> "
                f"{escape(finding.message)}",
                styles["Small"],
            )
        )
    return story
