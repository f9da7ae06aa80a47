"""The delegationsordning as a Word document (python-docx), laid out like the seed: the title,
the document header table (the seed's four-row grid), the revision table, the introduction,
one table per chapter (a part's title in a heading of its own above the part's first chapter;
a chapter row and the column header Nr | Ärende | Lagrum | Delegat |
Ersättare | Anmärkning, both repeated on every page, "Med rätt att vidaredelegera" when a
point uses it) and the abbreviations. "Sida X av Y" in the footer.

What it writes, delegation_docx.read_docx reads back: the same points, parts, header fields,
revisions, introduction and abbreviations."""

from __future__ import annotations

import io

from ksdesk.core.delegation import (
    HEADER_FIELDS,
    HEADER_ROWS,
    WIDTHS,
    WIDTHS_WITH_VIDARE,
    Chapter,
    Point,
    Version,
    display_nr,
    document_title,
    part_starts,
    point_value,
    revision_table,
    version_columns,
)
from ksdesk.interchange.delegation_docx import PART_STYLE
from ksdesk.interchange.delegation_docx_abbreviations import ABBREVIATIONS_HEADING
from ksdesk.interchange.delegation_docx_page import (
    TEXT_WIDTH_MM,
    page_and_styles,
    running_header_and_footer,
)

HEADER_FILL = "E6E6E6"


def write_docx(version: Version, kommun: str = "", status: str = "") -> bytes:
    """The version as .docx bytes; `status` ("Utkast – ej antagen", "Antagen …") under the
    title, `kommun` in the running header and the document's properties."""
    import docx
    from docx.shared import Pt

    document = docx.Document()
    page_and_styles(document)
    title = document_title(version)
    document.core_properties.title = title
    document.core_properties.author = kommun
    document.core_properties.language = "sv-SE"
    running_header_and_footer(document, " · ".join(x for x in (kommun, title) if x), version)
    document.add_paragraph(title, style="Title")
    if status:
        document.add_paragraph(status, style="Liten").paragraph_format.space_after = Pt(8)
    _header_table(document, version)
    _revision_table(document, version)
    _intro(document, version)
    for chapter, part in zip(version.chapters, part_starts(version.chapters), strict=True):
        if part is not None:  # an empty one ends the part: the next chapters are in none
            document.add_paragraph(part, style=PART_STYLE)
        _chapter_table(document, chapter, version)
    if version.abbreviations:
        document.add_paragraph(ABBREVIATIONS_HEADING, style="Heading 1")
        for abbr in version.abbreviations:
            # A law listed without a short form is its name alone (read back as such).
            line = document.add_paragraph(
                f"{abbr.short} = {abbr.long}" if abbr.short.strip() else abbr.long
            )
            line.paragraph_format.space_after = Pt(2)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# Tables -----------------------------------------------------------------------------------


def _table(document, widths_mm: tuple[int, ...]):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    table = document.add_table(rows=0, cols=len(widths_mm))
    table.style = document.styles["Table Grid"]
    table.autofit = False
    margins = OxmlElement("w:tblCellMar")  # 1 mm each side instead of Word's 1.9 mm
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "57")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(margins)  # the schema's order: tblCellMar before tblLook
    else:
        table._tbl.tblPr.append(margins)
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    return table


def _add_row(table, texts: list[str], widths_mm: tuple[int, ...], *, bold: bool = False):
    from docx.shared import Mm

    row = table.add_row()
    for cell, text, width in zip(row.cells, texts, widths_mm, strict=True):
        cell.width = Mm(width)
        _fill(cell, text, bold=bold)
    return row


def _fill(cell, text: str, *, bold: bool = False, style: str = "Tabelltext") -> None:
    """One paragraph per line, so a role list reads one title per line (and back)."""
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        paragraph = first if i == 0 else cell.add_paragraph()
        # The style's id set directly: python-docx's `paragraph.style = …` looks the default
        # style up again on every call and made the export ten times slower.
        paragraph._p.style = style
        run = paragraph.add_run(line)
        if bold:
            run.bold = True


