"""What ksdesk prints from its register of delegationsbeslut (the list reported to a
meeting, one decision as a bilaga) spans meetings, as the lists of uppdrag and motioner do:
a decision taken after the meeting of 9 November may name that meeting's secret ärende by
its title. The review of the meeting of 7 December, which reports the decision, looks for
its own secret titles only, so the public packet printed the earlier meeting's secret title
in its list of delegationsbeslut, on paper and on the web, and its last check let it pass.
Now the public list masks every secret title of the file itself (those a review published
aside), as the register lists do, and its own last check reads for them all."""

from __future__ import annotations

from datetime import date, time

import pytest

from ksdesk.core.meeting import Arende, Bilaga
from ksdesk.services import (
    bilaga_render,
    meeting_lookup,
    meetings,
    public_copy,
    public_delegationsbeslut,
    public_gate,
)
from ksdesk.services.packet import build_packet
from tests.safety.public_surfaces import OUTPUTS
from tests.safety.reported_decision import report

DAY = date(2020, 12, 7)
SECRET_ITEM = "Förvärv av fastigheten Gammelbo 2:15"
SECRET_BILAGA = "Värdering av fastigheten Gammelbo"
DNR = "KS 2020/777"
DECISION = f"Uppdrag att upphandla värderingsman inför {SECRET_ITEM.lower()}"


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


def _reported_decision_naming_an_earlier_secret(store) -> int:
    """The meeting of 7 December reports a decision naming the secret ärende of 9 November
    (and its secret bilaga), in its list and as a bilaga of its own; every hit masked."""
    meeting = meeting_lookup.find_meeting(store, DAY)
    organ = meetings.get_organ(store, meeting.organ_id)
    earlier, _created = meetings.create_meeting(store, organ.name, date(2020, 11, 9), time(14))
    secret = Arende(SECRET_ITEM, dnr="KS 2020/300", secret=True, secrecy_ref="19 kap. 3 § OSL")
    secret.bilagor = [
        Bilaga(title=SECRET_BILAGA, nr="1", secret=True, secrecy_ref="19 kap. 3 § OSL")
    ]
    earlier.items.append(secret)
    meetings.save_meeting(store, earlier)
    item = report(
        store,
        meeting,
        dnr=DNR,
        delegat="Kommundirektör",
        title=DECISION,
        beskrivning=f"Underlag: {SECRET_BILAGA}",
    )
    meeting = meetings.get_meeting(store, meeting.id)
    listed = next(i for i in meeting.items if i.id == item.id)
    listed.bilagor.append(Bilaga(title="Beslutet", nr="2", ref=f"delegationsbeslut:{DNR}"))
    meetings.save_meeting(store, meeting)
    hits = public_copy.scan_public(store, meeting.id)
    public_copy.decide(store, meeting.id, [h.key for h in hits], "maskera", by="Test")
    return meeting.id


@pytest.mark.parametrize(
    "output", ["paket (papper)", "paket med förslag (papper)", "paket (webb) och bilagefiler"]
)
def test_the_public_packet_prints_the_decisions_without_the_title(demo_built, output) -> None:
    store, meeting_id = demo_built(_reported_decision_naming_an_earlier_secret)
    printed = _flat(OUTPUTS[output](store, meeting_id))
    assert SECRET_ITEM.lower() not in printed
    assert SECRET_BILAGA.lower() not in printed
    assert "upphandla värderingsman inför ärende som omfattas av sekretess" in printed
    assert DNR.lower() in printed  # the decision is still listed


def test_the_last_check_of_the_list_reads_for_every_secret_title(demo_built, monkeypatch) -> None:
    """Masking aside: the public list printed with the title is refused by its own check."""
    store, meeting_id = demo_built(_reported_decision_naming_an_earlier_secret)
    unmasked = lambda _store: lambda text: text  # noqa: E731
    monkeypatch.setattr(public_delegationsbeslut, "register_masking", unmasked)
    with pytest.raises(public_gate.PublicOutputRefused) as refused:
        public_delegationsbeslut.public_anmalan_pdf(store, meeting_id)
    assert "sekretessmarkerat ärende" in str(refused.value)
    assert "gammelbo" not in str(refused.value).lower()


def test_a_decision_the_masking_missed_is_not_printed(demo_built, monkeypatch) -> None:
    """Masking aside: the one decision printed as a bilaga is read for every secret title
    too: the packet would print why it is left out instead of its words (and the list of
    delegationsbeslut, refused by its own check, refuses the packet)."""
    store, meeting_id = demo_built(_reported_decision_naming_an_earlier_secret)
    unmasked = lambda _store: lambda text: text  # noqa: E731
    monkeypatch.setattr(public_delegationsbeslut, "register_masking", unmasked)
    rendering = bilaga_render.resolve(store, f"delegationsbeslut:{DNR}", public=True)
    assert "sekretessmarkerat ärende" in rendering.problem
    assert rendering.story is None
    with pytest.raises(public_gate.PublicOutputRefused) as refused:
        build_packet(store, meeting_id, public=True)
    assert "gammelbo" not in str(refused.value).lower()
