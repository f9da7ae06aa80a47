"""walk31's finding 1: a VO bilaga (PDF) says "boende Sture Lindqvist, 19380412-1234,
fallolycka" (an invented boende); the public packet masked the number and printed the name
beside the health data. The name beside a number is a hit of its own, decided with the
number by default, and masked in the bilaga's PDF and in every text."""

from __future__ import annotations

from datetime import date

from ksdesk.core.documents import Block
from ksdesk.core.meeting import Bilaga
from ksdesk.db import document_repo, meeting_repo
from ksdesk.services import meeting_lookup, public_copy, public_pdf
from tests.pdf_helpers import pages_text, text_pdf

DAY = date(2020, 12, 7)
REPORT = """Årsrapport 2024
Avvikelse 3: boende Sture Lindqvist, 19380412-1234, fallolycka 2024-05-02.
"""


def test_masking_the_number_masks_the_name_beside_it(demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    item = next(i for i in meeting.items if not i.is_section and not i.is_standard)
    pdf = text_pdf([REPORT])
    item.bilagor.append(Bilaga(title="Årsrapport", nr="3", filename="r.pdf", content=pdf))
    meeting_repo.save(demo_store, meeting)
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    hits = public_copy.scan_public(demo_store, meeting.id)
    (name,) = [h for h in hits if h.kind == "kontakt"]
    assert name.shown == "namn vid personnummer" and name.decision is None
    number = [h.key for h in hits if h.kind == "personnummer"]
    public_copy.decide(demo_store, meeting.id, number, "maskera", by="Anna")
    hits = public_copy.scan_public(demo_store, meeting.id)
    assert all(h.decision and h.decision.decision == "maskera" for h in hits)
    rules = public_copy.ensure_public_ok(demo_store, meeting.id)
    bilaga = next(b for i in meeting.items for b in i.bilagor if b.title == "Årsrapport")
    (page,) = pages_text(public_pdf.public_bilaga(bilaga, rules))
    assert "Lindqvist" not in page and "fallolycka" in page
    said = "Sture Lindqvists fall utreds; Lindqvist, Sture har fått larm."
    assert "Lindqvist" not in rules.mask("item:1:proposal", said)


def test_her_own_phrase_is_masked_everywhere_and_undone(demo_store) -> None:
    """ "Maskera egen text…": a name the scan did not find (beside no number) masked by her,
    kept in the file's decisions so the next scan masks it again; "behåll" undoes it."""
    from ksdesk.services.public_contacts import add_own

    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    item = next(i for i in meeting.items if not i.is_section and not i.is_standard)
    pdf = text_pdf(["Boende Sture Lindqvist föll i korridoren."])
    item.bilagor.append(Bilaga(title="Avvikelse", nr="4", filename="a.pdf", content=pdf))
    meeting_repo.save(demo_store, meeting)
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    assert public_copy.scan_public(demo_store, meeting.id) == []
    key = add_own(demo_store, meeting.id, "Sture  Lindqvist", "Anna", "2026-12-07T01:00:00")
    (hit,) = public_copy.scan_public(demo_store, meeting.id)
    assert (hit.key, hit.shown, hit.decision.decision) == (
        key,
        "egen maskering: sture lindqvist",
        "maskera",
    )
    rules = public_copy.ensure_public_ok(demo_store, meeting.id)
    bilaga = next(b for i in meeting.items for b in i.bilagor if b.title == "Avvikelse")
    (page,) = pages_text(public_pdf.public_bilaga(bilaga, rules))
    assert "Lindqvist" not in page and "korridoren" in page
    assert "Lindqvist" not in rules.mask("item:1:proposal", "Sture Lindqvist föll.")
    public_copy.decide(demo_store, meeting.id, [key], "behåll", by="Anna")
    rules = public_copy.ensure_public_ok(demo_store, meeting.id)
    assert "Sture Lindqvist" in rules.mask("item:1:proposal", "Sture Lindqvist föll.")


def test_the_name_in_a_referenced_document_is_a_hit_there_too(demo_store) -> None:
    """The name beside a number in one text, written again in a bilaga printed as it is (a
    document of the file: nothing in it can be masked in place). Masked, the document
    printed the name and the last check refused the whole packet, naming a place the review
    had shown no hit for; now the review shows it there, and masked, the bilaga is left out."""
    document = document_repo.find(demo_store, "sba-avtal-2021-2025")
    document.blocks.append(Block(heading="Kontakt", text="Frågor besvaras av Sture Lindqvist."))
    document_repo.save(demo_store, document)
    meeting = meeting_lookup.find_meeting(demo_store, DAY)
    item = next(i for i in meeting.items if any(b.ref == f"doc:{document.key}" for b in i.bilagor))
    item.proposal += " Avtalet tecknas av Sture Lindqvist, 19380412-1234."
    meeting_repo.save(demo_store, meeting)
    hits = public_copy.scan_public(demo_store, meeting.id)
    (bilaga,) = [b for b in item.bilagor if b.ref == f"doc:{document.key}"]
    (there,) = [h for h in hits if h.kind == "kontakt" and h.bilaga_id == bilaga.id]
    assert there.normalized == "sture lindqvist" and "Lindqvist" in there.context
    public_copy.decide(demo_store, meeting.id, [h.key for h in hits], "maskera", by="Anna")
    assert public_copy.ensure_public_ok(demo_store, meeting.id).omit_bilaga(bilaga.id)
