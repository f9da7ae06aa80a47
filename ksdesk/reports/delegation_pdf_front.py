"""The front of the delegationsordning on paper: the document header table, the revision
table and the introduction, with the markup that puts new or changed text on a yellow ground
(reports/delegation_pdf.py lays out the chapters after them)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ksdesk.core.delegation import HEADER_FIELDS, HEADER_ROWS, Version, revision_table
from ksdesk.core.delegation_marks import ChangeMarks
from ksdesk.reports.base import HIGHLIGHT_YELLOW, grid_table_style
from ksdesk.reports.delegation_columns import decision_width
from ksdesk.reports.fonts import SANS, SANS_BOLD
from ksdesk.reports.printable import escape

YELLOW = HIGHLIGHT_YELLOW.hexval().replace("0x", "#")


def mark(segments: list[tuple[str, bool]]) -> str:
    """Paragraph markup for text runs, the changed ones on a yellow ground."""
    parts = []
    for text, changed in segments:
        body = escape(text).replace("\n", "<br/>")
        parts.append(f'<span backColor="{YELLOW}">{body}</span>' if changed else body)
    return "".join(parts)


def plain(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def roles_markup(lines: list[list[tuple[str, bool]]]) -> str:
    return "<br/>".join(mark(line) for line in lines)


def cell(text: str, styles, name: str = "Cell") -> Paragraph:
    return Paragraph(text, styles[name])


def header_table(version: Version, marks: ChangeMarks, styles, width: float) -> list[Flowable]:
    label_style = ParagraphStyle("HeaderLabel", parent=styles["Small"], textColor=colors.grey)
    if not all(name in version.header for name in HEADER_FIELDS):
        return _own_header(version, marks, styles, label_style, width)
    extra = [name for name in version.header if name not in HEADER_FIELDS]
    rows_spec = [*HEADER_ROWS, *(((name, 4),) for name in extra)]
    data, spans = [], []
    for r, row in enumerate(rows_spec):
        cells: list = []
        col = 0
        for name, span in row:
            value = version.header.get(name, "")
            shown = mark(marks.header(name, value))
            cells.append([Paragraph(escape(name), label_style), cell(shown or "&nbsp;", styles)])
            if span > 1:
                spans.append(("SPAN", (col, r), (col + span - 1, r)))
                cells += [""] * (span - 1)
            col += span
        data.append(cells)
    table = Table(data, colWidths=[width / 4] * 4)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *spans,
            ]
        )
    )
    return [table, Spacer(1, 4 * mm)]


def _own_header(
    version: Version, marks: ChangeMarks, styles, label_style, width: float
) -> list[Flowable]:
    """An imported document's header as it gave it: only the fields it has, label and value
    side by side (the title is printed above already); nothing when it gave none."""
    names = [n for n in HEADER_FIELDS if n in version.header]
    names += [n for n in version.header if n not in HEADER_FIELDS]
    data = []
    for name in names:
        value = version.header.get(name, "").strip()
        if not value or name == "Dokumentnamn":
            continue
        shown = mark(marks.header(name, value))
        data.append([Paragraph(escape(name), label_style), cell(shown, styles)])
    if not data:
        return []
    table = Table(data, colWidths=[45 * mm, width - 45 * mm])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#BBBBBB")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [table, Spacer(1, 4 * mm)]


def revision_rows(version: Version, marks: ChangeMarks, styles, width: float) -> list[Flowable]:
    if not version.revisions:
        return []
    headings, rows = revision_table(version.revisions)
    data = [[cell(h, styles, "CellBold") for h in headings]]
    style = grid_table_style()
    for i, (rev, row) in enumerate(zip(version.revisions, rows, strict=True), start=1):
        data.append([cell(plain(x), styles) for x in row])
        if marks.revision_new(rev.beslut, rev.text):
            style.add("BACKGROUND", (0, i), (-1, i), HIGHLIGHT_YELLOW)
    decisions = decision_width(rows, SANS, 9, width, tuple(headings), SANS_BOLD)
    edges = [decisions] + [35 * mm] * (len(headings) - 2)  # and Diarienummer when printed
    widths = [edges[0], width - sum(edges), *edges[1:]]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(style)
    return [table, Spacer(1, 6 * mm)]


def intro(version: Version, marks: ChangeMarks, styles) -> list[Flowable]:
    story: list[Flowable] = []
    for section in version.intro:
        is_new = marks.intro_heading_new(section.heading)
        heading = mark([(section.heading, True)]) if is_new else plain(section.heading)
        if section.heading.strip():  # the opening words before the first heading have none
            story.append(Paragraph(heading, styles["H2"]))
        for para in [p for p in section.text.split("\n\n") if p.strip()]:
            for line in para.split("\n"):
                bullet = line.startswith("- ")
                markup = mark(marks.intro_line(section.heading, line[2:] if bullet else line))
                if bullet:
                    story.append(Paragraph(markup, styles["Bullet"], bulletText="•"))
                else:
                    story.append(Paragraph(markup, styles["Normal"]))
    return story
