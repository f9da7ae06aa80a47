"""Every public output through the one gate: a number in a budget row or a referenced
delegationsbeslut attached as bilaga is found (read from what the packet prints) and the
bilaga withheld; a secret bilaga is printed as "omfattas av sekretess" with its OSL paragraph
in every list, never by its title; the calendar file is public by default and never carries
a number; the budget XLSX never writes a label as a formula."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from datetime import date

import pytest

from ksdesk.core.public_copy import PublicCopyBlocked
from ksdesk.interchange.budget_xlsx import xlsx_bytes
from ksdesk.interchange.ics import escape_text
from ksdesk.services import budget, deadlines, meeting_lookup, meetings, public_copy
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.packet import PartCache, build_packet
from ksdesk.services.protokoll_print import protokoll_document
from tests import attack_pdfs
from tests.pdf_helpers import make_pdf, outline_titles, pages_text

DAY = date(2020, 12, 7)
NUMBER = next(attack_pdfs.personnummer(700))
WRITTEN = attack_pdfs.dashed(NUMBER)


def _decide_all(store, meeting_id: int, decision: str = "maskera") -> None:
    hits = [h for h in public_copy.scan_public(store, meeting_id) if not h.resolved]
    public_copy.decide(store, meeting_id, [h.key for h in hits], decision, by="Test")


def test_a_number_in_a_budget_row_attached_as_bilaga_withholds_it(demo_store) -> None:
    sheet = budget.find_sheet(demo_store, "bilaga2")
    row = next(r for r in sheet.rows if r.kind == "data")
    row.cells[0] = f"{row.cells[0]} (handläggare {WRITTEN})"
    budget.apply(demo_store, sheet)
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    (hit,) = public_copy.scan_public(demo_store, meeting.id)
    assert hit.kind == "personnummer" and hit.bilaga_id is not None
    assert "bilaga" in hit.where and NUMBER[6:] not in hit.context
    _decide_all(demo_store, meeting.id)
    text = " ".join(pages_text(build_packet(demo_store, meeting.id, public=True).pdf))
    assert NUMBER[6:] not in text
    assert "(utelämnad: innehåller personuppgifter som maskerats)" in text


def test_a_secret_bilaga_is_named_by_its_osl_paragraph_never_its_title(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    item = meeting.items[3]
    secret = meetings.pdf_bilaga(make_pdf(1, "Värdering"), "v.pdf", "Värdering av Kv. Rosen")
    item.bilagor.append(replace(secret, nr="9", secret=True, secrecy_ref="19 kap. 3 § OSL"))
    meetings.save_meeting(demo_store, meeting)
    protokoll_service.start_protokoll(demo_store, meeting.id)  # beslutsunderlag name it
    _decide_all(demo_store, meeting.id)
    packet = build_packet(demo_store, meeting.id, public=True, cache=PartCache())
    text = " ".join(pages_text(packet.pdf))
    assert "Kv. Rosen" not in text
    assert "9. Omfattas av sekretess (19 kap. 3 § OSL)" in text
    assert not any("Rosen" in title for title in outline_titles(packet.pdf))
    protokoll = " ".join(pages_text(protokoll_document(demo_store, meeting.id, public=True)))
    assert "Kv. Rosen" not in protokoll
    assert "Bilaga 9 – omfattas av sekretess (19 kap. 3 § OSL)." in protokoll


def test_the_calendar_is_public_by_default(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    meeting.place = f"Sammanträdesrummet\r(kontakt {WRITTEN})"
    meetings.save_meeting(demo_store, meeting)
    with pytest.raises(PublicCopyBlocked):
        deadlines.meeting_calendar(demo_store, meeting.id)
    internal = deadlines.meeting_calendar(demo_store, meeting.id, public=False).decode()
    assert WRITTEN in internal.replace("\r\n ", "")
    _decide_all(demo_store, meeting.id)
    public = deadlines.meeting_calendar(demo_store, meeting.id).decode().replace("\r\n ", "")
    # The event's UID is a random UUID: its hex digits may hold the number's last four.
    text = "\n".join(line for line in public.splitlines() if not line.startswith("UID:"))
    assert NUMBER[6:] not in text and "XXXXXX-XXXX" in text
    assert "\r(" not in public  # a lone CR is escaped as a line break
    uid = next(line for line in public.splitlines() if line.startswith("UID:"))
    assert len(uid.removeprefix("UID:")) == 36  # a UUID
    again = deadlines.meeting_calendar(demo_store, meeting.id).decode()
    assert uid in again  # the same event when exported again


def test_ics_escapes_every_line_break() -> None:
    assert escape_text("a\rb\r\nc\nd") == "a\\nb\\nc\\nd"


def test_budget_labels_are_never_formulas(demo_store) -> None:
    sheet = budget.find_sheet(demo_store, "bilaga2")
    labels = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]
    rows = [r for r in sheet.rows if r.kind == "data"][: len(labels)]
    for row, label in zip(rows, labels, strict=True):
        row.cells[0] = label
    sheet = replace(sheet, title="=1+2")
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(xlsx_bytes(sheet)))
    cells = [c for row in book.active.iter_rows() for c in row if isinstance(c.value, str)]
    for label in [*labels, "=1+2"]:  # read back as the text typed, not as a formula
        found = [c for c in cells if c.value == label]
        assert found and all(c.data_type == "s" for c in found), label
    with zipfile.ZipFile(io.BytesIO(xlsx_bytes(sheet))) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "HYPERLINK" not in "".join(xml.split("<f>")[1:2])
