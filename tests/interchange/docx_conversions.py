"""A Word delegationsordning rewritten the way a PDF-to-Word conversion (Word's own PDF reflow,
Adobe Acrobat's export) or a careless edit changes the file, while the points it holds stay
the same. Each conversion takes the python-docx Document of a built test document and changes
it in place; `convert(source, target, names)` applies several, in order.

PDF conversions: every visual line of a cell a paragraph of its own, or lines joined by manual
line breaks; runs split mid-word with other rsids and fonts; every page's table a table of its
own (header row repeated or not, an empty paragraph or a section break between, the running
header and "Sida 7 (20)" as body text or in a frame or text box); extra empty paragraphs in
cells; non-breaking spaces, soft hyphens and tabs inside the text.
The careless edits are in docx_edits, the list of both in conversion_results; the helpers
here serve both.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ksdesk.interchange.delegation_layout import header_layout
from tests.interchange.real_delegation_third import text_box

Conversion = Callable[[object], None]
_LINE_WIDTH = 28  # characters on a visual line of a narrow cell
_ROWS_A_PAGE = 3
_NUMBER = re.compile(r"^\d+(?:\.\d+)+$")
_NUMBERED_TITLE = re.compile(r"^(?:[A-ZÅÄÖ]\.?\s?)?\d+(?:\.\d+)*\.?\s+[A-ZÅÄÖ]")


# Helpers --------------------------------------------------------------------------------------


def _body(document):
    return document.element.body


def _tables(document) -> list:
    """Every table of the body, also one in a one-cell layout table (not that one itself),
    but none nested in a cell of a real table."""
    return [
        t
        for t in _body(document).iter(qn("w:tbl"))
        if not _layout(t) and all(_layout(outer) for outer in t.iterancestors(qn("w:tbl")))
    ]


def _layout(table) -> bool:
    rows = _rows(table)
    return len(rows) == 1 and len(_cells(rows[0])) == 1


def _rows(table) -> list:
    """The table's rows; a row in a content control of its own is its w:sdt."""
    return [child for child in table if child.tag in (qn("w:tr"), qn("w:sdt"))]


def _tr(row):
    return row if row.tag == qn("w:tr") else row.find(f".//{qn('w:tr')}")


def _cells(row) -> list:
    return _tr(row).findall(qn("w:tc"))


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _cell_texts(row) -> list[str]:
    return ["\n".join(_text(p) for p in c.findall(qn("w:p"))) for c in _cells(row)]


def _header(row) -> bool:
    return header_layout(_cell_texts(row)) is not None


def _paragraph(text: str = "", style: str | None = None, bold: bool = False):
    style_xml = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    run = ""
    if text:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        run = f'<w:r>{rpr}<w:t xml:space="preserve">{_escape(text)}</w:t></w:r>'
    return parse_xml(f"<w:p {nsdecls('w')}>{style_xml}{run}</w:p>")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _point_rows(document):
    """(table, row, header cells) of every row under a header row, as a point table has them."""
    for table in _tables(document):
        header: list[str] | None = None
        for row in _rows(table):
            if _header(row):
                header = _cell_texts(row)
            elif header is not None:
                yield table, row, header


def _column(header: list[str], name: str) -> int | None:
    layout = header_layout(header)
    return None if layout is None else layout.index_of(name)


def _new_cell(width: int = 300):
    return parse_xml(
        f'<w:tc {nsdecls("w")}><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p/></w:tc>'
    )


def _add_grid_column(table, index: int) -> None:
    grid = table.find(qn("w:tblGrid"))
    column = parse_xml(f'<w:gridCol {nsdecls("w")} w:w="300"/>')
    columns = grid.findall(qn("w:gridCol"))
    if index >= len(columns):
        grid.append(column)
    else:
        columns[index].addprevious(column)


# PDF conversions -------------------------------------------------------------------------------


def _wrap_offsets(text: str, width: int) -> list[int]:
    """Offsets of the spaces where a line of `width` characters breaks."""
    offsets, start = [], 0
    while len(text) - start > width:
        space = text.rfind(" ", start, start + width + 1)
        if space <= start:
            space = text.find(" ", start + width)
            if space < 0:
                break
        offsets.append(space)
        start = space + 1
    return offsets


