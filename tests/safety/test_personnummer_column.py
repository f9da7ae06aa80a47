"""A bilaga's table with a column headed "Personnummer" (a list of sökande as a PDF draws it):
a number in it with a wrong check digit, and numbers in forms the scanner did not read
("8112 18-98 76", "(811218)9876", two numbers with nothing between), were printed in the
public packet and passed the last check. The heading now labels its cells
(core.personnummer_columns), and the forms are read (core.personnummer_shapes,
core.personnummer_glued): the review lists them and the packet masks them."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table

from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import meeting_lookup, meetings, public_copy
from ksdesk.services.packet import build_packet
from tests.safety.public_surfaces import pdf_surfaces

TYPO = "8112189875"  # 811218-9876 with a wrong check digit
ROWS = [
    ["Namn", "Personnummer", "Belopp"],
    ["Anna Berg", TYPO, "1 200"],
    ["Bo Ek", "8112 18-98 76", "300"],
    ["Cilla Ny", "(800101)1231", "450"],
    ["Dan Ås", "640823-1234640823-1234", "90"],
]


def table_pdf(rows: list[list[str]]) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Table(rows)])
    return buffer.getvalue()


def test_the_last_check_reads_the_column_and_the_forms() -> None:
    found = [f.normalized for f in audit_pdf(table_pdf(ROWS)).findings]
    assert "19" + TYPO in found
    assert "198112189876" in found
    assert "198001011231" in found
    assert "196408231234" in found


def test_the_review_lists_them_and_the_packet_masks_them(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    item = meeting.items[2]
    attached = meetings.pdf_bilaga(table_pdf(ROWS), "sokande.pdf", "Sökande")
    attached.nr = str(len(item.bilagor) + 1)
    item.bilagor.append(attached)
    meetings.save_meeting(demo_store, meeting)
    hits = [h for h in public_copy.scan_public(demo_store, meeting.id) if "bilaga" in h.source]
    numbers = [h for h in hits if h.kind == "personnummer"]
    assert len(numbers) >= 4
    # The name in a number's row is that sökande's (core.personnummer_names): a hit of its
    # own, decided with her number unless decided otherwise.
    assert {h.shown for h in hits if h not in numbers} == {"namn vid personnummer"}
    public_copy.decide(demo_store, meeting.id, [h.key for h in numbers], "maskera", by="Test")
    printed = pdf_surfaces(build_packet(demo_store, meeting.id, public=True).pdf)
    for last in ("9875", "98 76", "1231", "1234"):
        assert last not in printed, last
    assert "Anna Berg" not in printed and "Belopp" in printed
