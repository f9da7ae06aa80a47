"""A citizen who raised a medborgarförslag and did not agree to the name being published is
named in the kallelse and the protokoll (the förslag, the tjänsteskrivelse): each such name
is a hit of the review, and decided "maskera" it is printed as "förslagsställaren" in every
public output. Before, only the register's redovisning hid the name.

The texts are a real decision's (Mjölby kommun, "Beslutade medborgarförslag 2020",
https://www.mjolby.se/37199.html: "Bollkorg eller klätterplank vid Prästgårdsliden Dnr
KS/2019:85 … Tekniska nämnden avslog medborgarförslaget den 28 februari 2020 § 17"). A
variant: the page names nobody; here the förslag names its author, a made-up citizen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ksdesk.core.documents import Block
from ksdesk.core.meeting import Bilaga, Section
from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.db import document_repo
from ksdesk.services import meeting_lookup, meetings, motioner, public_copy
from tests.pdf_helpers import text_pdf
from tests.safety.public_surfaces import OUTPUTS

DAY = date(2020, 12, 7)
CITIZEN = "Kalle Karlsson"
DNR = "KS/2019:85"
PROPOSAL = (
    f"att avslå {CITIZEN}s medborgarförslag om bollkorg eller klätterplank vid "
    "Prästgårdsliden, Dnr KS/2019:85."
)
BESKRIVNING = (
    f"{CITIZEN} föreslår i ett medborgarförslag en bollkorg eller ett klätterplank vid "
    "Prästgårdsliden. Bostadsbolaget såg ett behov av att det fanns ett bollplank att tillgå "
    "i området för lekande barn."
)


def _meeting_naming_the_citizen(store, *, consent: bool = False):
    motioner.save(
        store,
        Motion(
            MotionTyp.MEDBORGARFORSLAG,
            "Bollkorg eller klätterplank vid Prästgårdsliden",
            date(2019, 5, 6),
            av=CITIZEN,
            namn_publiceras=consent,
            dnr=DNR,
        ),
    )
    meeting = meeting_lookup.find_meeting(store, DAY)
    item = next(i for i in meeting.items if i.tjansteskrivelse is not None and not i.secret)
    item.proposal = PROPOSAL
    item.tjansteskrivelse.sections.append(Section("Beskrivning av ärendet", BESKRIVNING))
    meetings.save_meeting(store, meeting)
    return meeting_lookup.find_meeting(store, DAY)


def _names(hits):
    return [h for h in hits if h.kind == "namn"]


def test_a_name_without_consent_is_a_hit_that_does_not_show_in_the_list(demo_store) -> None:
    meeting = _meeting_naming_the_citizen(demo_store)
    found = _names(public_copy.scan_public(demo_store, meeting.id))
    assert len(found) == 2  # the förslag and the beskrivning
    assert all(CITIZEN not in h.shown and DNR in h.shown for h in found)
    assert all(h.kind_text == "Enskild person" for h in found)


def test_a_name_with_consent_is_no_hit(demo_store) -> None:
    meeting = _meeting_naming_the_citizen(demo_store, consent=True)
    assert _names(public_copy.scan_public(demo_store, meeting.id)) == []


def _decide_all(store, meeting_id: int) -> None:
    hits = public_copy.scan_public(store, meeting_id)
    public_copy.decide(store, meeting_id, [h.key for h in hits], "maskera", by="Test")


def _masked_naming_the_citizen(store):
    meeting = _meeting_naming_the_citizen(store)
    _decide_all(store, meeting.id)
    return meeting


@pytest.mark.parametrize(
    "output",
    [
        "paket (papper)",
        "paket med förslag (papper)",
        "kallelse med förslag (webb)",
        "paket (webb) och bilagefiler",
    ],
)
def test_masked_the_name_is_in_no_public_output(demo_built, output: str) -> None:
    store, meeting = demo_built(_masked_naming_the_citizen)
    flat = " ".join(OUTPUTS[output](store, meeting.id).split())
    assert "Karlsson" not in flat
    assert (
        "Förslagsställaren föreslår i ett medborgarförslag" in flat
        or "förslagsställarens medborgarförslag" in flat
    )


def test_a_page_of_the_forslag_attached_as_pdf_is_left_out(demo_store) -> None:
    """The förslag as its author sent it, attached as a PDF: the page that names the author
    is a hit of its own and is left out, said on a page of its own; page 1 is published."""
    meeting = _meeting_naming_the_citizen(demo_store)
    item = next(i for i in meeting.items if i.proposal == PROPOSAL)
    pages = ["Medborgarförslag\nBollkorg eller klätterplank vid Prästgårdsliden", BESKRIVNING]
    attached = meetings.pdf_bilaga(text_pdf(pages), "medborgarforslag.pdf", "Medborgarförslaget")
    attached.nr = "9"
    item.bilagor.append(attached)
    meetings.save_meeting(demo_store, meeting)
    found = [h for h in public_copy.scan_public(demo_store, meeting.id) if "sida" in h.source]
    assert [(h.kind, h.where.rsplit(", ", 1)[-1]) for h in found] == [("namn", "sida 2")]
    _decide_all(demo_store, meeting.id)
    flat = " ".join(OUTPUTS["paket (papper)"](demo_store, meeting.id).split())
    assert "Karlsson" not in flat
    assert "Bollkorg eller klätterplank vid Prästgårdsliden" in flat  # page 1
    assert "Sidan 2 ingår inte i den offentliga versionen: den innehåller personuppgifter" in flat


def test_a_document_written_in_ksdesk_naming_the_citizen_is_left_out(demo_store) -> None:
    meeting = _meeting_naming_the_citizen(demo_store)
    document = document_repo.find(demo_store, "forteckning-revideringar")
    blocks = [Block("Bakgrund", BESKRIVNING), *document.blocks]
    document_repo.save(demo_store, replace(document, blocks=blocks))
    found = [h for h in public_copy.scan_public(demo_store, meeting.id) if h.kind == "namn"]
    assert any(h.source.startswith("bilaga:") and h.bilaga_id for h in found)
    _decide_all(demo_store, meeting.id)
    flat = " ".join(OUTPUTS["paket (webb) och bilagefiler"](demo_store, meeting.id).split())
    assert "Karlsson" not in flat
    assert "utelämnad: innehåller personuppgifter som maskerats" in flat


def test_the_redovisning_of_the_register_is_no_hit_it_hides_the_name_itself(demo_store) -> None:
    meeting = _meeting_naming_the_citizen(demo_store)
    item = next(i for i in meeting.items if i.proposal == PROPOSAL)
    item.bilagor.append(Bilaga(title="Redovisning", nr="8", ref="motionsredovisning:2020-12-07"))
    meetings.save_meeting(demo_store, meeting)
    found = public_copy.scan_public(demo_store, meeting.id)
    assert not [h for h in found if h.kind == "namn" and h.source.startswith("bilaga:")]
    _decide_all(demo_store, meeting.id)
    flat = " ".join(OUTPUTS["paket (papper)"](demo_store, meeting.id).split())
    assert "Karlsson" not in flat
    assert "Bollkorg eller klätterplank vid" in flat  # listed, without the name
