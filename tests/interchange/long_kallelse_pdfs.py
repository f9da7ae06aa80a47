"""A long kallelse as a PDF: the ordförande's inledning over its first pages, the ärendelista
(a real list, tests/interchange/real_agendas*.py, as kallelse_pdfs.ruled_table prints it) on
the page after, and the handlingar after the list, a tjänsteskrivelse a page (Dnr, förslag
till beslut with its att-satser, "1. Bakgrund", "2. Ärendet"), to the page count asked for.
Built with ReportLab; a test fixture, not ksdesk's report code."""

from __future__ import annotations

from reportlab.platypus import PageBreak, Paragraph

from tests.interchange import kallelse_pdfs
from tests.interchange.real_agendas import RealAgenda

_INLEDNING = (
    "Välkommen till nämndens sammanträde. Under året har nämnden arbetat med verksamhetens "
    "mål och budget, och i denna kallelse finns en sammanfattning av det som hänt sedan "
    "förra sammanträdet. Förvaltningen har sett över lokalerna, och arbetet med den nya "
    "organisationen fortsätter enligt den plan som nämnden beslutade om i våras. "
)


def long_kallelse(agenda: RealAgenda, list_page: int, pages: int) -> bytes:
    """`agenda` as a ruled table starting on page `list_page`, `pages` pages in all."""
    kallelse_pdfs._fonts()
    style = kallelse_pdfs._style

    def story() -> list:
        parts = [*kallelse_pdfs._heading("Nämnden", "2020-01-01")]
        for page in range(1, list_page):
            parts += [Paragraph(f"Inledning, del {page}", style(12, True))]
            parts += [Paragraph(_INLEDNING * 3, style()) for _ in range(4)]
            parts.append(PageBreak())
        parts += [
            Paragraph("Föredragningslista", style(12, True)),
            kallelse_pdfs.list_table(agenda),
        ]
        parts += kallelse_pdfs._signatures()
        for number in range(pages - list_page - len(agenda.rows) // 30):
            parts += [PageBreak(), *_handling(number + 1)]
        return parts

    return kallelse_pdfs._document(story, "Nämnden", "2020-01-01")


def _handling(number: int) -> list:
    style = kallelse_pdfs._style
    return [
        Paragraph("TJÄNSTESKRIVELSE", style(14, True)),
        Paragraph(f"Dnr KS 2019/{100 + number}", style()),
        Paragraph(f"Ärende {number}: utredning av verksamhetens lokaler", style(12, True)),
        Paragraph("Förslag till beslut", style(11, True)),
        Paragraph("Förvaltningen föreslår att nämnden beslutar", style()),
        Paragraph("att godkänna utredningen,", style()),
        Paragraph("att uppdra åt förvaltningen att återkomma med en plan.", style()),
        Paragraph("1. Bakgrund", style(11, True)),
        Paragraph(_INLEDNING * 2, style()),
        Paragraph("2. Ärendet", style(11, True)),
        Paragraph(_INLEDNING * 3, style()),
        Paragraph("3. Ekonomiska konsekvenser", style(11, True)),
        Paragraph(_INLEDNING, style()),
    ]