def _row_flag(row, name: str) -> None:
    """w:tblHeader (repeat on each page) or w:cantSplit (keep a point on one page)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    flag = OxmlElement(f"w:{name}")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _shade(row, fill: str = HEADER_FILL) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for cell in row.cells:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill)
        cell._tc.get_or_add_tcPr().append(shading)


def _header_table(document, version: Version) -> None:
    from docx.shared import Pt

    quarter = (TEXT_WIDTH_MM // 4,) * 4
    table = _table(document, quarter)
    extra = [name for name in version.header if name not in HEADER_FIELDS]
    for spec in [*HEADER_ROWS, *(((name, 4),) for name in extra)]:
        row = table.add_row()
        col = 0
        for name, span in spec:
            cell = row.cells[col]
            if span > 1:
                cell = cell.merge(row.cells[col + span - 1])
            _fill(cell, name, style="Liten")
            paragraph = cell.add_paragraph()
            paragraph._p.style = "Tabelltext"
            paragraph.add_run(version.header.get(name, "")).font.size = Pt(10)
            col += span
    document.add_paragraph()


def _revision_table(document, version: Version) -> None:
    if not version.revisions:
        return
    headings, rows = revision_table(version.revisions)
    widths = (35, TEXT_WIDTH_MM - 70, 35) if len(headings) == 3 else (35, TEXT_WIDTH_MM - 35)
    table = _table(document, widths)
    head = _add_row(table, list(headings), widths, bold=True)
    _shade(head)
    _row_flag(head, "tblHeader")
    for row in rows:
        _row_flag(_add_row(table, list(row), widths), "cantSplit")
    document.add_paragraph()


def _intro(document, version: Version) -> None:
    under = False  # after a heading without text of its own: the sections it heads
    for section in version.intro:
        heads = not section.text.strip()  # "DELEGATION" over "Allmänt om delegation"
        level = 2 if under and not heads else 1  # so that it reads back as their heading
        document.add_paragraph(section.heading, style=f"Heading {level}")
        under = under or heads
        for block in [b for b in section.text.split("\n\n") if b.strip()]:
            for line in block.split("\n"):
                if line.startswith("- "):
                    document.add_paragraph(line[2:], style="List Bullet")
                elif line.strip():
                    document.add_paragraph(line)


def _columns(version: Version) -> tuple[list[str], list[str], tuple[int, ...]]:
    """(keys, headings, widths in mm): the seed's widths for the seed's columns; an imported
    ordning's own headings and extra columns, Nr as wide as its longest number and Ärende
    twice the share of any other column."""
    planned = version_columns(version)
    keys, headings = [k for k, _ in planned], [h for _, h in planned]
    numbered = keys[0] == "nr"  # a document written without numbers has no Nr column
    if numbered and len(keys) == len(WIDTHS) and not version.extra_columns:
        return keys, headings, WIDTHS
    if numbered and len(keys) == len(WIDTHS_WITH_VIDARE) and not version.extra_columns:
        return keys, headings, WIDTHS_WITH_VIDARE
    nr_widths = []
    if numbered:
        longest = max((len(display_nr(p.nr)) for _, p in version.all_points()), default=2)
        nr_widths = [min(max(9, round(longest * 1.7 + 3)), 30)]  # a very long "number" wraps
    weights = [2 if k == "arende" else 1 for k in keys[len(nr_widths) :]]
    rest = TEXT_WIDTH_MM - sum(nr_widths)
    widths = [*nr_widths, *(rest * w // sum(weights) for w in weights)]
    widths[keys.index("arende")] += TEXT_WIDTH_MM - sum(widths)  # rounding's rest to Ärende
    return keys, headings, tuple(widths)


def _point_cells(point: Point, keys: list[str]) -> list[str]:
    cells = [display_nr(point.nr) if k == "nr" else point_value(point, k) for k in keys]
    if point.marked and "arende" in keys:
        # The import reads "NY:" back as the mark it was ("new in this version").
        cells[keys.index("arende")] = (
            f"{'NY' if point.marked == 'ny' else 'ÄNDRAD'}: " + (cells[keys.index("arende")])
        )
    return cells


def _chapter_table(document, chapter: Chapter, version: Version) -> None:
    from docx.shared import Pt

    keys, headers, widths = _columns(version)
    table = _table(document, widths)
    title_row = table.add_row()
    title_cell = title_row.cells[0].merge(title_row.cells[-1])
    _fill(title_cell, chapter.title, bold=True)
    title_cell.paragraphs[0].runs[0].font.size = Pt(10)
    head = _add_row(table, headers, widths, bold=True)
    _shade(head)
    for row in (title_row, head):  # Word repeats both at the top of every page
        _row_flag(row, "tblHeader")
    for i, point in enumerate(chapter.points):
        texts = ([chapter.subtitle] if i == 0 and chapter.subtitle else []) + (
            [point.heading] if point.heading else []
        )
        for text in texts:  # a sub-title or sub-heading: a row of its own, as imported
            row = table.add_row()
            _fill(row.cells[0].merge(row.cells[-1]), text, bold=True)
        _row_flag(_add_row(table, _point_cells(point, keys), widths), "cantSplit")
    # The chapter's note under its table, as imported (read back as the chapter's note).
    for line in [line for line in chapter.note.split("\n") if line.strip()]:
        document.add_paragraph(line)
    document.add_paragraph()
