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
    Chapter,
    Delegationsbeslut,
    Point,
    Version,
    display_nr,
    document_title,
    part_starts,
    revision_table,
)
from ksdesk.core.delegation_diff import VersionDiff
from ksdesk.core.delegation_marks import ChangeMarks, Segments
from ksdesk.core.format import format_date, format_date_long
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.reports.base import SANS, SANS_BOLD, available_width, register_fonts
from ksdesk.reports.budget_layout import cell_texts, fit_columns, header_unit, measure, squeezed
from ksdesk.reports.delegation_columns import PrintColumn, print_columns
from ksdesk.reports.delegationsbeslut_pdf import HEADERS as ANMALAN_HEADERS
from ksdesk.reports.delegationsbeslut_pdf import WIDTHS_MM as ANMALAN_WIDTHS
from ksdesk.reports.delegationsbeslut_pdf import punkt_text
from ksdesk.reports.uppfoljning_pdf import ListDocument
from ksdesk.reports.web.handlingar import heading, title
from ksdesk.reports.web.model import Block, Cell, Fields, Heading, Inline, Items, Para, Run, Table

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
    name = document_title(version)
    blocks: list[Block] = title(name, level, anchor)
    if draft_label:
        blocks.append(Para(draft_label, "small"))
    if diff is not None:
        note = (
            Run("Gulmarkerat", mark=True),
            Run(f" är nytt eller ändrat jämfört med {diff.old_name}."),
        )
        blocks.append(Para(note, "small"))
    elif any(p.marked for _, p in version.all_points()):
        note = (
            Run("Gulmarkerat", mark=True),
            Run(" är nytt eller ändrat i denna version, så som dokumentet markerade det."),
        )
        blocks.append(Para(note, "small"))
    header = _header_fields(version, marks)
    blocks += [header] if header.pairs else []
    if version.revisions:
        blocks.append(_revisions(version, marks))
    blocks += _intro(version, marks, level + 1)
    # The paper's columns: its headings, extra columns and widths (reports/delegation_columns,
    # which measures with the fonts registered).
    register_fonts()
    columns = print_columns(version, available_width(), SANS, 8.5, SANS_BOLD)
    for chapter, part in zip(version.chapters, part_starts(version.chapters), strict=True):
        if part:  # a part's title: a heading over its chapters' tables, as on paper
            blocks.append(Heading(part, level + 1))
        blocks.append(_chapter(chapter, marks, columns))
        # The chapter's note, under its table as on paper.
        blocks += [Para(line) for line in chapter.note.split("\n") if line.strip()]
    if version.abbreviations:
        blocks.append(Heading("Förkortningar", level + 1))
        pairs = tuple((a.short.strip(), (a.long.strip(),)) for a in version.abbreviations)
        blocks.append(Fields(pairs, 25))
    return blocks


def _header_fields(version: Version, marks: ChangeMarks) -> Fields:
    """The seed's header (every field, in the table's order) or, for an imported document
    that has other fields, its own: only those with a value, the title printed above."""
    extra = [name for name in version.header if name not in HEADER_FIELDS]
    if all(name in version.header for name in HEADER_FIELDS):
        names = [name for row in HEADER_ROWS for name, _span in row] + extra
    else:
        names = [n for n in HEADER_FIELDS if n in version.header] + extra
        names = [n for n in names if n != "Dokumentnamn" and version.header[n].strip()]
    pairs = []
    for name in names:
        value = version.header.get(name, "")
        pairs.append((name, (_runs(marks.header(name, value)),) if value.strip() else ()))
    return Fields(tuple(pairs), 45, ruled=True)


def _revisions(version: Version, marks: ChangeMarks) -> Table:
    headings, texts = revision_table(version.revisions)
    header = (tuple(Cell(h, bold=True) for h in headings),)
    rows = []
    for rev, row in zip(version.revisions, texts, strict=True):
        new = marks.revision_new(rev.beslut, rev.text)
        rows.append(tuple(Cell(x, mark=new) for x in row))
    return Table((35, 100, 35) if len(headings) == 3 else (35, 135), header, tuple(rows))


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


def _chapter(chapter: Chapter, marks: ChangeMarks, columns: list[PrintColumn]) -> Table:
    """A chapter's table: its title (and subtitle) and the column headings repeat on every
    page; a sub-heading is a row of its own; new or marked points on a yellow ground."""
    title: list[Run] = [Run(chapter.title.strip())]
    if chapter.subtitle:
        title += [Run("\n"), Run(chapter.subtitle.strip(), small=True)]
    chapter_title = Cell(
        tuple(title), colspan=len(columns), bold=True, mark=marks.chapter_new(chapter.title)
    )
    header = ((chapter_title,), tuple(Cell(c.heading, bold=True) for c in columns))
    rows: list[tuple[Cell, ...]] = []
    shaded: list[int] = []
    for point in chapter.points:
        if point.heading:
            first, _, rest = point.heading.partition("\n")
            runs = (Run(first, bold=True),) + ((Run("\n"), Run(rest)) if rest else ())
            shaded.append(len(rows))
            rows.append((Cell(runs, colspan=len(columns)),))
        new = point.uid in marks.new_uids or (marks.diff is None and bool(point.marked))
        rows.append(tuple(Cell(_point_cell(point, marks, c.key), mark=new) for c in columns))
    widths = tuple(c.width for c in columns)
    return Table(widths, header, tuple(rows), 8.5, tuple(shaded), points=True)


def _point_cell(point: Point, marks: ChangeMarks, key: str) -> Inline:
    if key == "nr":
        return display_nr(point.nr)
    if key.startswith("extra:"):
        return point.extra.get(key[len("extra:") :], "")
    if key in ("delegat", "ersattare"):
        return _lines(marks.roles(point.uid, key, getattr(point, key)))
    return _runs(marks.text(point.uid, key, getattr(point, key)))


def anmalan_blocks(
    decisions: list[Delegationsbeslut],
    meeting: Sammantrade,
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


def list_blocks(document: ListDocument, level: int = 2, anchor: str = "") -> list[Block]:
    """Uppföljning av beslut, Redovisning av motioner och medborgarförslag: the paper's lists
    (reports/uppfoljning_pdf), each titled table with its marked rows bold on yellow."""
    blocks: list[Block] = [*title(document.title, level, anchor), Para(document.intro)]
    for lista in document.lists:
        blocks.append(Heading(lista.rubrik, level + 1))
        if not lista.rows:
            blocks.append(Para(lista.tom))
            continue
        header = (tuple(Cell(h, bold=True) for h in lista.headers),)
        rows = tuple(
            tuple(
                Cell(text, bold=index in lista.marked, mark=index in lista.marked) for text in row
            )
            for index, row in enumerate(lista.rows)
        )
        blocks.append(Table(tuple(float(w) for w in lista.widths_mm), header, rows))
    blocks += [Para(note, "small") for note in document.notes]
    return blocks
