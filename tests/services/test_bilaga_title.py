"""A new bilaga is titled by its PDF's own title when that reads like one a person wrote, else
by the file's name (walk27: "bilaga_delarsrapport_GNV" printed in the kallelse, the Bilagor of
the tjänsteskrivelse, the protokoll and the public notice, while the PDF said "God och Nära
vård, delårsrapport 2025")."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from ksdesk.core.bilaga_title import bilaga_title
from ksdesk.services import meetings


@pytest.mark.parametrize(
    ("pdf_title", "expected"),
    [
        ("God och Nära vård, delårsrapport 2025", "God och Nära vård, delårsrapport 2025"),
        ("  Detaljplan för\nSkårby 3:4  ", "Detaljplan för Skårby 3:4"),
        ("", "bilaga_delarsrapport_GNV"),
        ("Microsoft Word - Tjänsteskrivelse delårsrapport.docx", "bilaga_delarsrapport_GNV"),
        ("untitled", "bilaga_delarsrapport_GNV"),
        ("(anonymous)", "bilaga_delarsrapport_GNV"),  # ReportLab's when none is given
        ("Dokument1", "bilaga_delarsrapport_GNV"),
        ("Skanna0012", "bilaga_delarsrapport_GNV"),
        # What PowerPoint, Excel and a template's empty title field put there, in Swedish and
        # English: a title nobody wrote, which would name every such bilaga alike.
        ("PowerPoint-presentation", "bilaga_delarsrapport_GNV"),
        ("PowerPoint Presentation", "bilaga_delarsrapport_GNV"),
        ("Bok1", "bilaga_delarsrapport_GNV"),
        ("Book1", "bilaga_delarsrapport_GNV"),
        ("Blad1", "bilaga_delarsrapport_GNV"),
        ("Rubrik", "bilaga_delarsrapport_GNV"),
        ("[Rubrik]", "bilaga_delarsrapport_GNV"),
        ("Title", "bilaga_delarsrapport_GNV"),
        ("Dokumentnamn", "bilaga_delarsrapport_GNV"),
        ("20251022", "bilaga_delarsrapport_GNV"),
        ("Delårsrapport.pdf", "bilaga_delarsrapport_GNV"),
        ("bilaga delarsrapport GNV", "bilaga_delarsrapport_GNV"),
        ("---", "bilaga_delarsrapport_GNV"),
        ("x" * 300, "bilaga_delarsrapport_GNV"),
    ],
)
def test_the_title_a_bilaga_gets(pdf_title: str, expected: str) -> None:
    assert bilaga_title(pdf_title, "bilaga_delarsrapport_GNV.pdf") == expected


def test_a_title_is_taken_without_controls_a_pdf_may_hold() -> None:
    """A PDF's title is written by whatever made the file: a NUL of a badly encoded title, a
    bell, a bidi override that turns the words after it around in every list that shows the
    title, a zero-width space. A title typed in a field has them taken out (ui/one_line.py);
    one read from a file must not bring them in."""
    title = "Delårsrapport\x00 GNV \u202eGod och Nära vård\u202c\x07 2025\u200b"
    assert bilaga_title(title, "gnv.pdf") == "Delårsrapport GNV God och Nära vård 2025"


def _pdf(title: str | None) -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    if title is not None:
        page.setTitle(title)
    page.drawString(72, 720, "Delårsrapport")
    page.showPage()
    page.save()
    return out.getvalue()


def test_a_pdf_bilaga_takes_its_documents_title() -> None:
    made = meetings.pdf_bilaga(_pdf("God och Nära vård, delårsrapport 2025"), "gnv.pdf")
    assert made.title == "God och Nära vård, delårsrapport 2025"
    assert meetings.pdf_bilaga(_pdf(None), "gnv.pdf").title == "gnv"  # ReportLab's "untitled"
    named = meetings.pdf_bilaga(_pdf("God och Nära vård"), "gnv.pdf", "Delårsrapport GNV")
    assert named.title == "Delårsrapport GNV"  # a title the secretary gave wins
