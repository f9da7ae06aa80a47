"""Careless edits of a Word delegationsordning (docx_conversions has the PDF conversions):
an empty column, empty rows, a header cell merged over two columns, a table indented by
gridBefore, cell text in a nested one-cell table, chapter headings typed as bold lines or as
bold rows over the table, a title row's text in its second cell, "2.1.12." / "2.1.12 " / a
NBSP after the number, "NY:" and "Ny punkt:" before an Ärende, hyphens in odd Unicode forms.
Each takes the python-docx Document and changes it in place."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from tests.interchange.docx_conversions import (
    _NUMBER,
    _NUMBERED_TITLE,
    _add_grid_column,
    _body,
    _cell_texts,
    _cells,
    _column,
    _each_text,
    _header,
    _merged_down,
    _new_cell,
    _paragraph,
    _point_rows,
    _rows,
    _tables,
    _text,
    _tr,
)

# Careless edits -------------------------------------------------------------------------------


def empty_last_column(document) -> None:
    """An empty column at the right of every table."""
    for table in _tables(document):
        _add_grid_column(table, 10_000)
        for row in _rows(table):
            _tr(row).append(_new_cell())


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
    """A row whose only text is a numbered title ("2.2 Ekonomi och inköp", merged across or
    in its first cell) written in its second cell instead. (An unnumbered one there is a
    sub-heading by design: "Inköp" in the Ärende column.)"""
    for table in _tables(document):
        for row in _rows(table):
            cells = _cells(row)
            texts = [_text(c).strip() for c in cells]
            filled = [t for t in texts if t]
            if len(filled) != 1 or _header(row) or not _NUMBERED_TITLE.match(filled[0]):
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
            for cell, text in ((cells[0], ""), (cells[1], filled[0])):
                for paragraph in cell.findall(qn("w:p")):
                    cell.remove(paragraph)
                cell.append(_paragraph(text, bold=bool(text)))


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
