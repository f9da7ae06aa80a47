"""An amount typed in a text ("understiger 50 000 kr") is never broken over two lines, nor
its unit left to start a line alone: Södra Roslagens delegationsordning printed
"understiger 50" / "000 kr" and, in another width, "50 000" / "kr"."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from ksdesk.reports.base import stylesheet
from ksdesk.reports.fonts import register_fonts
from ksdesk.reports.printable import escape

TEXT = "Besluta om förelägganden med vite som understiger 50 000 kr per tillfälle eller 5 %"


def _lines(text: str, width: float) -> list[str]:
    paragraph = Paragraph(escape(text), stylesheet()["Cell"])
    paragraph.wrap(width, 1000)
    lines = [" ".join(words) for _extra, words in paragraph.blPara.lines]
    return [line.replace("\u00a0", " ") for line in lines]


def test_an_amount_and_its_unit_stay_on_one_line_at_every_width() -> None:
    register_fonts()
    for width in range(60, 300, 3):
        lines = _lines(TEXT, width)
        assert any("50 000 kr" in line for line in lines), (width, lines)
        assert any("5 %" in line for line in lines), (width, lines)


def test_other_numbers_break_as_before() -> None:
    register_fonts()
    assert escape("KS 2019/507, 665 23 Kil, personnummer 640502-5559") == (
        "KS 2019/507, 665 23 Kil, personnummer 640502-5559"
    )
