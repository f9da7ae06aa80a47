"""Word markup that real delegationsordningar carry and python-docx does not write, for the
documents of real_delegation_fourth: complex fields (a DOCPROPERTY showing the organ's name),
tracked changes of a revision (an inserted row, words struck out of a cell, a paragraph mark
deleted to join two lines), a character from a symbol font (Insert Symbol writes w:sym, no
text) and a reviewer's comment."""

from __future__ import annotations

from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

_W = nsdecls("w")
_STAMP = 'w:author="Granskare" w:date="2019-02-01T09:00:00Z"'


def _run(text: str) -> str:
    return f'<w:r {_W}><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def complex_field(paragraph, code: str, shown: str) -> None:
    """A field as Word writes it when inserted from Infoga > Fält: begin, the code in
    w:instrText, separate, the result Word last showed, end."""
    for xml in (
        f'<w:r {_W}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {_W}><w:instrText xml:space="preserve"> {code} \\* MERGEFORMAT </w:instrText></w:r>',
        f'<w:r {_W}><w:fldChar w:fldCharType="separate"/></w:r>',
        _run(shown),
        f'<w:r {_W}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        paragraph._p.append(parse_xml(xml))


def symbol(paragraph, font: str, char: str) -> None:
    """A character from Infoga > Symbol in a symbol font: Word writes w:sym, with no text."""
    paragraph._p.append(parse_xml(f'<w:r {_W}><w:sym w:font="{font}" w:char="{char}"/></w:r>'))


def deleted_paragraph_mark(paragraph, change: int) -> None:
    """The paragraph's end struck out with Spåra ändringar on (and a space typed before it):
    with the change accepted, the paragraph and the next are one line."""
    paragraph._p.append(parse_xml(f'<w:ins {_W} w:id="{change}0" {_STAMP}>{_run(" ")}</w:ins>'))
    properties = paragraph._p.get_or_add_pPr()
    properties.append(parse_xml(f'<w:rPr {_W}><w:del w:id="{change}" {_STAMP}/></w:rPr>'))


def tracked_cell_delete(paragraph, keep: str, deleted: str, change: int) -> None:
    """The paragraph's text `keep`, then `deleted` struck out."""
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    paragraph.add_run(keep)
    paragraph._p.append(
        parse_xml(
            f'<w:del {_W} w:id="{change}" {_STAMP}><w:r><w:delText xml:space="preserve">'
            f"{escape(deleted)}</w:delText></w:r></w:del>"
        )
    )


def tracked_row_insert(row, change: int) -> None:
    """A row added with Spåra ändringar on: the row and each of its runs marked inserted."""
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:ins {_W} w:id="{change}" {_STAMP}/>'))
    for number, run in enumerate(row._tr.iter(qn("w:r"))):
        wrapper = parse_xml(f'<w:ins {_W} w:id="{change}{number}" {_STAMP}/>')
        run.addprevious(wrapper)
        wrapper.append(run)


def comment(document, paragraph, text: str, change: int) -> None:
    """A reviewer's comment on the paragraph's runs (Granska > Ny kommentar)."""
    del change  # Word numbers comments itself
    document.add_comment(paragraph.runs, text=text, author="Granskare", initials="G")
