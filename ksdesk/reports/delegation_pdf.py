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
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from ksdesk.core.delegation import (
    Chapter,
    Point,
    Version,
    VersionStatus,
    display_nr,
    document_title,
    part_starts,
)
from ksdesk.core.delegation_diff import VersionDiff
from ksdesk.core.delegation_marks import ChangeMarks
from ksdesk.reports.base import (
    HIGHLIGHT_YELLOW,
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
    heading_markup,
    print_columns,
    wants_landscape,
)
from ksdesk.reports.delegation_pdf_front import (
    YELLOW,
    cell,
    header_table,
    intro,
    mark,
    plain,
    revision_rows,
    roles_markup,
)
from ksdesk.reports.fonts import SANS, SANS_BOLD
from ksdesk.reports.hyphenation import hyphenate_overlong
from ksdesk.reports.printable import escape

_SUB_HEADING_BG = colors.HexColor("#F3F4F6")


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
                f'<span backColor="{YELLOW}">Gulmarkerat</span> är nytt eller ändrat jämfört '
                f"med {escape(diff.old_name)}.",
                styles["Small"],
            )
        )
    elif any(p.marked for _, p in version.all_points()):
        story.append(
            Paragraph(
                f'<span backColor="{YELLOW}">Gulmarkerat</span> är nytt eller ändrat i denna '
                "version, så som dokumentet markerade det.",
                styles["Small"],
            )
        )
    story.append(Spacer(1, 3 * mm))
    story += header_table(version, marks, styles, width)
    story += revision_rows(version, marks, styles, width)
    story += intro(version, marks, styles)
    # Förkortningar before the tables that use them, as delegationsordningar print them
    # (Kungsbacka's Teknik 2025: after the introduction; walk30 found them last).
    story += _abbreviations(version, styles, width)
    columns = print_columns(version, width, cell.fontName, cell.fontSize, SANS_BOLD)
    for chapter, part in zip(version.chapters, part_starts(version.chapters), strict=True):
        if part:  # kept with the first rows of the chapter's table below it
            story += [CondPageBreak(_PART_WITH_ROWS), Paragraph(plain(part), styles["PartHeading"])]
        story.append(_chapter_table(chapter, marks, styles, columns))
        # The chapter's note, under its table where the document had it.
        for line in filter(str.strip, chapter.note.split("\n")):
            markup = mark(marks.note_line(chapter.title, line))
            story += [Spacer(1, 1.5 * mm), Paragraph(markup, styles["Normal"])]
        story.append(Spacer(1, 5 * mm))
    right = version.name + (" – utkast" if version.status == VersionStatus.UTKAST else "")
    return build_pdf(
        story,
        title=title,
        author=kommun,
        header=PageHeader(left=" · ".join(x for x in (kommun, title) if x), right=right),
        wide=wide,
        embedded=embedded,
    )


_CELL_PADDING = 3  # each side of a point's cell
# A part's heading starts a new page unless this much room is left under it: the heading, the
# chapter table's two header rows and its first points. Kept with the whole table instead
# (H1's keepWithNext), a part always began a page of its own and left the first nearly empty.
_PART_WITH_ROWS = 45 * mm


def _point_styles(styles) -> None:
    """Chapter tables use a slightly smaller type, so titles such as "Säkerhetsskyddschef"
    fit their column without being broken mid-word."""
    if "PointCell" not in styles:
        styles.add(ParagraphStyle("PointCell", parent=styles["Cell"], fontSize=8.5, leading=10.5))
        styles.add(ParagraphStyle("PointCellBold", parent=styles["PointCell"], fontName=SANS_BOLD))
        styles.add(ParagraphStyle("PartHeading", parent=styles["H1"], keepWithNext=0))


def _chapter_table(
    chapter: Chapter, marks: ChangeMarks, styles, columns: list[PrintColumn]
) -> Table:
    is_new_chapter = marks.chapter_new(chapter.title)
    _point_styles(styles)
    title = plain(chapter.title)
    if chapter.subtitle:
        title += f'<br/><font name="{SANS}" size="9">{plain(chapter.subtitle)}</font>'
    data = [
        [cell(title, styles, "CellBold")] + [""] * (len(columns) - 1),
        [cell(heading_markup(c, SANS_BOLD, 8.5), styles, "PointCellBold") for c in columns],
    ]
    style = grid_table_style(header_rows=2)
    style.add("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING)
    style.add("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING)
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
    return cell(markup, styles, "PointCell")


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
        style = styles["PointCell"]
        inner = column.width - 2 * _CELL_PADDING  # a bold (changed) word is a little wider
        markup = hyphenate_overlong(markup, inner * 0.97, style.fontName, style.fontSize)
        cells.append(cell(markup, styles, "PointCell"))
    return cells


def _abbreviations(version: Version, styles, width: float) -> list[Flowable]:
    if not version.abbreviations:
        return []
    story: list[Flowable] = [Paragraph("Förkortningar", styles["H2"])]
    data = [
        [cell(f"<b>{escape(a.short)}</b>", styles), cell(plain(a.long), styles)]
        for a in version.abbreviations
    ]
    table = Table(data, colWidths=[25 * mm, width - 25 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [*story, table, Spacer(1, 5 * mm)]
