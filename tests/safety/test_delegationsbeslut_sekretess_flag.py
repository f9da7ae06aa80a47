"""A delegationsbeslut flagged sekretess (step m1812: by the import or by hand in the
register) keeps its text in the register, and no output prints it: the anmälan and the
single decision as bilagor, on paper and on the web, in the board's copy and the public one,
the protokoll too. Before the flag, the import moved the text into the beskrivning, which the
single decision printed as a bilaga prints under "Beskrivning av ärendet"."""

from __future__ import annotations

import pytest

from ksdesk.services import (
    bilaga_registers,
    bilaga_render,
    meeting_lookup,
    meetings,
    public_delegationsbeslut,
    public_gate,
)
from ksdesk.services.delegationsbeslut_anmalan import anmalan_pdf
from ksdesk.services.packet import build_packet
from tests.safety.public_surfaces import OUTPUTS, pdf_surfaces
from tests.safety.reported_decision import report, reported_on_7_december

DNR = "SN 2020/811"
SECRET = "Placering av barnet Kim Lindqvist i familjehem"
KEPT = "Ärendet gäller Kim Lindqvist, Storgatan 4"


def _flagged_decision(store) -> int:
    """The meeting of 7 December reports a decision flagged sekretess, in its list and as a
    bilaga of its own."""
    return reported_on_7_december(
        store, dnr=DNR, delegat="Socialchef", beslut=SECRET, beskrivning=KEPT, sekretess=True
    )


def _flat(text: str) -> str:
    return " ".join(text.split()).lower()


@pytest.mark.parametrize(
    "output",
    ["paket (papper)", "paket (webb) och bilagefiler", "protokoll (papper)"],
)
def test_no_public_output_prints_a_flagged_decisions_text(demo_built, output) -> None:
    store, meeting_id = demo_built(_flagged_decision)
    printed = _flat(OUTPUTS[output](store, meeting_id))
    assert "lindqvist" not in printed and "storgatan" not in printed
    if output.startswith("paket"):
        assert DNR.lower() in printed and "sekretess" in printed  # still listed


def test_the_boards_own_packet_and_list_print_sekretess_too(demo_built) -> None:
    store, meeting_id = demo_built(_flagged_decision)
    for pdf in (build_packet(store, meeting_id).pdf, anmalan_pdf(store, meeting_id)):
        printed = _flat(pdf_surfaces(pdf))
        assert DNR.lower() in printed and "sekretess" in printed
        assert "lindqvist" not in printed and "storgatan" not in printed


def test_the_last_check_refuses_a_flagged_text_that_reaches_the_public_list(
    demo_built, monkeypatch
) -> None:
    """The flag aside (as if a renderer forgot it): the public list is refused by its own
    check, and the decision printed alone says why it is left out."""
    store, meeting_id = demo_built(_flagged_decision)
    from ksdesk.reports import delegationsbeslut_pdf

    monkeypatch.setattr(public_delegationsbeslut, "as_printed", lambda beslut: beslut)
    monkeypatch.setattr(delegationsbeslut_pdf, "printed_text", lambda b: b.beslut)
    monkeypatch.setattr(bilaga_registers, "as_printed", lambda beslut: beslut)
    with pytest.raises(public_gate.PublicOutputRefused) as refused:
        public_delegationsbeslut.public_anmalan_pdf(store, meeting_id)
    assert "lindqvist" not in str(refused.value).lower()
    rendering = bilaga_render.resolve(store, f"delegationsbeslut:{DNR}", public=True)
    assert rendering.problem


def test_the_bilaga_picker_offers_a_flagged_decision_without_its_title(demo_store) -> None:
    """Picked as a bilaga, a decision's label becomes the bilaga's rubrik, which the
    kallelse, the packet and the public copy print: a flagged one's title (the seed's
    decisions carry one) may not be it."""
    from datetime import date

    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    report(demo_store, meeting, dnr=DNR, delegat="Socialchef", title=SECRET, sekretess=True)
    offered = [a for a in meetings.attachable(demo_store, meeting.id) if DNR in a.ref]
    assert [a.title for a in offered] == [f"{DNR} Delegationsbeslut"]
