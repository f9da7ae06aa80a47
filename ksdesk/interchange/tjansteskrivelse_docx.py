"""Importing a tjänsteskrivelse the handläggare wrote in Word on the kommun's template.

The document's paragraphs and tables become blocks (tjansteskrivelse_blocks), read as the
letterhead, the title and the body by tjansteskrivelse_read, as a PDF's lines are. Tracked
changes, content controls and list numbers Word draws itself are made plain first, as for a
delegationsordning.

Nothing is saved here: the service shows the report and saves on Spara. No text is lost
without a line in the report; what cannot be placed lands in a section of its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Section, Tjansteskrivelse
from ksdesk.interchange.delegation_docx_marks import report_comments
from ksdesk.interchange.delegation_docx_numbering import materialise
from ksdesk.interchange.delegation_docx_parts import footnotes
from ksdesk.interchange.delegation_docx_xml import flatten
from ksdesk.interchange.import_guard import check_import_file, guarded, open_word
from ksdesk.interchange.tjansteskrivelse_blocks import body_blocks, page_parts
from ksdesk.interchange.tjansteskrivelse_read import LETTERHEAD_REST, read_blocks, summarise

KIND = "tjänsteskrivelse"
__all__ = ["LETTERHEAD_REST", "TjansteskrivelseRead", "read_file", "read_tjansteskrivelse"]
NOTES = "Fotnoter"


@dataclass
class TjansteskrivelseRead:
    tjansteskrivelse: Tjansteskrivelse
    report: ImportReport


def read_file(path: Path | str) -> TjansteskrivelseRead:
    """The file checked first (missing, empty, too large, an old .doc, a password, a file
    from LibreOffice or a PDF: each refused in Swedish with what to do), then read; any
    failure of the Word library on a damaged file becomes a Swedish refusal too."""
    file = check_import_file(path, "tjänsteskrivelsen")
    if file.suffix.lower() not in (".docx", ".docm"):
        raise InvalidInput(
            f"{file.name} är inget Word-dokument (.docx) och ingen PDF. Spara "
            "tjänsteskrivelsen i Word som Word-dokument eller som PDF och importera den filen."
        )
    return guarded(lambda: read_tjansteskrivelse(file), "Word-dokument (.docx)", file.name)


def read_tjansteskrivelse(path: Path) -> TjansteskrivelseRead:
    """The Word file at `path` as a Tjansteskrivelse, and what the import did with it."""
    document = open_word(path, path.name)
    report = ImportReport(KIND, path.name)
    flatten(document.element.body, report)
    materialise(document)
    headers, footers = page_parts(document)
    blocks = body_blocks(document)
    if not blocks:
        raise InvalidInput(
            f"{path.name} har ingen text: det finns ingen tjänsteskrivelse att läsa."
        )
    ts = read_blocks(report, headers, blocks, footers)
    _notes(document, ts, report)
    report_comments(document, report)
    summarise(ts, report)
    return TjansteskrivelseRead(ts, report)


def _notes(document, ts: Tjansteskrivelse, report: ImportReport) -> None:
    """Footnotes and endnotes are the handläggare's text (a reference, a law): they go into
    a section of their own at the end, in order, each with a line in the report."""
    notes = list(footnotes(document).values())
    if not notes:
        return
    text = "\n".join(f"{number}. {note.text}" for number, note in enumerate(notes, start=1))
    ts.sections.append(Section(NOTES, text))
    for note in notes:
        report.change(note.kind.capitalize(), note.text, f"ligger i avsnittet {NOTES}")