def _break_lines(paragraph, width: int) -> list:
    """Manual line breaks where the paragraph's lines wrap: each break starts a new run (its
    space gone); the runs that start a line are returned."""
    runs = [r for r in paragraph.findall(qn("w:r"))]
    texts = [r.findall(qn("w:t")) for r in runs]
    if not runs or any(len(t) != 1 for t in texts) or paragraph.find(qn("w:hyperlink")) is not None:
        return []
    full = "".join(t[0].text or "" for t in texts)
    breaks = set(_wrap_offsets(full, width))
    starts, position = [], 0
    for run, (t,) in zip(runs, texts, strict=True):
        text = t.text or ""
        cut = [i - position for i in sorted(breaks) if position <= i < position + len(text)]
        position += len(text)
        current, pieces = run, []
        for offset in reversed(cut):
            pieces.append(text[offset + 1 :])
            text = text[:offset]
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        for piece in reversed(pieces):
            new = copy.deepcopy(run)
            new.find(qn("w:t")).text = piece
            new.find(qn("w:t")).addprevious(parse_xml(f"<w:br {nsdecls('w')}/>"))
            current.addnext(new)
            current = new
            starts.append(new)
    return starts


def _cell_paragraphs(document) -> list:
    return [p for table in _tables(document) for p in table.iter(qn("w:p"))]


def lines_with_breaks(document) -> None:
    """Each visual line of a cell ends in a manual line break (Word's PDF reflow)."""
    for paragraph in _cell_paragraphs(document):
        _break_lines(paragraph, _LINE_WIDTH)


def lines_as_paragraphs(document) -> None:
    """Each visual line of a cell a paragraph of its own (Acrobat's export)."""
    for paragraph in _cell_paragraphs(document):
        starts = _break_lines(paragraph, _LINE_WIDTH)
        for start in reversed(starts):
            start.remove(start.find(qn("w:br")))
            new = _paragraph()
            properties = paragraph.find(qn("w:pPr"))
            if properties is not None:
                new.append(copy.deepcopy(properties))
            following = [start, *start.itersiblings()]
            for element in following:
                new.append(element)
            paragraph.addnext(new)


