"""The web edition of a delegationsordning: the same cells as paper (reports/delegation_pdf),
new and changed text marked, each chapter's column headings a header row that comes back on
every page."""

from __future__ import annotations

from reportlab.lib.units import mm

from ksdesk.core.delegation import (
    HEADER_FIELDS,
    HEADER_ROWS,
    Chapter,
    Point,
    Version,
    display_nr,
    document_title,
    part_starts,
    revision_table,
)
from ksdesk.core.delegation_diff import VersionDiff
from ksdesk.core.delegation_marks import ChangeMarks, Segments
from ksdesk.reports.base import available_width
from ksdesk.reports.delegation_columns import PrintColumn, decision_width, print_columns
from ksdesk.reports.fonts import SANS, SANS_BOLD, register_fonts
from ksdesk.reports.web.handlingar import title
from ksdesk.reports.web.model import Block, Cell, Fields, Heading, Inline, Items, Para, Run, Table


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
    # Förkortningar before the tables that use them, as delegationsordningar print them.
    if version.abbreviations:
        blocks.append(Heading("Förkortningar", level + 1))
        pairs = tuple((a.short.strip(), (a.long.strip(),)) for a in version.abbreviations)
        blocks.append(Fields(pairs, 25))
    # The paper's columns: its headings, extra columns and widths (reports/delegation_columns,
    # which measures with the fonts registered).
    register_fonts()
    columns = print_columns(version, available_width(), SANS, 8.5, SANS_BOLD)
    # The headings nest as the document does: the title, then the introduction's sections,
    # the parts ("Del A Kommunstyrelsen") and Förkortningar one level under it, and each
    # chapter under its part (or, in no part, beside them).
    for chapter, part in zip(version.chapters, part_starts(version.chapters), strict=True):
        if part:  # a part's title: a heading over its chapters' tables, as on paper
            blocks.append(Heading(part, level + 1))
        chapter_level = level + 2 if chapter.part.strip() else level + 1
        blocks += _chapter(chapter, marks, columns, chapter_level)
        # The chapter's note, under its table as on paper; its new words marked.
        notes = [line for line in chapter.note.split("\n") if line.strip()]
        blocks += [Para(_runs(marks.note_line(chapter.title, line))) for line in notes]
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
    # The paper's proportions (reports/delegation_columns): a decision named in words
    # ("regionstyrelsen den 13 januari 2015, § 7") on one line beside "Antaget".
    register_fonts()
    width = available_width()
    decisions = decision_width(texts, SANS, 9, width, tuple(headings), SANS_BOLD)
    dnr = (35 * mm,) if len(headings) == 3 else ()
    return Table((decisions, width - decisions - sum(dnr), *dnr), header, tuple(rows))


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


def _chapter(
    chapter: Chapter, marks: ChangeMarks, columns: list[PrintColumn], level: int
) -> list[Block]:
    """A chapter: its title a heading (paper prints it as the table's first row; on a screen
    a heading is how one finds it), its subtitle under it, then its table, whose column
    headings repeat on every page; a sub-heading is a row of its own; new or marked points
    on a yellow ground."""
    blocks: list[Block] = []
    if chapter.title.strip():
        new = marks.chapter_new(chapter.title)
        blocks.append(Heading((Run(chapter.title.strip(), mark=new),), level))
    if chapter.subtitle.strip():
        blocks.append(Para(chapter.subtitle.strip(), "small"))
    header = (tuple(Cell(c.heading, bold=True) for c in columns),)
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
    return [*blocks, Table(widths, header, tuple(rows), 8.5, tuple(shaded), points=True)]


def _point_cell(point: Point, marks: ChangeMarks, key: str) -> Inline:
    if key == "nr":
        return display_nr(point.nr)
    if key.startswith("extra:"):
        return point.extra.get(key[len("extra:") :], "")
    if key in ("delegat", "ersattare"):
        return _lines(marks.roles(point.uid, key, getattr(point, key)))
    return _runs(marks.text(point.uid, key, getattr(point, key)))
