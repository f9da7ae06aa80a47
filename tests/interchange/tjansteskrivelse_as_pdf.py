"""The real tjänsteskrivelser rebuilt as Word files (real_tjansteskrivelser*.py, which name
their sources) printed as a PDF in the shape Word's "Spara som PDF" gives: the page header
(letterhead table) at the top of each page, the body in Liberation Sans 11 pt with headings
bold and larger (Word's Heading 1–3, a bold run), a numbered list's numbers and a bulleted
list's bullets written out, tables as text in columns, the footer and "Sida 1 av 2" at the
bottom. Built with ReportLab from each .docx's content; this is a test fixture, not ksdesk's
report code. Nothing is added or removed from the text: a variant of the real document."""

from __future__ import annotations

from html import escape
from pathlib import Path

import docx
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from ksdesk.paths import fonts_dir

_SIZES = {"title": 16, "heading 1": 14, "heading 2": 12, "heading 3": 11}
_MARGIN = 2.5 * cm


def _fonts() -> None:
    for name, file in (("Sans", "LiberationSans-Regular"), ("Sans-Bold", "LiberationSans-Bold")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / f"{file}.ttf")))
    pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-Bold")


def _style(size: float, bold: bool = False, after: float = 6) -> ParagraphStyle:
    font = "Sans-Bold" if bold else "Sans"
    return ParagraphStyle(
        font + str(size), fontName=font, fontSize=size, leading=size * 1.2, spaceAfter=after
    )


def _markup(paragraph) -> str:
    runs = [run for run in paragraph.runs if run.text]
    if not runs:
        return escape(paragraph.text)
    return (
        "".join(f"<b>{escape(run.text)}</b>" if run.bold else escape(run.text) for run in runs)
        .replace("\n", "<br/>")
        .replace("\t", "&nbsp;" * 8)
    )


def _flowables(container) -> list:
    """Paragraphs and tables of a body, header or footer, in order."""
    out: list = []
    numbered = 0  # Word's List Number style counts on through the document
    for item in container.iter_inner_content():
        if hasattr(item, "rows"):
            rows = [
                [
                    Paragraph(escape(cell.text).replace("\n", "<br/>"), _style(10, after=0))
                    for cell in row.cells
                ]
                for row in item.rows
            ]
            width = 16 * cm / len(rows[0])
            grid = Table(rows, hAlign="LEFT", colWidths=[width] * len(rows[0]))
            grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))  # as Word's
            out.append(grid)
            continue
        if not item.text.strip():
            continue
        style = (item.style.name if item.style is not None else "").lower()
        text = _markup(item)
        size = _SIZES.get(style, 11)
        paragraph_style = _style(size, bold=style in _SIZES)
        marker = None
        if style == "list number":
            numbered += 1
            marker = f"{numbered}."
        elif style == "list bullet":
            marker = "•"
        if marker:  # as Word sets a list: the number, then the text at a hanging indent
            paragraph_style.leftIndent, paragraph_style.bulletFontName = 0.63 * cm, "Sans"
        out.append(Paragraph(text, paragraph_style, bulletText=marker))
    return out


def _part(section, first: bool, header: bool):
    if first and section.different_first_page_header_footer:
        return section.first_page_header if header else section.first_page_footer
    return section.header if header else section.footer


def write_pdf(docx_path: Path, pdf_path: Path, *, short_pages: bool = False) -> None:
    """`docx_path` printed to `pdf_path` as Word would. `short_pages`: the text on 7 cm of
    each page (wide margins), so every document runs over pages and paragraphs break
    across them, under the page header on every page."""
    _fonts()
    document = docx.Document(str(docx_path))
    section = document.sections[0]
    pages: list[int] = []

    def page(canvas, doc) -> None:
        number = canvas.getPageNumber()
        first = number == 1
        for header, y in ((True, A4[1] - 1.2 * cm), (False, 1.3 * cm)):
            flowables = _flowables(_part(section, first, header))
            for flowable in flowables if header else reversed(flowables):
                _w, height = flowable.wrapOn(canvas, 16 * cm, 5 * cm)
                if header:
                    y -= height
                flowable.drawOn(canvas, _MARGIN, y)
                y = y if header else y + height
        canvas.setFont("Sans", 9)
        total = pages[0] if pages else 0
        canvas.drawRightString(A4[0] - _MARGIN, 0.7 * cm, f"Sida {number} av {total}")

    def build(path: Path) -> int:
        doc = BaseDocTemplate(
            str(path),
            pagesize=A4,
            leftMargin=_MARGIN,
            rightMargin=_MARGIN,
            topMargin=4 * cm,
            bottomMargin=(18.7 if short_pages else 3.5) * cm,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=page)])
        doc.build(_flowables(document))
        return doc.page

    pages.append(build(pdf_path))  # twice: "Sida 1 av N" needs N
    pages[0] = build(pdf_path)


def read_document(document, tmp_path: Path, kind: str = "Word"):
    """`document` saved as ts.docx in `tmp_path` and read as Word, or printed by write_pdf
    and read as a PDF (any other `kind`): the import's result."""
    from ksdesk.interchange import tjansteskrivelse_docx, tjansteskrivelse_pdf

    document.save(tmp_path / "ts.docx")
    if kind == "Word":
        return tjansteskrivelse_docx.read_file(tmp_path / "ts.docx")
    write_pdf(tmp_path / "ts.docx", tmp_path / "ts.pdf")
    return tjansteskrivelse_pdf.read_file(tmp_path / "ts.pdf")
