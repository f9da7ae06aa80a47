"""A Word document read as the text Word itself writes when it is saved as plain text: each
paragraph a line, each table row a line with its cells set apart by tabs. A secretary's
ärendelista or list of delegationsbeslut is often last meeting's kallelse in Word: a table
(Nr, Ärende, Dnr) under the kallelse's heading, or numbered paragraphs with tabs between the
columns. Read so, it goes through the same reading as a list saved as .txt or pasted from a
web page (agenda_import, beslut_list), which knows document headings, wrapped titles and
lines after the list.

What python-docx alone would not give is made plain first, as for a delegationsordning:
numbers Word draws itself in a numbered list are written into the text, text in text boxes
and content controls is read, and tracked deletions and hidden text are left out with a line
in the report (delegation_docx_xml.flatten). A cell of several paragraphs stays one cell
(quoted, as a CSV writes it); a table nested in a cell gives a line per row, its cells set
apart by " | "."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable

from ksdesk.core.import_report import ImportReport
from ksdesk.interchange.import_guard import open_word

_ZIP_MAGIC = b"PK\x03\x04"
_WORD_PART = "word/document.xml"
_TABS = re.compile(r"\t+")
# A paragraph that goes on with a list: its number first ("12. Information", "§ 12 Övrigt").
_NUMBERED = re.compile(r"^\s*(§\s*)?\d{1,3}\s*[.):]?\s+\S")
_AFTER_TABLE = "står efter listans tabell, dokumentets avslutning: läses inte in"


def is_docx(data: bytes) -> bool:
    """Whether the bytes are a Word document (.docx, .docm): a zip holding word/document.xml.
    A workbook is a zip too; its parts are under xl/."""
    if not data.startswith(_ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return _WORD_PART in package.namelist()
    except (zipfile.BadZipFile, ValueError):
        return False


def docx_as_text(
    data: bytes,
    filename: str,
    report: ImportReport,
    is_header: Callable[[list[str]], bool] = lambda _cells: False,
    places: list[str] | None = None,
) -> bytes:
    """The document as UTF-8 text, a line per paragraph and per table row (tab-separated,
    quoted where a cell holds a line break, a tab or a quote mark). A paragraph's tabs part
    its columns only where a paragraph of the document is a rubrikrad so parted
    (`is_header`: "Nr<tab>Ärende<tab>Dnr"); else they only align its words ("1. Budget
    2027<tab><tab>KS 2026/412", a numbered list as Word writes one) and the line is read
    whole, as a list pasted as text is. `places` gets where each line stands as Word shows
    it ("Tabell 1, rad 3", "Stycke 12": the paragraphs with text counted, tables aside)."""
    blocks = _blocks(data, filename, report)
    rows = {at: _numbered_rows(b) for at, b in enumerate(blocks) if hasattr(b, "rows")}
    closing = _closing(blocks, rows, is_header)
    lines = [b.text for b in blocks if not hasattr(b, "rows")]
    columns = any("\t" in line and is_header(line.split("\t")) for line in lines)
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    found: list[str] = []
    tables = paragraphs = 0
    for index, block in enumerate(blocks):
        if index in rows:
            tables += 1
            for number, cells in rows[index]:
                writer.writerow(cells)
                found.append(f"Tabell {tables}, rad {number}")
        elif block.text.strip():
            text = block.text
            paragraphs += 1
            if index >= closing:
                report.drop(f"Stycke {paragraphs}", _TABS.sub(" ", text).strip(), _AFTER_TABLE)
                continue
            writer.writerow(text.split("\t") if columns else [_TABS.sub("    ", text)])
            found.append(f"Stycke {paragraphs}")
    if places is not None:
        places[:] = found
    return out.getvalue().encode("utf-8")


def _closing(
    blocks: list,
    rows: dict[int, list[tuple[int, list[str]]]],
    is_header: Callable[[list[str]], bool],
) -> int:
    """Where the document's closing paragraphs start ("Välkomna!", the ordförande's name,
    where to send förhinder): after its last table, when a table holds the list's rubrikrad,
    or after the last numbered paragraph that goes on with the list under it ("12. Övriga
    frågor"). Read as lines of the list, they became rubrikrader and ärenden. len(blocks)
    when there are none. `rows`: each table's rows, by its place among the blocks."""
    if not any(is_header(cells) for table in rows.values() for _number, cells in table):
        return len(blocks)
    last = max(rows)
    numbered = [
        at
        for at, block in enumerate(blocks[last + 1 :], start=last + 1)
        if _NUMBERED.match(block.text)
    ]
    return (numbered[-1] if numbered else last) + 1


def tables_of(
    data: bytes, filename: str, report: ImportReport
) -> list[tuple[list[str], list[list[str]]]]:
    """Each table of the document: the paragraphs between it and the table before (its
    caption, "Belopp i tkr"), and its rows; the paragraphs after the last table last, with
    no rows."""
    tables, above = [], []
    for block in _blocks(data, filename, report):
        if hasattr(block, "rows"):
            tables.append((above, _table_rows(block)))
            above = []
        elif block.text.strip():
            above.append(_TABS.sub(" ", block.text).strip())
    return [*tables, (above, [])] if above else tables


def _blocks(data: bytes, filename: str, report: ImportReport) -> list:
    """The document's paragraphs and tables in order, made plain (module docstring)."""
    from ksdesk.interchange.delegation_docx_numbering import materialise
    from ksdesk.interchange.delegation_docx_xml import flatten

    document = open_word(data, filename)
    flatten(document.element.body, report)
    materialise(document)  # "1. Val av justerare": the number Word draws, in the text
    return list(document.iter_inner_content())


def _table_rows(table) -> list[list[str]]:
    return [cells for _number, cells in _numbered_rows(table)]


def _numbered_rows(table) -> list[tuple[int, list[str]]]:
    """Each row's cells as text, with its number in the table as Word counts its rows (from
    1, empty rows too), a cell merged across columns in the first of them and the others
    empty, as a spreadsheet keeps it (python-docx gives the merged cell for each column it
    spans): the columns stay in place under a header of two lines. Empty rows are left out."""
    rows = []
    for number, row in enumerate(table.rows, start=1):
        cells, previous = [], None
        for cell in row.cells:
            cells.append("" if cell._tc is previous else _cell_text(cell))
            previous = cell._tc
        if any(text.strip() for text in cells):
            rows.append((number, cells))
    return rows


def _cell_text(cell) -> str:
    lines = []
    for block in cell.iter_inner_content():
        if hasattr(block, "rows"):
            lines += [" | ".join(t for t in row if t.strip()) for row in _table_rows(block)]
        else:
            lines.append(block.text.replace("\t", " "))
    return "\n".join(lines).strip()
