"""The public lists ksdesk makes from its registers print no citizen's name without consent:
Uppföljning av beslut (its own public PDF, and as a bilaga of the public packet on paper and
on the web) and the redovisning of motioner and medborgarförslag. Such a list belongs to no
review (it spans meetings), so it hides the names itself; the uppföljning list masked only
personnummer and printed an uppdrag "Svara Kalle Karlsson om bollkorgen" as written, and the
redovisning hid a citizen only in the citizen's own row.

The förslag is a real one's (Mjölby kommun, "Beslutade medborgarförslag 2020",
https://www.mjolby.se/37199.html: "Bollkorg eller klätterplank vid Prästgårdsliden"); the
citizen is made up, as in tests/safety/test_citizen_names.py."""

from __future__ import annotations

from datetime import date

import pytest

from ksdesk.core.meeting import Bilaga
from ksdesk.core.motion import Motion, MotionTyp
from ksdesk.core.uppdrag import Uppdrag
from ksdesk.services import delegationsbeslut, meeting_lookup, meetings, motioner, public_copy
from ksdesk.services import uppdrag as uppdrag_service
from tests.safety.public_surfaces import OUTPUTS

DAY = date(2020, 12, 7)
CITIZEN = "Kalle Karlsson"
FORSLAG = "Bollkorg eller klätterplank vid Prästgårdsliden"
TASK = f"Svara {CITIZEN} om bollkorgen"
# A second förslag, its author agreeing to be named, that names the first citizen.
SUPPORT = f"Stöd för {CITIZEN}s förslag om bollkorg"


def _registers_naming_the_citizen(store) -> int:
    motioner.save(
        store, Motion(MotionTyp.MEDBORGARFORSLAG, FORSLAG, date(2020, 3, 2), av=CITIZEN, dnr="KS 9")
    )
    motioner.save(
        store,
        Motion(
            MotionTyp.MEDBORGARFORSLAG,
            SUPPORT,
            date(2020, 4, 1),
            av="Eva Ek",
            namn_publiceras=True,
            dnr="KS 10",
        ),
    )
    meeting = meeting_lookup.find_meeting(store, DAY)
    given = Uppdrag(
        vad=TASK,
        ansvarig="Tekniska förvaltningen",
        senast=date(2020, 12, 1),
        delegationsbeslut_id=delegationsbeslut.list_all(store)[0].id,
        organ_id=meeting.organ_id,
        aterrapport_meeting_id=meeting.id,
    )
    uppdrag_service.save(store, given)
    item = meeting.items[-1]
    item.bilagor.append(Bilaga(title="Uppföljning av beslut", ref=f"uppfoljning:{meeting.id}"))
    item.bilagor.append(
        Bilaga(title="Motioner och medborgarförslag", ref=f"motionsredovisning:{DAY.isoformat()}")
    )
    meetings.save_meeting(store, meeting)
    hits = public_copy.scan_public(store, meeting.id)
    keys = [hit.key for hit in hits if not hit.resolved]
    public_copy.decide(store, meeting.id, keys, "maskera", by="Test", scanned=hits)
    return meeting.id


# Each list alone, and both as bilagor of the packet on paper and on the web.
LISTS = ("uppföljning av beslut", "redovisning av motioner", "paket (papper)")


@pytest.mark.parametrize("output", [*LISTS, "paket (webb) och bilagefiler"])
def test_a_public_list_prints_no_name_without_consent(demo_built, output: str) -> None:
    store, meeting_id = demo_built(_registers_naming_the_citizen)
    text = " ".join(OUTPUTS[output](store, meeting_id).split())
    assert CITIZEN not in text, output
    if output != "redovisning av motioner":
        assert "Svara förslagsställaren om bollkorgen" in text
    if output != "uppföljning av beslut":
        assert "Stöd för förslagsställarens förslag om bollkorg" in text


def test_the_internal_lists_keep_the_name(demo_built) -> None:
    store, meeting_id = demo_built(_registers_naming_the_citizen)
    shown = uppdrag_service.uppfoljning_document(store, meeting_id)
    assert TASK in str(shown)
    assert SUPPORT in str(motioner.redovisning_document(store, DAY))


TURNED = "Karlsson, Kalle"  # as a diarium lists a sender: family name first


def test_a_name_written_family_name_first_is_masked_too(demo_built) -> None:
    """A beslutsunderlag written by hand (Paragrafer page, schema step m1405) from the
    diarium's list names the citizen "Karlsson, Kalle": the review looked only for "Kalle
    Karlsson" and the public protokoll printed it."""
    from ksdesk.services import protokoll as protokoll_service
    from tests.safety.public_surfaces import PARAGRAF

    store, meeting_id = demo_built(_registers_naming_the_citizen)
    protokoll_service.start_protokoll(store, meeting_id)
    paragraf = protokoll_service.get_protokoll(store, meeting_id).paragraf(PARAGRAF)
    paragraf.beslutsunderlag.append(f"Medborgarförslag från {TURNED}, inkommet 2020-03-02.")
    protokoll_service.save_paragraf(store, paragraf)
    hits = public_copy.scan_public(store, meeting_id)
    assert [h.where for h in hits if h.kind == "namn"] == [f"§ {PARAGRAF}, beslutsunderlag"]
    public_copy.decide(store, meeting_id, [h.key for h in hits], "maskera", by="Test")
    text = " ".join(OUTPUTS["utdrag (papper)"](store, meeting_id).split())
    assert "Karlsson" not in text
    assert "Medborgarförslag från förslagsställaren, inkommet 2020-03-02." in text
