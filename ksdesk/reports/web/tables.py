"""The web edition of the packet's tables: a budget sheet, the delegationsordning and the list
of delegationsbeslut anmälda at the meeting. Same cells as paper (reports/budget_pdf,
delegation_pdf, delegationsbeslut_pdf): a budget sheet's amounts through core.format, its
column widths as paper fits them; a delegationsordning's new and changed text marked; every
header row a row of header cells that comes back on each page."""

from __future__ import annotations

from datetime import date

from ksdesk.core.budget import Sheet, unit_line
from ksdesk.core.delegation import (
    HEADER_FIELDS,
    HEADER_ROWS,
    POINT_COLUMNS,
    REVISION_COLUMNS,
    VIDARE_COLUMN,
    WIDTHS,
    WIDTHS_WITH_VIDARE,
    Chapter,
    Delegationsbeslut,
    Point,
    Version,
    display_nr,
)
from ksdesk.core.delegation_diff import VersionDiff
from ksdesk.core.delegation_marks import ChangeMarks, Segments
from ksdesk.core.format import format_date, format_date_long
from ksdesk.core.meeting import Meeting
from ksdesk.core.organ import Organ
from ksdesk.reports.budget_layout import cell_texts, fit_columns, header_unit, measure, squeezed
from ksdesk.reports.delegationsbeslut_pdf import HEADERS as ANMALAN_HEADERS
from ksdesk.reports.delegationsbeslut_pdf import WIDTHS_MM as ANMALAN_WIDTHS
from ksdesk.reports.delegationsbeslut_pdf import punkt_text
from ksdesk.reports.web.handlingar import heading, title
from ksdesk.reports.web.model import Block, Cell, Fields, Heading, Items, Para, Run, Table

ROW_STYLE = {"total": {"bold": True}, "subtotal": {"bold": True}}


def budget_blocks(
    sheet: Sheet, width: float, level: int, with_title: bool = True, anchor: str = ""
) -> list[Block]:
    """Title, caption, unit and the table, its columns as paper fits them to `width` points."""
    blocks: list[Block] = []
    if with_title:  # a bilaga of its own (an anchor) is titled as large as on paper
        blocks = title(sheet.title, level, anchor) if anchor else heading(sheet.title, level)
    if sheet.caption.strip():
        blocks.append(Para(sheet.caption.strip(), "small"))
    blocks.append(Para(unit_line(sheet), "small"))
    texts = cell_texts(sheet)
    metrics = measure(sheet, texts)
    layout = fit_columns(sheet, width, metrics=metrics) or squeezed(sheet, width, metrics)
    header = []
    for column in sheet.columns:
        runs = [Run(column.header.strip())]
        unit = header_unit(sheet, column)
        if unit:
            runs += [Run("\n"), Run(unit, small=True)]
        header.append(Cell(tuple(runs), align="right" if column.is_numeric else "left", bold=True))
    rows, shaded = [], []
    for index, (row, line) in enumerate(zip(sheet.rows, texts, strict=True)):
        style = ROW_STYLE.get(row.kind, {})
        if row.kind == "heading":
            shaded.append(index)
        rows.append(
            tuple(
                Cell(
                    (Run(text, italic=row.kind == "heading"),) if text else "",
                    align="right" if column.is_numeric else "left",
                    **style,
                )
                for text, column in zip(line, sheet.columns, strict=True)
            )
        )
    table = Table(
        tuple(layout.widths),
        (tuple(header),),
        tuple(rows),
        layout.font_size,
        tuple(shaded),
        points=True,
    )
    return [*blocks, table]


def _runs(segments: Segments) -> tuple[Run, ...]:
    return tuple(Run(text, mark=changed) for text, changed in segments if text)


def _lines(lines: list[Segments]) -> tuple[Run, ...]:
    runs: list[Run] = []
    for i, line in enumerate(lines):
        if i:
            runs.append(Run("\n"))
        runs += _runs(line)
    return tuple(runs)


def delegationsordning_blocks(
    version: Version,
    diff: VersionDiff | None,
    draft_label: str,
    level: int = 2,
    anchor: str = "",
) -> list[Block]:
    """The delegationsordning as paper prints it; with `diff`, new and changed text marked."""
    marks = ChangeMarks(diff)
    name = version.header.get("Dokumentnamn") or version.name
    blocks: list[Block] = title(name, level, anchor)
    if draft_label:
        blocks.append(Para(draft_label, "small"))
    if diff is not None:
        note = (
            Run("Gulmarkerat", mark=True),
            Run(f" är nytt eller ändrat jämfört med {diff.old_name}."),
        )
        blocks.append(Para(note, "small"))
    blocks.append(_header_fields(version, marks))
    if version.revisions:
        blocks.append(_revisions(version, marks))
    blocks += _intro(version, marks, level + 1)
    use_vidare = any(p.vidaredelegation for _, p in version.all_points())
    blocks += [_chapter(chapter, marks, use_vidare) for chapter in version.chapters]
    if version.abbreviations:
        blocks.append(Heading("Förkortningar", level + 1))
        pairs = tuple((a.short.strip(), (a.long.strip(),)) for a in version.abbreviations)
        blocks.append(Fields(pairs, 25))
    return blocks


