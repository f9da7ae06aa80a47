"""Last meeting's kallelse or föredragningslista as the kommun published it, in a PDF, read as
the text a list copied out of it is, so that the reading of a pasted or text list
(agenda_import) finds its ärendelista under its heading, by the same rules.

Each page is read as it is seen (agenda_pdf_lines: ksdesk's own reading of the content
streams, each line parted into cells where its strings stand further apart than a word
space). Where a line of the document is a rubrikrad so parted ("Nr | Ärende | Dnr |
Föredragande"), the lines under it are written as rows of those columns, a cell a column by
where it stands, and a title that wraps onto the next line of its cell (no number of its own,
no border and no more than a line's spacing between) joins the row above, as Word keeps one
cell; every other line is one line of text, its columns a tab stop's four spaces apart, as
Word's text gives a numbered list with its Dnr after tabs (docx_as_text).

A line at the top or foot of two pages or more, digits aside (the running header "Kallelse
Kommunstyrelsen Sida 2 (3)", the footer with the address), is the page's: it is reported
for each page, never read into the title it interrupts (beslut_pdf.running_lines). A page
whose font ksdesk's reader cannot read is read by pypdf, with a warning naming it; a PDF
with no text at all (a scan) is refused with what to do. Each line keeps where it stood,
"Sida 2, rad 5", for the report."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from ksdesk.core.dnr import dnr_line
from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport
from ksdesk.core.page_key import page_key
from ksdesk.interchange.agenda_header_lines import second_line
from ksdesk.interchange.agenda_layout import names_presenter
from ksdesk.interchange.agenda_pdf_aligned import at_row_tops
from ksdesk.interchange.agenda_pdf_edges import without_running
from ksdesk.interchange.agenda_pdf_lines import Cell, SeenLine, number_only
from ksdesk.interchange.agenda_pdf_pages import ASK, Page, list_pages
from ksdesk.interchange.agenda_pdf_plain import header_run, is_plain, plain_rows
from ksdesk.interchange.agenda_pdf_plain_header import plain_header
from ksdesk.interchange.agenda_pdf_table import (
    WRAP_SPACING,
    Table,
    broken_short,
    columns_of,
    dnr_goes_on,
    next_paragraph,
    own_line,
    table_headings,
    table_of,
    wraps,
)
from ksdesk.interchange.agenda_rows import AFTER_LIST
from ksdesk.interchange.agenda_title import names_line

_ALIGNED = 0.5  # sizes: lines starting this close stand at one tab stop or indent
_TAB_STOP = "    "  # what docx_as_text writes for a paragraph's tabs outside a table


def is_pdf(data: bytes) -> bool:
    return data.lstrip()[:5] == b"%PDF-"


def pdf_as_text(
    data: bytes,
    filename: str,
    report: ImportReport,
    is_header: Callable[[list[str]], bool],
    places: list[str],
) -> bytes:
    """The PDF's lines as UTF-8 text (tab-separated rows under a rubrikrad `is_header`
    knows), the running header and footer reported and left out; `places` gets each
    record's place ("Sida 2, rad 5"), in order. InvalidInput for a PDF without text."""
    found = list_pages(data, filename, report, is_header)
    pages = found.pages
    if not any(page.lines for page in pages):
        raise InvalidInput(
            f"{filename} har ingen text att läsa: den är troligen inskannad (en bild av "
            f"papperet). {ASK}"
        )
    header = _rubrikrad(pages, is_header)
    placed = plain_header(pages, is_header) if header is None else None
    header = placed[0] if placed else header
    without_running(pages, found.around, header, report)
    lines = [line for page in pages for line in page.lines]
    headings: list[Cell] = []
    table = None
    if placed:  # the rubrikrad only on a page pypdf read: the rows under it tell its columns
        headings = header.cells  # type: ignore[union-attr]
        table = table_of([line for line in placed[1] if line in lines], headings)
    elif header is not None:
        headings = table_headings(lines, header)
        at_row_tops(pages, header, headings)  # a row set at its foot or middle: at its top
        lines = [line for page in pages for line in page.lines]
        table = table_of(lines[lines.index(header) + 1 :], headings)
    records = _records(pages, header, (headings, table), report)
    if header is not None:
        records = _without_closing(records, headings, report)
    if found.dated:  # the meeting's date from a page before the list, read with it
        page, line = found.dated
        records.insert(0, (f"Sida {page.number}, rad {line.row}", [_as_text(line)]))
        records[0][1].extend([""] * (len(headings) - 1))
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    for place, cells in records:
        places.append(place)
        if header is None:
            out.write(cells[0] + "\n")  # text as a copy gives it, its quote marks as they are
        else:
            writer.writerow(cells)
    return out.getvalue().encode("utf-8")