def split_runs(document) -> None:
    """Every run of more than five characters split mid-word, the second half with another
    rsid and font, as a conversion writes text run by run."""
    for run in list(_body(document).iter(qn("w:r"))):
        t = run.findall(qn("w:t"))
        if [c.tag for c in run if c.tag != qn("w:rPr")] != [qn("w:t")] or len(t[0].text or "") < 6:
            continue
        text = t[0].text
        half = len(text) // 2
        second = copy.deepcopy(run)
        t[0].text = text[:half]
        t[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        second.find(qn("w:t")).text = text[half:]
        second.find(qn("w:t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        second.set(qn("w:rsidR"), "00A1B2C3")
        properties = second.find(qn("w:rPr"))
        if properties is None:
            properties = parse_xml(f"<w:rPr {nsdecls('w')}/>")
            second.insert(0, properties)
        properties.insert(
            0, parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="Arial" w:hAnsi="Arial"/>')
        )
        run.addnext(second)


def _split_tables(document, between: Callable[[int, int], list], repeat_header: bool) -> None:
    """Every table cut into pages of a few rows, never inside a cell merged down; `between`
    gives what stands between page n and the next (of all pages)."""
    tables = _tables(document)
    pages_before = 0
    pieces_of = []
    for table in tables:
        rows = _rows(table)
        header = next((r for r in rows[:3] if _header(r)), None)
        pieces, current = [], []
        for row in rows:
            if len(current) >= _ROWS_A_PAGE and not _merged_down(row) and row is not header:
                pieces.append(current)
                current = []
            current.append(row)
        pieces.append(current)
        pieces_of.append((table, header, pieces))
    total = sum(len(p) for _, _, p in pieces_of)
    for table, header, pieces in pieces_of:
        anchor = table
        for number, rows in enumerate(pieces[1:], start=1):
            page = pages_before + number
            for element in between(page, total):
                anchor.addnext(element)
                anchor = element
            new = copy.deepcopy(table)
            for row in _rows(new):
                new.remove(row)
            if repeat_header and header is not None and header not in rows:
                new.append(copy.deepcopy(header))
            for row in rows:
                new.append(row)
            anchor.addnext(new)
            anchor = new
        pages_before += len(pieces)


def _running(page: int, total: int) -> str:
    return f"Xxx kommun\tDelegering av beslutanderätt Kommunstyrelsen\t{page + 1} ({total + 1})"


def pages_with_empty_paragraph(document) -> None:
    _split_tables(document, lambda page, total: [_paragraph()], repeat_header=False)


def pages_with_section_break(document) -> None:
    def between(page: int, total: int) -> list:
        mark = _paragraph()
        mark.insert(0, parse_xml(f"<w:pPr {nsdecls('w')}><w:sectPr/></w:pPr>"))
        return [mark]

    _split_tables(document, between, repeat_header=True)


def pages_with_running_text(document) -> None:
    """The running header and footer as body paragraphs between the pages' tables."""

    def between(page: int, total: int) -> list:
        return [_paragraph(f"Sida {page} ({total + 1})"), _paragraph(_running(page, total))]

    _split_tables(document, between, repeat_header=True)


def pages_with_framed_header(document) -> None:
    """The running header in a frame (framePr) and the page number in a text box."""

    def between(page: int, total: int) -> list:
        frame = _paragraph(_running(page, total))
        frame.insert(
            0, parse_xml(f'<w:pPr {nsdecls("w")}><w:framePr w:w="9000" w:h="400"/></w:pPr>')
        )
        anchor = _paragraph()
        text_box(_Paragraph(anchor), [f"Sida {page} ({total + 1})"])
        return [anchor, frame]

    _split_tables(document, between, repeat_header=False)


class _Paragraph:
    """What text_box needs of a python-docx paragraph: its element."""

    def __init__(self, element) -> None:
        self._p = element


def empty_cell_paragraphs(document) -> None:
    """An empty paragraph before and after the text of every cell."""
    for table in _tables(document):
        for cell in table.iter(qn("w:tc")):
            paragraphs = cell.findall(qn("w:p"))
            if paragraphs:
                paragraphs[-1].addnext(_paragraph())
                paragraphs[0].addprevious(_paragraph())


def _each_text(document, change: Callable[[str], str]) -> None:
    for t in _body(document).iter(qn("w:t")):
        if t.text:
            t.text = change(t.text)
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def nbsp_and_soft_hyphens(document) -> None:
    """A non-breaking space after a number and between every other pair of words, and a soft
    hyphen inside every long word."""

    def change(text: str) -> str:
        text = re.sub(r"(\d) ", "\\1\u00a0", text)
        text = re.sub(r"([^\W\d_]{5})([^\W\d_]{5,})", "\\1\u00ad\\2", text)
        words = text.split(" ")
        return "".join(w + ("\u00a0" if i % 2 == 0 else " ") for i, w in enumerate(words))[:-1]

    _each_text(document, change)


def tabs_for_spaces(document) -> None:
    """A tab instead of every third space, in lines not aligned with tabs already (a list of
    abbreviations in tabbed columns keeps its columns)."""
    for paragraph in _body(document).iter(qn("w:p")):
        texts = paragraph.findall(f"{qn('w:r')}/{qn('w:t')}")
        if paragraph.find(f"{qn('w:r')}/{qn('w:tab')}") is not None:
            continue
        if any("\t" in (t.text or "") for t in texts):
            continue
        for t in texts:
            words = (t.text or "").split(" ")
            t.text = "".join(w + ("\t" if i % 3 == 1 else " ") for i, w in enumerate(words))[:-1]


def _merged_down(row) -> bool:
    """A cell of the row continues a cell merged down from the row above."""
    for cell in _cells(row):
        merge = cell.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
        if merge is not None and merge.get(qn("w:val")) != "restart":
            return True
    return False
