"""The public lists made from ksdesk's registers (Uppföljning av beslut, the redovisning of
motioner) span meetings: an uppdrag given at an earlier meeting, in a public §, may name
that meeting's secret ärende by its title ("Återkomma med avtal om Förvärv av fastigheten
Gammelbo 2:15"). The review of the meeting that prints the list looks only for its own
secret titles, so the list masks every secret title in the file itself, and its last check
reads for them all. Before, the paper packet and the list printed the earlier meeting's
secret title and both passed the last check."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.meeting import Arende, Bilaga
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.reports.uppfoljning_pdf import render
from ksdesk.services import meeting_lookup, meetings, public_copy, public_gate, uppdrag
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.packet import build_packet
from ksdesk.services.public_withheld import register_withheld
from tests.safety.public_surfaces import pdf_surfaces

DAY = date(2020, 12, 7)
SECRET_ITEM = "Förvärv av fastigheten Gammelbo 2:15"
SECRET_BILAGA = "Värdering av fastigheten Gammelbo"
NEUTRAL = "omfattas av sekretess (19 kap. 3 § OSL)"


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def _earlier_meeting_with_a_secret(store) -> int:
    """The meeting of 9 November with a secret item and a public item whose § gave an
    uppdrag naming the secret item and its secret bilaga, reported back on 7 December."""
    meeting = meeting_lookup.find_meeting(store, DAY)
    organ = meetings.get_organ(store, meeting.organ_id)
    earlier, _created = meetings.create_meeting(store, organ.name, date(2020, 11, 9), time(14))
    secret = Arende(SECRET_ITEM, dnr="KS 2020/300", secret=True, secrecy_ref="19 kap. 3 § OSL")
    public = Arende("Markanvisning för bostäder", dnr="KS 2020/301")
    public.bilagor = [
        Bilaga(title=SECRET_BILAGA, nr="1", secret=True, secrecy_ref="19 kap. 3 § OSL")
    ]
    earlier.items += [secret, public]
    meetings.save_meeting(store, earlier)
    protokoll_service.start_protokoll(store, earlier.id)
    given_in = protokoll_service.get_protokoll(store, earlier.id).paragrafer[-1]
    task = f"Återkomma med avtal om {SECRET_ITEM}, med {SECRET_BILAGA.lower()} som underlag"
    uppdrag.save(
        store,
        Uppdrag(
            vad=task,
            organ_id=organ.id,
            paragraf_id=given_in.id,
            aterrapport_meeting_id=meeting.id,
        ),
    )
    return meeting.id


def _with_the_list(store, meeting_id: int) -> None:
    meeting = meetings.get_meeting(store, meeting_id)
    item = meeting.items[-1]
    item.bilagor.append(
        Bilaga(title="Uppföljning av beslut", ref=f"uppfoljning:{meeting_id}", nr="9")
    )
    meetings.save_meeting(store, meeting)
    for hit in public_copy.scan_public(store, meeting_id):
        public_copy.decide(store, meeting_id, [hit.key], "maskera", by="Test")


def test_the_public_uppfoljning_names_no_secret_title_of_an_earlier_meeting(demo_store) -> None:
    meeting_id = _earlier_meeting_with_a_secret(demo_store)
    printed = _flat(pdf_surfaces(uppdrag.uppfoljning_pdf(demo_store, meeting_id, public=True)))
    assert SECRET_ITEM.lower() not in printed
    assert SECRET_BILAGA.lower() not in printed
    assert "återkomma med avtal om ärende som" in printed  # the task is still listed
    assert NEUTRAL.lower() in printed


def test_the_public_packet_prints_the_list_without_it(demo_store) -> None:
    meeting_id = _earlier_meeting_with_a_secret(demo_store)
    _with_the_list(demo_store, meeting_id)
    pdf = build_packet(demo_store, meeting_id, public=True).pdf
    printed = _flat(pdf_surfaces(pdf))
    assert SECRET_ITEM.lower() not in printed
    assert SECRET_BILAGA.lower() not in printed
    assert "återkomma med avtal om ärende som" in printed  # the task itself is still listed


def test_the_last_check_of_a_register_list_reads_for_every_secret_title(demo_store) -> None:
    """Masking aside: the list as printed before, with the title, is refused."""
    meeting_id = _earlier_meeting_with_a_secret(demo_store)
    as_before = uppdrag.uppfoljning_document(demo_store, meeting_id)  # not masked
    with pytest.raises(public_gate.PublicOutputRefused) as refused:
        public_gate.checked(render(as_before), "Listan", withheld=register_withheld(demo_store))
    assert "sekretessmarkerat ärende" in str(refused.value)
    assert SECRET_ITEM.lower() not in str(refused.value).lower()
