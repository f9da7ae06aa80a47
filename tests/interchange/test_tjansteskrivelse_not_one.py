"""A PDF that is no tjänsteskrivelse imported as one, found running Kungsbacka's Nämnden för
Kultur & Fritid 2025-10-22 through ksdesk (walk27): the ärende's bilaga, "God och Nära vård,
delårsrapport 2025", was saved as the tjänsteskrivelse with only "inga att-satser" said, and
its heading that wraps onto a second line became two sections ("1.1 … förutsättningar för
god" and "hälsa"). The text is the report's own (moggleif/kommunhandlingar,
data/kungsbacka/kultur/2025/2025-10-22/handlingar.md, pages 4 and 6)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from ksdesk.interchange import tjansteskrivelse_pdf

HEADING = "1.1 Hälsofrämjande: I Kungsbacka finns förutsättningar för god hälsa"
TEXT = (
    "Vi har arbetat främjande och förebyggande med fokus på psykisk och fysisk hälsa, särskilt "
    "för barn, unga och äldre. Vi har erbjudit stöd, service och aktiviteter som stärker "
    "välmående, delaktighet och framtidstro."
)


def write_report(path: Path) -> None:
    styles = getSampleStyleSheet()
    story = [
        Paragraph("God och Nära vård, delårsrapport 2025", styles["Title"]),
        Paragraph("Kultur &amp; Fritid", styles["Heading2"]),
        Paragraph("1 God och nära vård", styles["Heading1"]),
        Paragraph(HEADING, styles["Heading2"]),
        Paragraph(
            "På vilket sätt har verksamheten arbetat ur ett folkhälsoperspektiv?",
            styles["Heading3"],
        ),
        Paragraph(TEXT, styles["BodyText"]),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def test_a_report_read_as_a_tjansteskrivelse_is_said_to_be_none(tmp_path) -> None:
    write_report(tmp_path / "bilaga.pdf")
    read = tjansteskrivelse_pdf.read_file(tmp_path / "bilaga.pdf")
    warned = " ".join(f"{line.text} {line.why}" for line in read.report.warnings)
    assert "ser inte ut som en tjänsteskrivelse" in warned
    assert "bilaga" in warned


def test_a_heading_wrapped_onto_a_second_line_is_one_heading(tmp_path) -> None:
    write_report(tmp_path / "bilaga.pdf")
    ts = tjansteskrivelse_pdf.read_file(tmp_path / "bilaga.pdf").tjansteskrivelse
    headings = [section.heading for section in ts.sections]
    assert HEADING in headings
    assert "hälsa" not in headings
