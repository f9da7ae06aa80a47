"""A private person's contact data in a delegationsbeslut's text (the import fills the
beskrivning from a list's extra columns) never reaches the public packet: the register's
texts are put to no review (services.public_contacts leaves them to the list's own
renderer), so the public list masks them itself, as it masks names. Before, the street,
postort, mobile and e-mail of an unflagged decision were printed in the public packet with
no hit in the scan (review24)."""

from __future__ import annotations

from ksdesk.services.packet import build_packet
from tests.safety.public_surfaces import OUTPUTS, pdf_surfaces
from tests.safety.reported_decision import reported_on_7_december

DNR = "SN 2020/812"
BESKRIVNING = (
    "Synpunkt från en boende, Karbyvägen 12, 186 93 Vallentuna, 070-555 12 34, kl1973@gmail.com."
)


def _decision_with_contact_data(store) -> int:
    return reported_on_7_december(
        store,
        dnr=DNR,
        delegat="Socialchef",
        beslut="Yttrande över detaljplan för Karby",
        beskrivning=BESKRIVNING,
    )


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def test_the_public_packet_masks_a_decisions_contact_data(demo_built) -> None:
    store, meeting_id = demo_built(_decision_with_contact_data)
    printed = _flat(OUTPUTS["paket (papper)"](store, meeting_id))
    for value in ("karbyvägen 12", "186 93", "070-555", "555 12 34", "kl1973@gmail"):
        assert value not in printed
    assert DNR.lower() in printed and "yttrande över detaljplan" in printed


def test_the_boards_own_packet_keeps_them(demo_built) -> None:
    store, meeting_id = demo_built(_decision_with_contact_data)
    printed = _flat(pdf_surfaces(build_packet(store, meeting_id).pdf))
    assert "karbyvägen 12" in printed
