"""A kallelse's PDF page by page, each page's lines as seen (agenda_pdf_lines), for
agenda_pdf. A page whose font ksdesk's reader cannot read (a composite font without a
ToUnicode map) is read by pypdf, its lines placed nowhere, with a warning naming the page; a
file ksdesk's reader cannot open at all is read by pypdf, or refused in Swedish. The list of
a kallelse stands on its first pages: a kallelse sent with its handlingar (a hundred pages)
is read to its twelfth page, and the report says so."""

from __future__ import annotations

import io
from dataclasses import dataclass

from ksdesk.core.errors import InvalidInput
from ksdesk.core.import_report import ImportReport, clean_controls, count_controls
from ksdesk.interchange.agenda_pdf_lines import Cell, SeenLine, seen_lines
from ksdesk.interchange.beslut_pdf import pypdf_page, unread_said
from ksdesk.pdf_input import open_pdf

MAX_PAGES = 12  # a kallelse's list and its heading; the handlingar after it are not read
ASK = (
    "Be nämndens sekreterare om kallelsen i Word eller som en PDF med text, eller skriv in "
    "ärendena ett och ett."
)
_OTHER_READER = "lästes på ett annat sätt, som kan dela ett ord i två: granska ärendena"


@dataclass
class Page:
    number: int
    lines: list[SeenLine]


def read_pages(data: bytes, filename: str, report: ImportReport) -> list[Page]:
    """Each page's lines as seen; pypdf's lines where ksdesk's reader cannot read a font."""
    import pikepdf

    from ksdesk.interchange.pdf_content_text import CONTENT_ERRORS, drawn_strings
    from ksdesk.interchange.pdf_drawn import PageText

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError:
        raise InvalidInput(f"{filename} är lösenordsskyddad och kan inte läsas. {ASK}") from None
    except Exception:  # damaged: pypdf refuses it in Swedish, or reads it
        reader = open_pdf(data, filename)
        report.warn("Filen", "ksdesk:s läsare kan inte öppna filen", f"texten {_OTHER_READER}")
        count = min(len(reader.pages), MAX_PAGES)
        pages = [
            Page(n, _without_controls(_plain(pypdf_page(reader, n, filename)), n, report))
            for n in range(1, count + 1)
        ]
        return _said(pages, len(reader.pages), report)
    pages = []
    with pdf:
        fonts: dict = {}
        reader = None  # pypdf's, opened for the first page ksdesk's reader cannot read
        for number, page in enumerate(pdf.pages[:MAX_PAGES], start=1):
            try:
                instructions = pikepdf.parse_content_stream(page)
                met = PageText()
                pieces = drawn_strings(instructions, page.obj.get("/Resources"), fonts, met)
                unreadable = met.unreadable_fonts
            except CONTENT_ERRORS:
                pieces, unreadable = [], {"(skadat innehåll)"}
            if unreadable:
                reader = reader or open_pdf(data, filename)
                lines = _plain(pypdf_page(reader, number, filename))
                report.warn(
                    f"Sida {number}",
                    f"ksdesk:s läsare kan inte läsa {unread_said(unreadable)}",
                    f"sidans text {_OTHER_READER}",
                )
            else:
                lines = seen_lines(pieces)
                _mark_ruled(page, lines)
            pages.append(Page(number, _without_controls(lines, number, report)))
        return _said(pages, len(pdf.pages), report)


def _without_controls(lines: list[SeenLine], page: int, report: ImportReport) -> list[SeenLine]:
    """The lines without control characters, each line that had one said in the report: a
    font's box or symbol drawn with code 0 (a form's tick box) is no text, and a text with
    it is refused as no text file."""
    kept = []
    for line in lines:
        found = count_controls(line.text)
        if found:
            for cell in line.cells:
                cell.text = " ".join(clean_controls(cell.text).split())
            line.cells = [cell for cell in line.cells if cell.text]
            if not line.cells:
                continue
            line.text = " ".join(cell.text for cell in line.cells)
            why = "tecken utan text (en ruta eller symbol) som inte kan skrivas ut"
            report.change(f"Sida {page}, rad {line.row}", f"{found} styrtecken togs bort", why)
        kept.append(line)
    return kept


def _plain(text: str) -> list[SeenLine]:
    """pypdf's text of a page as lines of one cell each, placed nowhere."""
    lines = [t.strip() for t in text.splitlines() if t.strip()]
    return [
        SeenLine([Cell(t, 0.0, 0.0)], y=-float(n), size=0.0, bold=False, row=n)
        for n, t in enumerate(lines, start=1)
    ]


def _mark_ruled(page, lines: list[SeenLine]) -> None:
    """Which lines a drawn rule (a table's border) sets apart from the line above."""
    from ksdesk.interchange.tjansteskrivelse_pdf_rules import horizontal_rules, mark_ruled

    if len(lines) > 1:
        mark_ruled(lines, horizontal_rules(page))  # type: ignore[arg-type]


def _said(pages: list[Page], count: int, report: ImportReport) -> list[Page]:
    """The pages read, in the report: how many of the file's, and those not read."""
    read = [page.number for page in pages if page.lines]
    if len(read) == 1:
        report.read.append(f"sidan {read[0]} av {count} i PDF-filen")
    elif read:
        report.read.append(f"{len(read)} av {count} sidor i PDF-filen")
    if count > MAX_PAGES:
        report.warn(
            f"Sidorna {MAX_PAGES + 1}–{count}",
            "lästes inte",
            "en kallelses ärendelista står på dess första sidor; står listan längre fram, "
            "spara de sidorna som en egen PDF och importera den",
        )
    return pages
