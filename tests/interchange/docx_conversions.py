"""A Word delegationsordning rewritten the way a PDF-to-Word conversion (Word's own PDF reflow,
Adobe Acrobat's export) or a careless edit changes the file, while the points it holds stay
the same. Each conversion takes the python-docx Document of a built test document and changes
it in place; `convert(source, target, names)` applies several, in order.

PDF conversions: every visual line of a cell a paragraph of its own, or lines joined by manual
line breaks; runs split mid-word with other rsids and fonts; every page's table a table of its
own (header row repeated or not, an empty paragraph or a section break between, the running
header and "Sida 7 (20)" as body text or in a frame or text box); extra empty paragraphs in
cells; non-breaking spaces, soft hyphens and tabs inside the text.
Careless edits: an empty column, empty rows, a header cell merged over two columns, a table
indented by gridBefore, cell text in a nested one-cell table, chapter headings typed as bold
rows or bold lines, a title row's text in its second cell, "2.1.12." / "2.1.12 " / a NBSP after
the number, "NY:" and "Ny punkt:" before an Ärende, hyphens in odd Unicode forms.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from ksdesk.interchange.delegation_layout import header_layout
from tests.interchange.real_delegation_third import text_box

Conversion = Callable[[object], None]
_LINE_WIDTH = 28  # characters on a visual line of a narrow cell
_ROWS_A_PAGE = 3
_NUMBER = re.compile(r"^\d+(?:\.\d+)+$")


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


# Careless edits -------------------------------------------------------------------------------


def empty_last_column(document) -> None:
    """An empty column at the right of every table."""
    for table in _tables(document):
        _add_grid_column(table, 10_000)
        for row in _rows(table):
            _tr(row).append(_new_cell())


def _merged_down(row) -> bool:
    """A cell of the row continues a cell merged down from the row above."""
    for cell in _cells(row):
        merge = cell.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
        if merge is not None and merge.get(qn("w:val")) != "restart":
            return True
    return False


def empty_rows(document) -> None:
    """An empty row after every second row (not inside a cell merged down)."""
    for table in _tables(document):
        for number, row in enumerate(_rows(table), start=1):
            following = row.getnext()
            if (
                following is not None
                and following.tag in (qn("w:tr"), qn("w:sdt"))
                and _merged_down(following)
            ):
                continue
            if number % 2 == 0:
                empty = copy.deepcopy(row)
                for cell in _cells(empty):
                    for paragraph in cell.findall(qn("w:p")):
                        cell.remove(paragraph)
                    cell.append(_paragraph())
                    properties = cell.find(qn("w:tcPr"))
                    merge = None if properties is None else properties.find(qn("w:vMerge"))
                    if merge is not None:
                        properties.remove(merge)
                row.addnext(empty)


def merged_header_cell(document) -> None:
    """An empty column after Ärende, the Ärende heading merged over it (gridSpan 2)."""
    for table in _tables(document):
        rows = _rows(table)
        header = next((r for r in rows if _header(r)), None)
        column = None if header is None else _column(_cell_texts(header), "arende")
        if column is None or any(len(_cells(r)) != len(_cells(header)) for r in rows):
            continue
        _add_grid_column(table, column + 1)
        for row in rows:
            cell = _cells(row)[column]
            if _header(row):
                properties = cell.find(qn("w:tcPr"))
                if properties is None:
                    properties = parse_xml(f"<w:tcPr {nsdecls('w')}/>")
                    cell.insert(0, properties)
                properties.append(parse_xml(f'<w:gridSpan {nsdecls("w")} w:val="2"/>'))
            elif _spanning(row):
                continue
            else:
                cell.addnext(_new_cell())


def _spanning(row) -> bool:
    return any(c.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}") is not None for c in _cells(row))


def indented_table(document) -> None:
    """The whole table moved right by one grid column (gridBefore)."""
    for table in _tables(document):
        _add_grid_column(table, 0)
        for row in _rows(table):
            properties = _tr(row).find(qn("w:trPr"))
            if properties is None:
                properties = parse_xml(f"<w:trPr {nsdecls('w')}/>")
                _tr(row).insert(0, properties)
            properties.insert(0, parse_xml(f'<w:gridBefore {nsdecls("w")} w:val="1"/>'))


def nested_arende_table(document) -> None:
    """The Ärende of every point in a one-cell table nested in its cell."""
    for _table, row, header in list(_point_rows(document)):
        column = _column(header, "arende")
        cells = _cells(row)
        if column is None or column >= len(cells) or _spanning(row):
            continue
        cell = cells[column]
        paragraphs = cell.findall(qn("w:p"))
        if not _text(cell).strip():
            continue
        inner = parse_xml(
            f'<w:tbl {nsdecls("w")}><w:tblPr/><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>'
            '<w:tr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr></w:tc></w:tr></w:tbl>'
        )
        inner_cell = inner.find(f"{qn('w:tr')}/{qn('w:tc')}")
        for paragraph in paragraphs:
            inner_cell.append(paragraph)
        cell.append(inner)
        cell.append(_paragraph())  # a cell ends in a paragraph


def _heading_paragraphs(document) -> list:
    styles = {s.style_id: s.name or "" for s in document.styles}
    found = []
    for paragraph in _body(document).findall(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        name = styles.get(style.get(qn("w:val")), "") if style is not None else ""
        following = paragraph.getnext()
        if name.startswith("Heading") and following is not None and following.tag == qn("w:tbl"):
            found.append(paragraph)
    return found


def bold_lines_for_headings(document) -> None:
    """Each heading right above a table typed as a bold line in the Normal style."""
    for paragraph in _heading_paragraphs(document):
        text = _text(paragraph)
        paragraph.addprevious(_paragraph(text, bold=True))
        paragraph.getparent().remove(paragraph)


def bold_rows_for_headings(document) -> None:
    """Each heading right above a table typed as the table's first row instead, bold and
    merged across the table."""
    for paragraph in _heading_paragraphs(document):
        table = paragraph.getnext()
        rows = _rows(table)
        if not rows:
            continue
        width = len(table.find(qn("w:tblGrid")).findall(qn("w:gridCol")))
        span = f'<w:tcPr><w:gridSpan w:val="{width}"/></w:tcPr>'
        row = parse_xml(f"<w:tr {nsdecls('w')}><w:tc>{span}</w:tc></w:tr>")
        row.find(qn("w:tc")).append(_paragraph(_text(paragraph), bold=True))
        rows[0].addprevious(row)
        paragraph.getparent().remove(paragraph)


def title_in_second_cell(document) -> None:
    """A row whose only text is a title ("2.2 Ekonomi och inköp", merged across or in its
    first cell) written in its second cell instead."""
    for table in _tables(document):
        for row in _rows(table):
            cells = _cells(row)
            texts = [_text(c).strip() for c in cells]
            filled = [t for t in texts if t]
            if len(filled) != 1 or _header(row):
                continue
            if len(cells) == 1:
                span = cells[0].find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
                if span is None:
                    continue
                width = int(span.get(qn("w:val")))
                span.set(qn("w:val"), "1")
                anchor = cells[0]
                for _ in range(width - 1):
                    anchor.addnext(_new_cell())
                    anchor = anchor.getnext()
                cells = _cells(row)
            elif not texts[0] or len(cells) < 3:
                continue
            first, second = cells[0], cells[1]
            for paragraph in first.findall(qn("w:p")):
                first.remove(paragraph)
            first.append(_paragraph())
            _move_paragraphs_of(cells[0], second, filled[0])


def _move_paragraphs_of(_old, cell, text: str) -> None:
    for paragraph in cell.findall(qn("w:p")):
        cell.remove(paragraph)
    cell.append(_paragraph(text, bold=True))


def _numbers(document, change: Callable[[str], str]) -> None:
    for _table, row, header in _point_rows(document):
        column = _column(header, "nr")
        cells = _cells(row)
        if column is None or column >= len(cells):
            continue
        texts = list(cells[column].iter(qn("w:t")))
        if len(texts) == 1 and _NUMBER.match(texts[0].text or ""):
            texts[0].text = change(texts[0].text)
            texts[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def number_with_full_stop(document) -> None:
    _numbers(document, lambda nr: f"{nr}.")


def number_with_space(document) -> None:
    _numbers(document, lambda nr: f"{nr} ")


def number_with_nbsp(document) -> None:
    _numbers(document, lambda nr: f"{nr}\u00a0")


def _mark_arende(document, mark: str) -> None:
    for _table, row, header in _point_rows(document):
        column, nr = _column(header, "arende"), _column(header, "nr")
        cells = _cells(row)
        if column is None or column >= len(cells) or _spanning(row):
            continue
        if nr is not None and not _text(cells[nr]).strip():
            continue  # a continuation or a sub-heading
        first = next(iter(cells[column].iter(qn("w:t"))), None)
        start = "" if first is None else (first.text or "").strip()[:1]
        if first is not None and re.match(r"(?i)\s*\(?(ny|ändrad)\b", first.text or ""):
            continue  # marked already
        # Without a Nr column, only a point's own row: not the rest of one broken by a page.
        if start and (nr is not None or start.isupper() or start.isdigit()):
            first.text = mark + first.text
            first.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def ny_before_arende(document) -> None:
    _mark_arende(document, "NY: ")


def ny_punkt_before_arende(document) -> None:
    _mark_arende(document, "Ny punkt: ")


def odd_hyphens(document) -> None:
    """Hyphens as a PDF gives them back: U+2011 (non-breaking) and U+2010."""
    _each_text(document, lambda t: t.replace("-", "\u2011", 1).replace("-", "\u2010"))


# Conversions after which every point is marked as new.
MARKING = {"NY:", "Ny punkt:", "slarvig redigering"}
CONVERSIONS: dict[str, tuple[Conversion, ...]] = {
    "radbrytningar": (lines_with_breaks,),
    "rader som stycken": (lines_as_paragraphs,),
    "delade textkörningar": (split_runs,),
    "sidor, tomt stycke": (pages_with_empty_paragraph,),
    "sidor, avsnittsbrytning": (pages_with_section_break,),
    "sidor, sidhuvud som text": (pages_with_running_text,),
    "sidor, sidhuvud i ram": (pages_with_framed_header,),
    "tomma stycken i celler": (empty_cell_paragraphs,),
    "hårda mellanslag, mjuka bindestreck": (nbsp_and_soft_hyphens,),
    "tabbar": (tabs_for_spaces,),
    "tom kolumn": (empty_last_column,),
    "tomma rader": (empty_rows,),
    "sammanfogad rubrikcell": (merged_header_cell,),
    "indragen tabell": (indented_table,),
    "nästlad tabell i cell": (nested_arende_table,),
    "fetstil i stället för rubrik": (bold_lines_for_headings,),
    "rubrikrad i tabellen": (bold_rows_for_headings,),
    "titel i andra cellen": (title_in_second_cell,),
    "nummer med punkt": (number_with_full_stop,),
    "nummer med mellanslag": (number_with_space,),
    "nummer med hårt mellanslag": (number_with_nbsp,),
    "NY:": (ny_before_arende,),
    "Ny punkt:": (ny_punkt_before_arende,),
    "udda bindestreck": (odd_hyphens,),
    "pdf-konvertering": (
        pages_with_running_text,
        lines_as_paragraphs,
        split_runs,
        nbsp_and_soft_hyphens,
        empty_cell_paragraphs,
    ),
    "slarvig redigering": (indented_table, empty_rows, number_with_full_stop, ny_before_arende),
}


def convert(source: Path, target: Path, conversions: tuple[Conversion, ...]) -> None:
    document = docx.Document(str(source))
    for conversion in conversions:
        conversion(document)
    document.save(str(target))
