"""A new bilaga is titled by the heading on its PDF's first page, else by its PDF's own title
when that reads like one a person wrote, else by the file's name made readable (walk27:
"bilaga_delarsrapport_GNV" printed in the kallelse, the Bilagor of the tjänsteskrivelse, the
protokoll and the public notice, while the PDF said "God och Nära vård, delårsrapport 2025").
Never with a personnummer, phone number or e-mail address in it (walk34 #3)."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen import canvas

from ksdesk.core.bilaga_title import bilaga_title, choose_title, title_note
from ksdesk.services import meetings


@pytest.mark.parametrize(
    ("pdf_title", "expected"),
    [
        ("God och Nära vård, delårsrapport 2025", "God och Nära vård, delårsrapport 2025"),
        ("  Detaljplan för\nSkårby 3:4  ", "Detaljplan för Skårby 3:4"),
        ("", "Delarsrapport GNV"),
        ("Microsoft Word - Tjänsteskrivelse delårsrapport.docx", "Delarsrapport GNV"),
        ("untitled", "Delarsrapport GNV"),
        ("(anonymous)", "Delarsrapport GNV"),  # ReportLab's when none is given
        ("Dokument1", "Delarsrapport GNV"),
        ("Skanna0012", "Delarsrapport GNV"),
        # What PowerPoint, Excel and a template's empty title field put there, in Swedish and
        # English: a title nobody wrote, which would name every such bilaga alike.
        ("PowerPoint-presentation", "Delarsrapport GNV"),
        ("PowerPoint Presentation", "Delarsrapport GNV"),
        ("Bok1", "Delarsrapport GNV"),
        ("Book1", "Delarsrapport GNV"),
        ("Blad1", "Delarsrapport GNV"),
        ("Rubrik", "Delarsrapport GNV"),
        ("[Rubrik]", "Delarsrapport GNV"),
        ("Title", "Delarsrapport GNV"),
        ("Dokumentnamn", "Delarsrapport GNV"),
        ("20251022", "Delarsrapport GNV"),
        ("Delårsrapport.pdf", "Delarsrapport GNV"),
        ("bilaga delarsrapport GNV", "Delarsrapport GNV"),
        ("---", "Delarsrapport GNV"),
        ("x" * 300, "Delarsrapport GNV"),
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


def _pdf(title: str | None, text: str = "Delårsrapport") -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    if title is not None:
        page.setTitle(title)
    if text:
        page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return out.getvalue()


def test_a_pdf_bilaga_takes_its_documents_title() -> None:
    # A page without text (a scan): the document info's title
    made = meetings.pdf_bilaga(_pdf("God och Nära vård, delårsrapport 2025", ""), "gnv.pdf")
    assert made.title == "God och Nära vård, delårsrapport 2025"
    assert meetings.pdf_bilaga(_pdf(None), "gnv.pdf").title == "Delårsrapport"  # its page
    named = meetings.pdf_bilaga(_pdf("God och Nära vård"), "gnv.pdf", "Delårsrapport GNV")
    assert named.title == "Delårsrapport GNV"  # a title the secretary gave wins


def _drawn(title: str, *lines: tuple[str, int]) -> bytes:
    """A PDF whose first page draws `lines` (text, size) from the top, invented data."""
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.setTitle(title)
    y = 780
    for text, size in lines:
        page.setFont("Helvetica", size)
        page.drawString(72, y, text)
        y -= size * 1.6
    page.showPage()
    page.save()
    return out.getvalue()


def test_a_bilaga_is_named_by_its_first_pages_heading_never_by_a_personnummer() -> None:
    """walk34 #3: the /Title "Situationsplan Karin Ek 19720514-2384" (invented person) named
    the bilaga in § 55's beslutsunderlag and went to a neighbour in the utdrag; the page says
    "Situationsplan, Tölö 4:112, skala 1:400". walk31 #6: a PDF titled "untitled" was named
    "bilaga_arsrapport_qvalify" while its first line said what it was."""
    body = ("Sökande: Karin Ek, 19720514-2384, Storgatan 12, 434 30 Kungsbacka", 10)
    plan = _drawn("Situationsplan Karin Ek 19720514-2384", ("Situationsplan, Tölö 4:112", 10), body)
    assert meetings.pdf_bilaga(plan, "plan.pdf").title == "Situationsplan, Tölö 4:112"
    # A letterhead and a § number above the heading, which is set larger than the body text
    utdrag = _drawn(
        "", ("Kungsbacka kommun", 10), ("§ 55", 15), ("TÖLÖ 4:112 - Förhandsbesked", 13), body
    )
    assert meetings.pdf_bilaga(utdrag, "u.pdf").title == "TÖLÖ 4:112 - Förhandsbesked"
    report = _drawn("untitled", ("Årsrapport 2024 – Qvalify AB", 12), ("Granskning av", 12))
    assert meetings.pdf_bilaga(report, "bilaga_arsrapport_qvalify.pdf").title == (
        "Årsrapport 2024 – Qvalify AB"
    )


@pytest.mark.parametrize(
    ("pdf_title", "file_name", "expected", "note"),
    [
        (
            "Situationsplan Karin Ek 19720514-2384",
            "plan.pdf",
            "Situationsplan Karin Ek",
            "PDF-filens egen titel (dokumentegenskaperna). Ett personnummer togs bort ur den.",
        ),
        (
            "Ansökan, pnr 19720514-2384, tel 070-314 15 92",
            "a.pdf",
            "Ansökan",
            "Ett personnummer och ett telefonnummer togs bort ur den.",
        ),
        ("Kontakt: ek.karin@gmail.com", "a.pdf", "Kontakt", "En e-postadress togs bort"),
        ("", "bilaga_19720514-2384_ritning.pdf", "Ritning", "Ett personnummer togs bort"),
        ("", "19720514-2384.pdf", "Bilaga", "Ett personnummer togs bort"),
        ("", "Bilaga_3_arsrapport-qvalify.pdf", "Arsrapport qvalify", "saknar å, ä och ö"),
    ],
)
def test_what_is_taken_out_of_a_title_is_said(
    pdf_title: str, file_name: str, expected: str, note: str
) -> None:
    choice = choose_title(pdf_title, [], file_name)
    assert (choice.title, note in title_note(choice)) == (expected, True)
