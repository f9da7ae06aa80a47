"""The new registers go through the public copy's scan, and their public prints keep
citizens' names and every personnummer out."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from ksdesk.core.meeting import Arende, Bilaga
from ksdesk.core.public_copy import PublicCopyBlocked
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.db import meeting_repo
from ksdesk.services import meetings, motioner, packet, protokoll, public_copy, uppdrag
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


def _sent_back_with_uppdrag(store, item: Arende, task: Uppdrag) -> tuple:
    """`item` at a meeting before the demo's, sent back there with `task` given in its §:
    (its §, the public and the internal text of the demo meeting's Uppföljning)."""
    organ = meetings.get_organ(store, 1)
    earlier, _ = meetings.create_meeting(store, organ.name, date(2020, 11, 10), time(14, 0))
    earlier = meetings.get_meeting(store, earlier.id)
    earlier.items.append(item)
    meetings.save_meeting(store, earlier)
    protokoll.start_protokoll(store, earlier.id)
    (paragraf,) = [
        p for p in protokoll.get_protokoll(store, earlier.id).paragrafer if "Lindqvist" in p.title
    ]
    paragraf.beslut = "Kommunstyrelsen återremitterar ärendet."
    protokoll.save_paragraf(store, paragraf)
    uppdrag.save(store, replace(task, paragraf_id=paragraf.id, senast=date(2021, 3, 1)))
    later = meeting_repo.find_by_date(store, date(2020, 12, 7))
    public = " ".join(pages_text(uppdrag.uppfoljning_pdf(store, later.id, public=True)))
    return paragraf, public, " ".join(pages_text(uppdrag.uppfoljning_pdf(store, later.id)))


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


def test_a_secret_item_of_an_earlier_meeting_is_not_named_by_the_public_list(demo_store) -> None:
    """The list spans meetings: an ärende marked secret at an earlier meeting, sent back
    there, and an uppdrag given in its §, were printed with its title, Dnr and task, while
    that meeting's own public protokoll keeps the § without content."""
    secret = Arende("Placering av barn, Lindqvist", dnr="KS 2020/999", secret=True)
    secret.secrecy_ref = "26 kap. 1 § OSL"
    task = Uppdrag("Utred placeringen hos familjen Lindqvist", ansvarig="Eva Berg")
    paragraf, public, internal = _sent_back_with_uppdrag(demo_store, secret, task)
    assert "Lindqvist" in internal and "KS 2020/999" in internal and "Eva Berg" in internal
    assert "Lindqvist" not in public and "2020/999" not in public and "Eva Berg" not in public
    neutral = "ärende som omfattas av sekretess (26 kap. 1 § OSL)"
    assert f"§ {paragraf.nr} Uppdrag i {neutral}" in public
    assert f"§ {paragraf.nr} Ä{neutral[1:]} Återremitterat" in public


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


def test_an_arende_not_in_full_gives_no_task_and_no_title_to_the_public_list(demo_store) -> None:
    """An ärende 'publiceras inte i sin helhet' under a public title: its public protokoll
    prints the § with its public title and Dnr and no beslut text, so the list of a later
    meeting prints neither its title nor the uppdrag its beslut gave (found in review29:
    the task, who carries it and the title were printed)."""
    item = Arende("Föreläggande mot Lindqvist, Storgatan 3", dnr="KS 2020/998")
    item.not_in_full, item.public_title = True, "Föreläggande enligt miljöbalken"
    task = Uppdrag("Följ upp föreläggandet hos Lindqvist", ansvarig="Eva Berg")
    _, public, internal = _sent_back_with_uppdrag(demo_store, item, task)
    assert "Lindqvist" in internal and "Eva Berg" in internal
    assert "Lindqvist" not in public and "Eva Berg" not in public
    assert "Föreläggande enligt miljöbalken" in public and "KS 2020/998" in public
    assert "Uppdrag i ärendet ”Föreläggande enligt miljöbalken”, som inte publiceras" in public
