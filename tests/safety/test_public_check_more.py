"""Through the public check of a meeting, end to end: a number OCR read with a space inside
a group, a reservnummer and a number whose parts a PDF draws apart are each a hit, shown
masked in the review list; decided "maskera", the public bilaga carries none of them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pikepdf
import pytest

from ksdesk.core.errors import InvalidInput
from ksdesk.interchange import ocr
from ksdesk.interchange.pdf_audit import audit_pdf
from ksdesk.services import meeting_lookup, meetings, public_copy, public_edition, public_pdf
from ksdesk.services.packet import build_packet
from tests import attack_pdfs, attack_pdfs_more
from tests.pdf_helpers import pages_text

DAY = date(2020, 12, 7)


def _attach_scan_and_mask(store, data: bytes):
    meeting = meeting_lookup.find_meeting(store, DAY)
    bilaga = replace(meetings.pdf_bilaga(data, "bilaga.pdf", "Bilaga"), nr="9")
    meeting.items[2].bilagor.append(bilaga)
    meetings.save_meeting(store, meeting)
    hits = [h for h in public_copy.scan_public(store, meeting.id) if h.bilaga_id]
    public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="Anna")
    edition = public_edition.public_edition(store, meeting.id)
    return hits, edition, next(b for b in edition.meeting.items[2].bilagor if b.nr == "9")


def test_a_number_ocr_split_is_a_hit_and_its_page_is_left_out(demo_store, monkeypatch) -> None:
    number = next(attack_pdfs.personnummer(1100))
    read = f"ID-KORT\nAnna Andersson\n{number[:5]} {number[5:6]}-{number[6:]}"

    def tesseract(pages, cache=None):
        return [ocr.PageOcr(read, True) for _ in pages]

    monkeypatch.setattr(ocr, "read_pages", tesseract)
    public_pdf.clear_caches()
    hits, _edition, shown = _attach_scan_and_mask(demo_store, attack_pdfs.scanned_image(number))
    (hit,) = [h for h in hits if h.kind == "personnummer"]
    assert hit.where.endswith("sida 1 (bild)") and hit.normalized[2:] == number
    assert number[:5] not in hit.context and number[6:] not in hit.context
    assert shown.withheld == "personnummer"  # its only page was the picture


def test_parts_drawn_apart_are_a_hit_and_taken_out(demo_store) -> None:
    number = next(attack_pdfs.personnummer(1200))
    data = attack_pdfs_more.last_four_drawn_first(number)
    hits, edition, shown = _attach_scan_and_mask(demo_store, data)
    assert [h.normalized[2:] for h in hits if h.kind == "personnummer"] == [number]
    assert shown.withheld == ""  # published, the number taken out of the page
    published = edition.bilaga_pdf(shown)
    assert audit_pdf(published).clean
    (text,) = pages_text(published)
    # The page is published without the number, and without the name beside it: hers
    # (core.personnummer_names), taken out with it.
    assert "Förteckning över sökande" in text and number[6:] not in text
    assert "Anna Andersson" not in text


def test_a_reservnummer_in_a_bilaga_is_a_hit(demo_store) -> None:
    data = attack_pdfs_more.drawn_page(lambda page: page.drawString(72, 700, "Pat. 19810829M071"))
    hits, edition, shown = _attach_scan_and_mask(demo_store, data)
    assert [h.shown for h in hits if h.kind == "personnummer"] == ["810829-XXXX"]
    published = edition.bilaga_pdf(shown)
    assert audit_pdf(published).clean
    assert "810829" not in " ".join(pages_text(published))


def test_a_number_that_cannot_be_taken_out_names_the_bilaga_and_what_to_do(demo_store) -> None:
    number = next(attack_pdfs.personnummer(1600))

    def in_a_form(pdf) -> None:
        form = pdf.make_stream(
            f"BT /F1 11 Tf 72 650 Td (Sökande {attack_pdfs.dashed(number)}) Tj ET".encode(),
            Type=pikepdf.Name.XObject,
            Subtype=pikepdf.Name.Form,
            BBox=[0, 0, 600, 800],
            Resources=pikepdf.Dictionary({"/Font": pdf.pages[0].Resources.Font}),
        )
        pdf.pages[0].Resources.XObject = pikepdf.Dictionary({"/Fm9": form})
        pdf.pages[0].contents_add(pdf.make_stream(b"q /Fm9 Do Q"), prepend=False)

    data = attack_pdfs._with(attack_pdfs_more.drawn_page(lambda page: None), in_a_form)
    hits, _edition, _shown = _attach_scan_and_mask(demo_store, data)
    assert [h.normalized[2:] for h in hits if h.kind == "personnummer"] == [number]
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    packet = build_packet(demo_store, meeting.id, public=True)
    (problem,) = [p for p in packet.problems if "kunde inte tas bort" in p]
    assert problem.startswith("Bilaga 9. Bilaga: ") and "på sidan 1" in problem
    assert "be om en kopia utan numret" in problem  # what to do: said to the secretary
    printed = " ".join(pages_text(packet.pdf))
    assert "kunde inte tas bort ur texten på sidan 1" in printed
    assert "be om en kopia" not in printed  # not to the public


def test_digits_a_lying_tounicode_map_calls_letters_are_a_hit(demo_store) -> None:
    number = next(attack_pdfs.personnummer(1700))
    data = attack_pdfs_more.lying_to_unicode(number)
    assert number[:6] not in " ".join(pages_text(data))  # extracted, it reads as letters
    assert {f.normalized[2:] for f in audit_pdf(data).findings} == {number}
    hits, edition, shown = _attach_scan_and_mask(demo_store, data)
    assert [h.normalized[2:] for h in hits if h.kind == "personnummer"] == [number]
    with pytest.raises(InvalidInput, match="typsnitt som anger fel tecken"):
        edition.bilaga_pdf(shown)  # its digits cannot be found to take out: left out
