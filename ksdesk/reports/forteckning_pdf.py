"""The Förteckning med revideringar on paper: the sections of core/delegation_forteckning,
each changed point with a small table of what it said and what it says now (the new words in
yellow)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ksdesk.core.delegation import Version
from ksdesk.core.delegation_diff import FieldChange, VersionDiff
from ksdesk.core.delegation_forteckning import build, title_for
from ksdesk.core.delegation_word_diff import word_segments
from ksdesk.reports.base import PageHeader, available_width, build_pdf, grid_table_style, stylesheet
from ksdesk.reports.delegation_pdf_front import mark, plain
from ksdesk.reports.printable import escape


def render_forteckning(diff: VersionDiff, new: Version, kommun: str = "") -> bytes:
    styles = stylesheet()
    title = title_for(new)
    story: list[Flowable] = [
        Paragraph(escape(title), styles["Title"]),
        Paragraph(f"{escape(diff.new_name)} jämförd med {escape(diff.old_name)}.", styles["Small"]),
        Spacer(1, 4 * mm),
    ]
    sections = build(diff)
    if not sections:
        story.append(Paragraph("Versionerna har samma innehåll.", styles["Normal"]))
    for section in sections:
        story.append(Paragraph(escape(section.heading), styles["H2"]))
        for entry in section.entries:
            bullet = Paragraph(plain(entry.text), styles["Bullet"], bulletText="•")
            if entry.changes:
                story.append(KeepTogether([bullet, _changes_table(entry.changes, styles)]))
            else:
                story.append(bullet)
    return build_pdf(story, title=title, author=kommun, header=PageHeader(left=kommun, right=title))


def _text(value: str | list[str]) -> str:
    return "\n".join(value) if isinstance(value, list) else value


def _changes_table(changes: list[FieldChange], styles) -> Table:
    cell = styles["Cell"]
    data = [[Paragraph(h, styles["CellBold"]) for h in ("Fält", "Tidigare", "Nu")]]
    for change in changes:
        old, new = _text(change.old), _text(change.new)
        data.append(
            [
                Paragraph(escape(change.label), cell),
                Paragraph(plain(old) or "<i>(tomt)</i>", cell),
                Paragraph(mark(word_segments(old, new)) or "<i>(tomt)</i>", cell),
            ]
        )
    rest = available_width() - 14 * mm - 28 * mm
    table = Table(data, colWidths=[28 * mm, rest / 2, rest / 2], hAlign="RIGHT")
    table.setStyle(grid_table_style())
    return table
