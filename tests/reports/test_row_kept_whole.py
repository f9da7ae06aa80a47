"""A table row of a few lines is never broken at the foot of a page: it goes whole to the
next page (a delegation point's last words alone on a page of their own, seen in Västra
Götalandsregionen's delegeringsordning). A row taller than a page still breaks, or it could
not be printed at all."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from ksdesk.reports.base import available_width, build_pdf, grid_table_style, stylesheet
from tests.pdf_helpers import pages_text

ROW = "Besluta om placering av regionens likvida medel inom ramen för finanspolicyn slut"


def _table(text: str) -> Table:
    styles = stylesheet()
    width = available_width()
    data = [
        [Paragraph("Nr", styles["Cell"]), Paragraph("Ärende", styles["Cell"])],
        [Paragraph("1.", styles["Cell"]), Paragraph(text, styles["Cell"])],
    ]
    table = Table(data, colWidths=[15 * mm, 30 * mm], repeatRows=1)
    table.setStyle(grid_table_style())
    assert width > 45 * mm
    return table


def _pages_with(pdf: bytes, word: str) -> list[int]:
    return [n for n, text in enumerate(pages_text(pdf), 1) if word in text]


def _filler(height: float) -> Spacer:
    return Spacer(1, height)


def test_a_short_row_at_the_foot_of_a_page_goes_whole_to_the_next() -> None:
    # The page's frame is about 250 mm; the header and the row need about 30 mm.
    pages = set()
    for room in range(8, 34, 3):
        pdf = build_pdf([_filler((247 - room) * mm), _table(ROW)], title="Rad")
        assert len(_pages_with(pdf, "Besluta")) == 1, room
        assert _pages_with(pdf, "Besluta") == _pages_with(pdf, "slut"), room
        pages.add(_pages_with(pdf, "slut")[0])
    assert pages == {1, 2}  # some rooms hold the row, some do not


def test_a_row_taller_than_a_page_still_breaks_across_pages() -> None:
    words = " ".join(f"ord{n}" for n in range(900)) + " slut"
    pdf = build_pdf([_table(words)], title="Rad")
    assert _pages_with(pdf, "ord0 ") == [1]
    assert len(_pages_with(pdf, "slut")) == 1 and _pages_with(pdf, "slut")[0] > 1
