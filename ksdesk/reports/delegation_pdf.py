"""The delegationsordning on paper, laid out like the seed: the document header table, the
revision table, the introduction, one table per chapter (a part's title, "Del A
Kommunstyrelsen", as a heading above the part's first chapter; Nr | Ärende | Lagrum | Delegat |
Ersättare | Anmärkning) whose chapter row and column header repeat on every page, and the
abbreviations. Given a comparison, text that is new or changed is marked in yellow, as the
secretary used to do by hand."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ksdesk.core.delegation import (
    HEADER_FIELDS,
    HEADER_ROWS,
    Chapter,
    Point,
    Version,
    VersionStatus,
    display_nr,
    document_title,
    part_starts,
    revision_table,
)
from ksdesk.core.delegation_diff import VersionDiff
from ksdesk.core.delegation_marks import ChangeMarks
from ksdesk.reports.base import (
    HIGHLIGHT_YELLOW,
    SANS,
    SANS_BOLD,
    TABLE_HEADER_BG,
    Embedded,
    PageHeader,
    available_width,
    build_pdf,
    grid_table_style,
    stylesheet,
)
from ksdesk.reports.delegation_columns import (
    PrintColumn,
    decision_width,
    heading_markup,
    print_columns,
    wants_landscape,
)
from ksdesk.reports.printable import escape

_YELLOW = HIGHLIGHT_YELLOW.hexval().replace("0x", "#")
_SUB_HEADING_BG = colors.HexColor("#F3F4F6")


def mark(segments: list[tuple[str, bool]]) -> str:
    """Paragraph markup for text runs, the changed ones on a yellow ground."""
    parts = []
    for text, changed in segments:
        body = escape(text).replace("\n", "<br/>")
        parts.append(f'<span backColor="{_YELLOW}">{body}</span>' if changed else body)
    return "".join(parts)


def plain(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def roles_markup(lines: list[list[tuple[str, bool]]]) -> str:
    return "<br/>".join(mark(line) for line in lines)


def render_version(
    version: Version,
    diff: VersionDiff | None = None,
    kommun: str = "",
    draft_label: str = "",
    *,
    embedded: Embedded | None = None,
) -> bytes:
    """The delegationsordning as PDF bytes; `diff` (old → this version) marks changes;
    `embedded` prints it as a bilaga of the packet (no page numbers of its own)."""
    styles = stylesheet()
    marks = ChangeMarks(diff)
    title = document_title(version)
    _point_styles(styles)
    cell = styles["PointCell"]
    # Landscape when Ärende would be too narrow to read on a portrait page.
    wide = wants_landscape(version, available_width(), cell.fontName, cell.fontSize, SANS_BOLD)
    width = available_width(wide)
    story: list[Flowable] = [Paragraph(escape(title), styles["Title"])]
    if draft_label:
        story.append(Paragraph(escape(draft_label), styles["Small"]))
    if diff is not None:
        story.append(
            Paragraph(
                f'<span backColor="{_YELLOW}">Gulmarkerat</span> är nytt eller ändrat jämfört '
                f"med {escape(diff.old_name)}.",
                styles["Small"],
            )
        )
    elif any(p.marked for _, p in version.all_points()):
        story.append(
            Paragraph(
                f'<span backColor="{_YELLOW}">Gulmarkerat</span> är nytt eller ändrat i denna '
                "version, så som dokumentet markerade det.",
                styles["Small"],
            )
        )
    story.append(Spacer(1, 3 * mm))
    story += _header_table(version, marks, styles, width)
    story += _revision_table(version, marks, styles, width)
    story += _intro(version, marks, styles)
    columns = print_columns(version, width, cell.fontName, cell.fontSize, SANS_BOLD)
    for chapter, part in zip(version.chapters, part_starts(version.chapters), strict=True):
        if part:  # kept with the chapter's table below it (H1 keeps with the next)
            story.append(Paragraph(plain(part), styles["H1"]))
        story.append(_chapter_table(chapter, marks, styles, columns))
        # The chapter's note, under its table where the document had it.
        for line in filter(str.strip, chapter.note.split("\n")):
            markup = mark(marks.note_line(chapter.title, line))
            story += [Spacer(1, 1.5 * mm), Paragraph(markup, styles["Normal"])]
        story.append(Spacer(1, 5 * mm))
    story += _abbreviations(version, styles, width)
    right = version.name + (" – utkast" if version.status == VersionStatus.UTKAST else "")
    return build_pdf(
        story,
        title=title,
        author=kommun,
        header=PageHeader(left=" · ".join(x for x in (kommun, title) if x), right=right),
        wide=wide,
        embedded=embedded,
    )


def _cell(text: str, styles, name: str = "Cell") -> Paragraph:
    return Paragraph(text, styles[name])


def _point_styles(styles) -> None:
    """Chapter tables use a slightly smaller type, so titles such as "Säkerhetsskyddschef"
    fit their column without being broken mid-word."""
    if "PointCell" not in styles:
        styles.add(ParagraphStyle("PointCell", parent=styles["Cell"], fontSize=8.5, leading=10.5))
        styles.add(ParagraphStyle("PointCellBold", parent=styles["PointCell"], fontName=SANS_BOLD))


def _header_table(version: Version, marks: ChangeMarks, styles, width: float) -> list[Flowable]:
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
            cells.append([Paragraph(escape(name), label_style), _cell(shown or "&nbsp;", styles)])
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
        data.append([Paragraph(escape(name), label_style), _cell(shown, styles)])
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


def _revision_table(version: Version, marks: ChangeMarks, styles, width: float) -> list[Flowable]:
    if not version.revisions:
        return []
    headings, rows = revision_table(version.revisions)
    data = [[_cell(h, styles, "CellBold") for h in headings]]
    style = grid_table_style()
    for i, (rev, row) in enumerate(zip(version.revisions, rows, strict=True), start=1):
        data.append([_cell(plain(x), styles) for x in row])
        if marks.revision_new(rev.beslut, rev.text):
            style.add("BACKGROUND", (0, i), (-1, i), HIGHLIGHT_YELLOW)
    decisions = decision_width(rows, SANS, 9, width)
    edges = [decisions] + [35 * mm] * (len(headings) - 2)  # and Diarienummer when printed
    widths = [edges[0], width - sum(edges), *edges[1:]]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(style)
    return [table, Spacer(1, 6 * mm)]


def _intro(version: Version, marks: ChangeMarks, styles) -> list[Flowable]:
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


def _chapter_table(
    chapter: Chapter, marks: ChangeMarks, styles, columns: list[PrintColumn]
) -> Table:
    is_new_chapter = marks.chapter_new(chapter.title)
    _point_styles(styles)
    title = plain(chapter.title)
    if chapter.subtitle:
        title += f'<br/><font name="{SANS}" size="9">{plain(chapter.subtitle)}</font>'
    data = [
        [_cell(title, styles, "CellBold")] + [""] * (len(columns) - 1),
        [_cell(heading_markup(c, SANS_BOLD, 8.5), styles, "PointCellBold") for c in columns],
    ]
    style = grid_table_style(header_rows=2)
    style.add("LEFTPADDING", (0, 0), (-1, -1), 3)
    style.add("RIGHTPADDING", (0, 0), (-1, -1), 3)
    style.add("SPAN", (0, 0), (-1, 0))
    style.add("BACKGROUND", (0, 0), (-1, 0), HIGHLIGHT_YELLOW if is_new_chapter else colors.white)
    style.add("FONT", (0, 0), (-1, 0), SANS_BOLD, 10)
    style.add("BACKGROUND", (0, 1), (-1, 1), TABLE_HEADER_BG)
    for point in chapter.points:
        if point.heading:
            row = len(data)
            data.append([_sub_heading(point.heading, styles)] + [""] * (len(columns) - 1))
            style.add("SPAN", (0, row), (-1, row))
            style.add("BACKGROUND", (0, row), (-1, row), _SUB_HEADING_BG)
        row = len(data)
        data.append(_point_row(point, marks, styles, columns))
        if point.uid in marks.new_uids or (marks.diff is None and point.marked):
            style.add("BACKGROUND", (0, row), (-1, row), HIGHLIGHT_YELLOW)
    table = Table(data, colWidths=[c.width for c in columns], repeatRows=2)
    table.setStyle(style)
    return table


def _sub_heading(text: str, styles) -> Paragraph:
    first, _, rest = text.partition("\n")
    markup = f"<b>{plain(first)}</b>" + (f"<br/>{plain(rest)}" if rest else "")
    return _cell(markup, styles, "PointCell")


def _point_row(point: Point, marks: ChangeMarks, styles, columns: list[PrintColumn]) -> list:
    uid = point.uid
    cells = []
    for column in columns:
        key = column.key
        if key == "nr":
            markup = plain(display_nr(point.nr))
        elif key.startswith("extra:"):
            markup = plain(point.extra.get(key[len("extra:") :], ""))
        elif key in ("delegat", "ersattare"):
            markup = roles_markup(marks.roles(uid, key, getattr(point, key)))
        else:
            markup = mark(marks.text(uid, key, getattr(point, key)))
        cells.append(_cell(markup, styles, "PointCell"))
    return cells


def _abbreviations(version: Version, styles, width: float) -> list[Flowable]:
    if not version.abbreviations:
        return []
    story: list[Flowable] = [Paragraph("Förkortningar", styles["H2"])]
    data = [
        [_cell(f"<b>{escape(a.short)}</b>", styles), _cell(plain(a.long), styles)]
        for a in version.abbreviations
    ]
    table = Table(data, colWidths=[25 * mm, width - 25 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(table)
    return story
