"""Variants of the real tjänsteskrivelser rebuilt as Word files (real_tjansteskrivelser*.py
name their sources), set as a handläggare's Word file often is: short pages, so the text runs
over pages under the page header; "Sida 1 (3)" in the header from Word's PAGE and NUMPAGES
fields; the text justified, in Swedish, with automatic hyphenation (`write_variant`); or its
tables in Word's bordered style Table Grid (`write_table_grid`). The text is the real
document's, untouched: only its page, paragraph and table settings change.

The PDFs in libreoffice_pdfs/ named *_korta*.pdf and *_tabellrutnat.pdf were exported from
these variants by LibreOffice Writer 7.4 (`python -m tests.interchange.tjansteskrivelse_variants
FOLDER` writes the .docx files and, where soffice is installed, their PDFs); the tests read
the PDFs and do not need LibreOffice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm


def _field(paragraph, code: str, shown: str) -> None:
    """A Word field (PAGE, NUMPAGES) as Word writes one: its code and its last value."""
    run = paragraph.add_run()
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), f" {code} ")
    shown_run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    shown_run.append(text)
    simple.append(shown_run)
    run._r.addnext(simple)


def _page_number(header) -> None:
    paragraph = header.add_paragraph("Sida ")
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _field(paragraph, "PAGE", "1")
    paragraph.add_run(" (")
    _field(paragraph, "NUMPAGES", "1")
    paragraph.add_run(")")


def _swedish_hyphenated(document) -> None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    language = run_defaults.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        run_defaults.append(language)
    language.set(qn("w:val"), "sv-SE")
    settings = document.settings.element
    settings.insert(0, OxmlElement("w:autoHyphenation"))


def write_variant(source: Path, path: Path) -> None:
    """The Word file at `source` with short pages, page numbers, justified hyphenated text."""
    document = docx.Document(str(source))
    _swedish_hyphenated(document)
    for section in document.sections:
        section.top_margin, section.bottom_margin = Cm(6), Cm(15)
        section.header_distance = section.footer_distance = Cm(1.25)
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        for header in headers:
            _page_number(header)
    for paragraph in document.paragraphs:
        style = (paragraph.style.name if paragraph.style is not None else "").lower()
        bold = all(run.bold for run in paragraph.runs if run.text.strip())
        if len(paragraph.text) > 60 and not style.startswith(("heading", "title")) and not bold:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    document.save(str(path))


def write_table_grid(source: Path, path: Path) -> None:
    """The Word file at `source` with every table in Word's style Table Grid (Tabellrutnät):
    borders round every cell and no spacing in them, so a table's rows stand as close as
    a cell's lines and only the borders drawn between them tell them apart."""
    document = docx.Document(str(source))
    grid = document.styles["Table Grid"]
    tables = list(document.tables)
    for section in document.sections:
        for part in (section.header, section.footer):
            tables += part.tables
        if section.different_first_page_header_footer:
            tables += section.first_page_header.tables + section.first_page_footer.tables
    for table in tables:
        table.style = grid
    document.save(str(path))


def main(folder: Path) -> None:
    from tests.interchange.real_tjansteskrivelser_expected import EXPECTED

    folder.mkdir(parents=True, exist_ok=True)
    for name, expected in EXPECTED.items():
        original = folder / f"{name}.docx"
        expected["write"](original)
        write_variant(original, folder / f"{name}_korta.docx")
        write_table_grid(original, folder / f"{name}_tabellrutnat.docx")
        original.unlink()
    variants = sorted(str(path) for path in folder.glob("*_*.docx"))
    command = ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder)]
    try:
        subprocess.run([*command, *variants], check=True, timeout=300)
    except FileNotFoundError:
        print("soffice finns inte: bara Word-filerna skrevs")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
