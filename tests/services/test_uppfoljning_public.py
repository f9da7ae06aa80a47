"""The new registers go through the public copy's scan, and their public prints keep
citizens' names and every personnummer out."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.meeting import Bilaga
from ksdesk.core.public_copy import PublicCopyBlocked
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.db import meeting_repo
from ksdesk.services import motioner, packet, public_copy, uppdrag
from ksdesk.services.bilaga_choices import attachable
from tests.pdf_helpers import pages_text

NUMBER = "19811218-9876"


def _meeting_with_lists(store):
    meeting = meeting_repo.find_by_date(store, date(2020, 12, 7))
    refs = {a.ref for a in attachable(store, meeting.id)}
    assert {f"uppfoljning:{meeting.id}", "motionsredovisning:2020-12-07"} <= refs
    item = meeting.items[0]
    item.bilagor += [
        Bilaga("Uppföljning av beslut", "1", ref=f"uppfoljning:{meeting.id}"),
        Bilaga("Redovisning av motioner", "2", ref="motionsredovisning:2020-12-07"),
    ]
    meeting_repo.save(store, meeting)
    return meeting


def test_scan_finds_personnummer_in_the_registers(demo_store) -> None:
    store = demo_store
    motioner.add(store, "medborgarforslag", "Fler bänkar", date(2020, 10, 1), av="Kalle Karlsson")
    citizen = motioner.list_motioner(store)[0]
    citizen.adress = f"Storgatan 1, 771 30 Ludvika, pnr {NUMBER}"
    motioner.save(store, citizen)
    uppdrag.save(store, Uppdrag("Utred ärendet", ansvarig="Kommundirektören", kalla="KS"))
    meeting = _meeting_with_lists(store)
    hits = public_copy.scan_public(store, meeting.id)
    found = [h for h in hits if h.kind == "personnummer" and "bilaga 2" in h.where]
    assert len(found) == 1 and NUMBER[-4:] not in found[0].shown
    with pytest.raises(PublicCopyBlocked):
        public_copy.ensure_public_ok(store, meeting.id)


def test_public_packet_prints_no_citizen_name(demo_store) -> None:
    store = demo_store
    motioner.add(store, "medborgarforslag", "Fler bänkar", date(2020, 1, 10), av="Kalle Karlsson")
    meeting = _meeting_with_lists(store)
    hits = public_copy.scan_public(store, meeting.id)
    public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    internal = " ".join(pages_text(packet.build_packet(store, meeting.id).pdf))
    public = " ".join(pages_text(packet.build_packet(store, meeting.id, public=True).pdf))
    assert "Kalle Karlsson" in internal
    assert "Kalle Karlsson" not in public and "namnet publiceras inte" in public


def test_a_citizens_name_in_the_rubrik_is_not_published_without_consent(demo_store) -> None:
    """A diarium titles the row with the citizen's name and street; the column "Väckt av"
    hid the name while the rubrik beside it printed it."""
    rubrik = "Medborgarförslag från Kalle Karlsson om fler bänkar vid Storgatan 12"
    motioner.add(demo_store, "medborgarforslag", rubrik, date(2020, 10, 1), av="Kalle Karlsson")
    citizen = motioner.list_motioner(demo_store)[0]
    citizen.adress = "Storgatan 12, 771 30 Ludvika"
    motioner.save(demo_store, citizen)
    day = date(2020, 12, 7)
    public = " ".join(pages_text(motioner.redovisning_pdf(demo_store, day, public=True)))
    assert "Karlsson" not in public and "Storgatan 12" not in public
    assert "Medborgarförslag från förslagsställaren om fler bänkar" in public
    internal = " ".join(pages_text(motioner.redovisning_pdf(demo_store, day)))
    assert rubrik in internal


def test_a_public_register_print_is_read_once_more(demo_store, monkeypatch) -> None:
    """Should a register list's own masking ever miss a number, the last reader stops it."""
    from ksdesk.reports.uppfoljning_pdf import ListDocument
    from ksdesk.services.public_gate import PublicOutputRefused

    motioner.add(demo_store, "motion", f"Motion om {NUMBER}", date(2020, 10, 1), av="Eva")
    day = date(2020, 12, 7)
    assert NUMBER[-4:] not in " ".join(
        pages_text(motioner.redovisning_pdf(demo_store, day, public=True))
    )
    monkeypatch.setattr(ListDocument, "mapped", lambda self, text: self)
    with pytest.raises(PublicOutputRefused, match="Den offentliga redovisningen"):
        motioner.redovisning_pdf(demo_store, day, public=True)
    assert NUMBER in " ".join(pages_text(motioner.redovisning_pdf(demo_store, day)))
