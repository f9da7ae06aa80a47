"""The fourteenth round's PDF shape: Kungsbacka's first page ends on a full page of text with
the handläggare's block and the kommun's address in a footer table set smaller than the
text, with no wide gap between them (real_tjansteskrivelser_fourteenth_kungsbacka, printed
by the test fixture's ReportLab): the footer is the footer, the paragraph it stands under is
whole text."""

from __future__ import annotations

from ksdesk.interchange import tjansteskrivelse_pdf
from tests.interchange.real_tjansteskrivelser_fourteenth_kungsbacka import write_kungsbacka_lon
from tests.interchange.tjansteskrivelse_as_pdf import write_pdf


def test_a_smaller_footer_table_right_under_a_full_page_is_the_footer(tmp_path):
    write_kungsbacka_lon(tmp_path / "ts.docx")
    write_pdf(tmp_path / "ts.docx", tmp_path / "ts.pdf")
    read = tjansteskrivelse_pdf.read_file(tmp_path / "ts.pdf")
    text = "\n".join(section.text for section in read.tjansteskrivelse.sections)
    assert "Storgatan 37" not in text and "Förhandlingschef" not in text
    assert "olika befattningsgrupperna anges i en" in text
    footer = [line.text for _h, lines in read.report.sections() for line in lines]
    assert any("Förhandlingschef" in line and "Storgatan 37" in line for line in footer)


def test_a_smaller_table_in_the_text_above_the_footer_zone_stays_text(tmp_path):
    """Only the footer's zone: the lönestruktur's table under the att-sats, set in the same
    size, is the att-sats' text on page 1, never the footer."""
    write_kungsbacka_lon(tmp_path / "ts.docx")
    write_pdf(tmp_path / "ts.docx", tmp_path / "ts.pdf")
    first = tjansteskrivelse_pdf.read_file(tmp_path / "ts.pdf").tjansteskrivelse.forslag[0]
    assert first.text.splitlines()[-1] == "J\t50 470\t67 465"