_Record = tuple[str, list[str]]  # where it stands ("Sida 2, rad 5"), its cells


def _records(
    pages: list[Page],
    header: SeenLine | None,
    table: tuple[list[Cell], Table | None],
    report: ImportReport,
) -> list[_Record]:
    """The lines as records: above the rubrikrad (or with none) a line of text each; under
    it a row of its `headings`' columns, a cell's next lines joined to it; the rubrikrad
    repeated at a page's head reported, not read. `table`: its headings and what tells its
    rows apart (agenda_pdf_table)."""
    headings, rows = table
    records: list[_Record] = []
    above: list[list[Cell]] = []  # the cells of the row's last line, by column
    under = False  # past the rubrikrad
    indent: float | None = None  # where the last numbered paragraph's text stands
    # The rubrikrad's second line ("Före-" over "dragande", read with it by the text's
    # reading, agenda_header_lines), repeated under it on a new page; "" for none.
    second: str | None = None
    names_at = next((at for at, c in enumerate(headings) if names_presenter(c.text)), None)
    dnr_at = next((at for at, c in enumerate(headings) if c.text and _field(c.text) == "dnr"), None)
    texts = [c.text for c in headings]
    for page in pages:
        lines = page.lines
        run = header_run(lines, texts) if header and not under and is_plain(lines) else None
        if run is not None:  # the rubrikrad on a page pypdf read: the table starts there
            for line in lines[:run]:
                place = f"Sida {page.number}, rad {line.row}"
                records.append((place, [line.text] + [""] * (len(texts) - 1)))
            records.append((f"Sida {page.number}, rad {lines[run].row}", list(texts)))
            under, second = True, ""  # its repeat, parted, on a later page is reported
            lines = lines[run + sum(1 for t in texts if t) :]
        plain = plain_rows(lines, texts) if under else None
        if plain is not None and is_plain(lines):  # pypdf's page: a cell a line
            for line, cells in plain:
                place = f"Sida {page.number}, rad {line.row}"
                if cells:
                    records.append((place, cells))
                else:
                    report.drop(place, line.text, "rubrikraden, upprepad på ny sida")
            continue
        previous: SeenLine | None = None  # the row's last line: a row is a page's
        for line in _below_repeated_rubrikrad(page, header if under else None, report):
            place = f"Sida {page.number}, rad {line.row}"
            if header is None or not under:
                under = line is header
                if not under and records and _goes_on(line, previous, indent):
                    records[-1][1][0] += " " + _as_text(line)
                else:
                    cells = [c.text for c in headings] if under else [_as_text(line)]
                    # As wide as the rubrikrad, so the reader of the text parts every line by
                    # its tabs (agenda_csv reads the delimiter off the first lines).
                    records.append((place, cells + [""] * (len(headings) - len(cells))))
                    indent = _hanging_indent(line)
                previous = None if under else line  # a row never wraps into the rubrikrad
                continue
            columns = columns_of(line, headings)
            cells = [" ".join(c.text for c in column) for column in columns]
            if second is None:  # the line right under the rubrikrad: its second line?
                texts = [c.text for c in headings]
                second = page_key(line.text) if second_line(texts, cells) is not None else ""
            elif page_key(line.text) in (page_key(header.text), second):
                report.drop(place, line.text, "rubrikraden, upprepad på ny sida")
                continue
            if previous and rows and wraps(line, previous, (columns, above), rows):
                # A line broken short in its cell is a line of its own, as Word keeps it
                # ("Ärende/Föredragande": the föredragande on the cell's last line).
                row = records[-1][1]  # as long as `cells`: both are the rubrikrad's width
                for at, text in enumerate(cells):
                    short = broken_short(columns[at], above[at], rows.ends[at], line.size)
                    # Under "Ärende/Föredragande" a full title line may be followed by the
                    # names ("Sara Holm och Linda Mäkinen"): the cell's last line all the same.
                    short = short or (at == names_at and names_line(text)) or own_line(text)
                    short = short or next_paragraph(row[at], text)
                    if at == dnr_at and dnr_goes_on(row[at], text):
                        row[at] += text  # "BN-2024-0024" over "00": one Dnr
                        continue
                    row[at] = ("\n" if short else " ").join(p for p in (row[at], text) if p)
            else:
                records.append((place, cells))
            previous, above = line, columns
    return records


