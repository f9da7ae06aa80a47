"""A kallelse's ärendelista copied out of the PDF (a cell a line, as Chrome's and Firefox's
viewers copy it, and as pypdf reads it): the number on its line, the title, "Föredragande:
…" under it and the Dnr last. The föredragande was read as the one of every ärende below
it (the rule for a line under a heading) and the Dnr under it as a heading between the
numbers; and the table's own "Dnr" heading above the first number as the list's first ärende.
Here ksdesk's own kallelse, printed and read back."""

from __future__ import annotations

import io
from datetime import date, time

from pypdf import PdfReader

from ksdesk.core.meeting import Arende
from ksdesk.interchange.agenda_import import read_agenda
from ksdesk.services import meetings
from ksdesk.services.kallelse import kallelse_pdf


def test_ksdesk_s_own_kallelse_copied_out_of_its_pdf_reads_back(store) -> None:
    meeting, _ = meetings.create_meeting(
        store, "Kommunstyrelsen", date(2027, 1, 19), time(13), "Sessionssalen"
    )
    meeting.items[1:1] = [
        Arende("Budgetuppföljning per november 2026", dnr="KS 2026/412", presenter="Anna Berg"),
        Arende("Motion om gång- och cykelväg till Tösse", dnr="KS 2026/118"),
        Arende(
            "Försäljning av Ugglan 4", dnr="KS 2026/377", presenter="Mark- och exploateringschef"
        ),
    ]
    meetings.save_meeting(store, meeting)
    pdf = kallelse_pdf(store, meeting.id)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    read = read_agenda(text.encode(), "kopierad.txt")
    got = [(n, i.title, i.dnr, i.presenter) for n, i in zip(read.numbers, read.items, strict=True)]
    assert got[:4] == [
        (1, "Val av justerare", "", ""),
        (2, "Budgetuppföljning per november 2026", "KS 2026/412", "Anna Berg"),
        (3, "Motion om gång- och cykelväg till Tösse", "KS 2026/118", ""),
        (4, "Försäljning av Ugglan 4", "KS 2026/377", "Mark- och exploateringschef"),
    ]
    assert [title for _n, title, _d, _p in got] == [i.title for i in meeting.items]
    dropped = [line.text for line in read.report.dropped]
    assert "Dnr" in dropped  # the table's heading, reported, not an ärende


def test_a_foredragande_line_under_a_heading_still_goes_with_the_arenden_under_it() -> None:
    text = "1. Val av justerare\nBeslutsärenden\nFöredragande: Anna Berg\n2. Budget 2027\n"
    text += "3. Taxor 2027\n"
    read = read_agenda(text.encode(), "lista.txt")
    assert [(i.title, i.presenter) for i in read.items if not i.is_section] == [
        ("Val av justerare", ""),
        ("Budget 2027", "Anna Berg"),
        ("Taxor 2027", "Anna Berg"),
    ]


def test_only_the_list_copied_under_its_heading_arenden() -> None:
    """The secretary selects the list alone in the PDF, from its heading "Ärenden" down: the
    heading was read as a rubrikrad of one column, and every title kept its number."""
    text = (
        "Ärenden\nNr\nÄrende\nDnr\n 1\nVal av justerare\n 2\nTaxor för bygglov 2021\n"
        "Föredragande: Anna Berg\nKS 2020/501\n 3\nInformation\n"
    )
    read = read_agenda(text.encode(), "inklistrad text")
    assert [(n, i.title, i.dnr) for n, i in zip(read.numbers, read.items, strict=True)] == [
        (1, "Val av justerare", ""),
        (2, "Taxor för bygglov 2021", "KS 2020/501"),
        (3, "Information", ""),
    ]
    assert [line.text for line in read.report.dropped][:2] == ["Ärenden", "Nr"]
