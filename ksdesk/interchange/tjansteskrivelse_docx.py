"""Importing a tjänsteskrivelse the handläggare wrote in Word on the kommun's template.

The document is read in three parts: the letterhead (page header and what stands before the
first heading the templates share: Förslag till beslut, Sammanfattning, Beskrivning av
ärendet …; tjansteskrivelse_letterhead), the title (the last line of that part that is no
field), and the body (tjansteskrivelse_body). Tracked changes, content controls and list
numbers Word draws itself are made plain first, as for a delegationsordning.

Nothing is saved here: the service shows the report and saves on Spara. No text is lost
without a line in the report; what cannot be placed lands in a section of its own."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport, count
from ksdesk.core.meeting import Section, Tjansteskrivelse
from ksdesk.interchange import tjansteskrivelse_words as words
from ksdesk.interchange.delegation_docx_marks import report_comments
from ksdesk.interchange.delegation_docx_numbering import materialise
from ksdesk.interchange.delegation_docx_parts import footnotes
from ksdesk.interchange.delegation_docx_xml import flatten
from ksdesk.interchange.import_guard import check_import_file, guarded
from ksdesk.interchange.tjansteskrivelse_blocks import Block, Grid, Line, body_blocks, page_parts
from ksdesk.interchange.tjansteskrivelse_body import UNHEADED, Body
from ksdesk.interchange.tjansteskrivelse_letterhead import FIELD_NAMES, Letterhead

KIND = "tjänsteskrivelse"
LETTERHEAD_REST = "Övrigt i brevhuvudet"
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
            f"{file.name} är inget Word-dokument (.docx). Spara tjänsteskrivelsen i Word som "
            "Word-dokument och importera den filen."
        )
    return guarded(lambda: read_tjansteskrivelse(file), "Word-dokument (.docx)")


def read_tjansteskrivelse(path: Path) -> TjansteskrivelseRead:
    """The Word file at `path` as a Tjansteskrivelse, and what the import did with it."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise InvalidInput(f"{path.name} kan inte läsas som ett Word-dokument (.docx).") from error
    report = ImportReport(KIND, path.name)
    flatten(document.element.body, report)
    materialise(document)
    headers, footers = page_parts(document)
    blocks = body_blocks(document)
    if not blocks:
        raise InvalidInput(
            f"{path.name} har ingen text: det finns ingen tjänsteskrivelse att läsa."
        )
    ts = Tjansteskrivelse()
    letterhead = Letterhead(ts, report)
    for line in letterhead.read(headers):
        report.drop(line.where, line.text, "sidhuvudets text: skrivs inte ut i tjänsteskrivelsen")
    start = _body_start(blocks)
    left = letterhead.read(blocks[:start])
    title = _title(left)
    after: list[Line] = []
    if title is not None:
        ts.title = " ".join(title.text.split())
        at = left.index(title)
        left, after = left[:at], left[at + 1 :]
    _rest(ts, report, left, LETTERHEAD_REST, "stod i brevhuvudet utan etikett")
    _rest(ts, report, after, UNHEADED, "stod under titeln utan rubrik")
    Body(ts, report).read(blocks[start:])
    _notes(document, ts, report)
    report_comments(document, report)
    _footers(footers, letterhead, report)
    _summary(ts, report)
    return TjansteskrivelseRead(ts, report)


def _rest(
    ts: Tjansteskrivelse, report: ImportReport, lines: list[Line], heading: str, said: str
) -> None:
    """Lines with no field and no heading of their own, kept in a section named so."""
    if not lines:
        return
    ts.sections.append(Section(heading, "\n\n".join(line.text for line in lines)))
    for line in lines:
        report.change(line.where, line.text, f"{said}: ligger i avsnittet {heading}")


def _body_start(blocks: list[Block]) -> int:
    """Where the body begins: the first heading the templates share; failing that, the
    second heading (the first is the title)."""
    for index, block in enumerate(blocks):
        if isinstance(block, Line) and _shared_heading(block):
            return index
    headings = [i for i, b in enumerate(blocks) if isinstance(b, Line) and b.heading]
    return headings[1] if len(headings) > 1 else len(blocks)


def _shared_heading(line: Line) -> bool:
    text = line.text
    if "\n" in text or len(text) > 120:
        return False
    short = line.heading or (len(text) <= 80 and not text.endswith("."))
    return (
        (short and words.forslag_group(text) is not None)
        or words.forslag_lead(text)
        or words.is_send_heading(text)
        or words.send_inline(text) is not None
        or words.is_bilagor_heading(text)
        or words.bilagor_inline(text) is not None
        or words.known_section(text)
    )


def _title(left: list[Line]) -> Line | None:
    """The title: the last heading-styled line before the body, or the last line."""
    styled = [line for line in left if line.heading or line.title_style]
    return styled[-1] if styled else (left[-1] if left else None)


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


def _footers(footers: list[Block], letterhead: Letterhead, report: ImportReport) -> None:
    """The footer's text, one line in the report per footer: the kommun's address in six
    cells is one thing to the secretary, not six."""
    left: dict[str, list[str]] = {}
    for block in footers:
        texts = block.cells if isinstance(block, Grid) else block.text.split("\n")
        for text in texts:
            if text.strip() and not letterhead.footer(text, block.where):
                left.setdefault(block.where, []).append(" ".join(text.split()))
    for where, texts in left.items():
        report.drop(where, " · ".join(texts), "sidfotens text: skrivs inte ut i tjänsteskrivelsen")


def _summary(ts: Tjansteskrivelse, report: ImportReport) -> None:
    named = [f"{FIELD_NAMES[f]} {getattr(ts, f)}" for f in FIELD_NAMES if getattr(ts, f).strip()]
    report.read.append(f"Titel: {ts.title or '(ingen)'}")
    report.read.append("Brevhuvudet: " + (", ".join(named) if named else "inga uppgifter"))
    report.read.append(count(len(ts.forslag), "att-sats", "att-satser"))
    report.read.append(count(len(ts.sections), "avsnitt", "avsnitt"))
    report.read.append(count(len(ts.signatories), "underskrift", "underskrifter"))
    report.read.append(
        count(len(ts.beslut_skickas_till), "mottagare", "mottagare") + " av beslutet"
    )
    if not ts.forslag:
        report.warn("Förslag till beslut", "inga att-satser hittades", "skriv in förslaget själv")