def _header_fields(version: Version, marks: ChangeMarks) -> Fields:
    extra = [name for name in version.header if name not in HEADER_FIELDS]
    names = [name for row in HEADER_ROWS for name, _span in row] + extra
    pairs = []
    for name in names:
        value = version.header.get(name, "")
        pairs.append((name, (_runs(marks.header(name, value)),) if value.strip() else ()))
    return Fields(tuple(pairs), 45, ruled=True)


def _revisions(version: Version, marks: ChangeMarks) -> Table:
    header = (tuple(Cell(h, bold=True) for h in REVISION_COLUMNS),)
    rows = []
    for rev in version.revisions:
        new = marks.revision_new(rev.beslut, rev.text)
        rows.append(tuple(Cell(x.strip(), mark=new) for x in (rev.beslut, rev.text, rev.dnr)))
    return Table((35, 100, 35), header, tuple(rows))


def _intro(version: Version, marks: ChangeMarks, level: int) -> list[Block]:
    blocks: list[Block] = []
    for section in version.intro:
        is_new = marks.intro_heading_new(section.heading)
        if section.heading.strip():
            blocks.append(Heading((Run(section.heading.strip(), mark=is_new),), level))
        bullets: list[Segments] = []
        for para in [p for p in section.text.split("\n\n") if p.strip()]:
            for line in para.split("\n"):
                bullet = line.startswith("- ")
                segments = marks.intro_line(section.heading, line[2:] if bullet else line)
                if bullet:
                    bullets.append(segments)
                    continue
                if bullets:
                    blocks.append(Items(tuple(_runs(b) for b in bullets)))
                    bullets = []
                if line.strip():
                    blocks.append(Para(_runs(segments)))
        if bullets:
            blocks.append(Items(tuple(_runs(b) for b in bullets)))
    return blocks


def _chapter(chapter: Chapter, marks: ChangeMarks, use_vidare: bool) -> Table:
    names = list(POINT_COLUMNS)
    widths = WIDTHS_WITH_VIDARE if use_vidare else WIDTHS
    if use_vidare:
        names.insert(5, VIDARE_COLUMN)
    chapter_title = Cell(
        chapter.title.strip(), colspan=len(names), bold=True, mark=marks.chapter_new(chapter.title)
    )
    header = ((chapter_title,), tuple(Cell(h, bold=True) for h in names))
    rows = tuple(_point_row(p, marks, use_vidare, p.uid in marks.new_uids) for p in chapter.points)
    return Table(tuple(float(w) for w in widths), header, rows, font_size=8.5)


def _point_row(point: Point, marks: ChangeMarks, use_vidare: bool, new: bool) -> tuple[Cell, ...]:
    uid = point.uid
    cells = [
        Cell(display_nr(point.nr), mark=new),
        Cell(_runs(marks.text(uid, "arende", point.arende)), mark=new),
        Cell(_runs(marks.text(uid, "lagrum", point.lagrum)), mark=new),
        Cell(_lines(marks.roles(uid, "delegat", point.delegat)), mark=new),
        Cell(_lines(marks.roles(uid, "ersattare", point.ersattare)), mark=new),
        Cell(_runs(marks.text(uid, "anmarkning", point.anmarkning)), mark=new),
    ]
    if use_vidare:
        vidare = _runs(marks.text(uid, "vidaredelegation", point.vidaredelegation))
        cells.insert(5, Cell(vidare, mark=new))
    return tuple(cells)


def anmalan_blocks(
    decisions: list[Delegationsbeslut],
    meeting: Meeting,
    organ: Organ,
    cutoff: date,
    level: int = 2,
    anchor: str = "",
) -> list[Block]:
    """The list of delegationsbeslut anmälda at the meeting (reports/delegationsbeslut_pdf)."""
    blocks: list[Block] = [
        *title("Anmälan av delegationsbeslut", level, anchor),
        Para(
            f"{organ.name}, sammanträdet {format_date_long(meeting.date)}. Beslut som kommit "
            f"in senast {format_date(cutoff)} och inte anmälts tidigare."
        ),
    ]
    if not decisions:
        return [*blocks, Para("Inga delegationsbeslut att anmäla.")]
    rows = tuple(
        (
            Cell(format_date(b.date)),
            Cell(b.dnr.strip()),
            Cell((b.beslut or b.title).strip()),
            Cell(b.delegat.strip()),
            Cell(punkt_text(b)),
        )
        for b in decisions
    )
    header = (tuple(Cell(h, bold=True) for h in ANMALAN_HEADERS),)
    count = "1 beslut" if len(decisions) == 1 else f"{len(decisions)} beslut"
    return [
        *blocks,
        Table(tuple(float(w) for w in ANMALAN_WIDTHS), header, rows),
        Para(f"Totalt {count}.", "small"),
    ]