def _below_repeated_rubrikrad(
    page: Page, header: SeenLine | None, report: ImportReport
) -> list[SeenLine]:
    """A later page's lines from its repeated rubrikrad on: what stands above it is the
    page's own head ("KUNGSBACKA KOMMUN" over the Nr column, on page 2 of a 2-page list, so
    never seen as a running header), reported, not read as a row (it was an ärende without a
    title, and the whole import was refused)."""
    if header is None:
        return page.lines
    key = page_key(header.text)
    at = next((i for i, line in enumerate(page.lines) if page_key(line.text) == key), 0)
    for line in page.lines[:at]:
        report.drop(f"Sida {page.number}, rad {line.row}", line.text, "sidhuvud, inte ett ärende")
    return page.lines[at:]


def _without_closing(
    records: list[_Record], headings: list[Cell], report: ImportReport
) -> list[_Record]:
    """The records up to the table's last numbered row; the lines after it (the signatures,
    "Sida 1 av 1", the bilagor's list) reported, not read as rows. The numbers stand under
    "Nr", or in the margin column left of the first heading."""
    from ksdesk.interchange.agenda_rows import read_nr

    nr = next((at for at, c in enumerate(headings) if not c.text or _field(c.text) == "nr"), None)
    if nr is None:
        return records  # the list's end is the reading of the rows' (agenda_pasted.list_end)
    numbered = [at for at, (_, cells) in enumerate(records) if cells[nr] and read_nr(cells[nr])]
    last = numbered[-1] if numbered else len(records) - 1
    for place, cells in records[last + 1 :]:
        report.drop(place, " ".join(c for c in cells if c), AFTER_LIST)
    return records[: last + 1]


def _field(heading: str) -> str | None:
    """The field a heading of the rubrikrad names ("Beteckning": dnr)."""
    from ksdesk.interchange.agenda_header import field_of

    return field_of(heading)[0]


_PAGE_ROW = re.compile(r"Sida (\d+), rad (\d+)")
_PARAGRAPH = re.compile(r"Stycke (\d+)")


def in_page_order(report: ImportReport) -> None:
    """The lines left out of a PDF said top to bottom, page by page, and a Word document's
    paragraphs in their order, as the secretary reads the file (the running header, the
    lines above the rubrikrad and after the list were found at different steps); a line
    naming no page or paragraph keeps its place."""
    lines = report.dropped
    for pattern in (_PAGE_ROW, _PARAGRAPH):  # a Word document's paragraphs among themselves
        found = [(at, pattern.fullmatch(line.where)) for at, line in enumerate(lines)]
        placed = [(tuple(map(int, m.groups())), at) for at, m in found if m]
        ordered = [lines[at] for _, at in sorted(placed)]
        for (_, at), line in zip(placed, ordered, strict=True):
            lines[at] = line


def _rubrikrad(pages: list[Page], is_header: Callable[[list[str]], bool]) -> SeenLine | None:
    """The first line parted into cells that is a rubrikrad ("Nr | Ärende | Dnr")."""
    for page in pages:
        for line in page.lines:
            if len(line.cells) > 1 and line.size and is_header([c.text for c in line.cells]):
                return line
    return None


def _as_text(line: SeenLine) -> str:
    """A line outside the table: one line of text, a list's number with its title
    ("1." drawn at the hanging indent), columns a tab stop apart."""
    cells = [cell.text for cell in line.cells]
    if len(cells) > 1 and number_only(line.cells[:1]):
        cells[:2] = [f"{cells[0]} {cells[1]}"]
    return _TAB_STOP.join(cells)


def _hanging_indent(line: SeenLine) -> float | None:
    """Where the text of a numbered paragraph stands ("3." at the margin, its title at the
    hanging indent or the title's tab stop); None for a line without its number first."""
    numbered = len(line.cells) > 1 and number_only(line.cells[:1])
    return line.cells[1].x if numbered else None


def _goes_on(line: SeenLine, previous: SeenLine | None, indent: float | None) -> bool:
    """Whether the line is the next line of the numbered paragraph above: it starts at the
    paragraph's hanging indent, in its style, a line's spacing under it (or first on its
    page, under the running header, the paragraph last on the page before)."""
    if indent is None or abs(line.x - indent) > _ALIGNED * line.size or line.bold:
        return False
    if dnr_line(line.text):  # "Dnr KS 2020/434" under the title: the text route reads it
        return False
    if previous is None:
        return True
    near = previous.y - line.y <= WRAP_SPACING * max(line.size, previous.size)
    return near and not previous.bold
