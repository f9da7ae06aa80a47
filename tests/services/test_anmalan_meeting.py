"""Which meeting a delegationsbeslut is anmält at: its beslutsdatum against the cut-off,
whatever day it was registered; after the kallelse went out, the next meeting (walk30 #4)."""

from __future__ import annotations

from datetime import date, time, timedelta

from ksdesk.core.import_report import ImportReport
from ksdesk.core.meeting import Arende, MeetingStatus
from ksdesk.db import meeting_repo
from ksdesk.services import delegationsbeslut, delegationsbeslut_import, laga_kraft, meetings
from ksdesk.services import protokoll as protokoll_service
from ksdesk.services.delegationsbeslut import BeslutInput

KS = "Kommunstyrelsen"


def _register(store, dnr: str, day: date, received: date | None) -> int:
    data = BeslutInput(dnr, day, "Kommunsekreterare", f"Beslut {dnr}", punkt="4", organ=KS)
    data.received = received
    return delegationsbeslut.register(store, data).beslut.id


def _import(store, tmp_path, dnr: str, day: str):
    """The diarium's list of one decision read in today."""
    path = tmp_path / "beslut.csv"
    path.write_text(
        "Diarienummer;Beslutsdatum;Ärendemening;Delegat\n"
        f"{dnr};{day};Yttrande över detaljplan;Kommunsekreterare\n",
        encoding="utf-8",
    )
    return delegationsbeslut_import.import_file(store, path, KS)


def _dnrs(decisions) -> list[str]:
    return [b.dnr for b in decisions]


def test_the_beslutsdatum_counts_and_a_sent_kallelse_passes_late_ones_on(demo_store, tmp_path):
    store = demo_store
    first = meeting_repo.list_headers(store)[0]  # 2020-12-07, cut-off 2020-11-29
    protokoll_service.set_status(store, first.id, MeetingStatus.UTKAST)  # the kallelse is written
    # Taken before the cut-off, typed in the day after it: on the list all the same.
    _register(store, "KS 2020/701", date(2020, 11, 20), date(2020, 11, 30))
    assert _dnrs(delegationsbeslut.for_meeting(store, first.id)) == ["KS 2020/701"]
    second, _ = meetings.create_meeting(store, KS, date(2020, 12, 14), time(14))
    # The kallelse has gone out (by 2020-11-30): one registered after it waits for the next.
    protokoll_service.set_status(store, first.id, MeetingStatus.UTSKICKAD)
    done = _import(store, tmp_path, "KS 2020/702", "2020-11-25")
    summary = delegationsbeslut.anmalan_summary(store, first.id)
    assert _dnrs(summary.listed) == ["KS 2020/701"]
    assert _dnrs(summary.after_sending) == _dnrs(summary.late) == ["KS 2020/702"]
    assert _dnrs(delegationsbeslut.for_meeting(store, second.id)) == ["KS 2020/701", "KS 2020/702"]
    assert any(
        line.startswith("Anmäls vid sammanträdet 2020-12-14") and "1 beslut" in line
        for line in done.report.read
    ), done.report.read


def test_a_decision_registered_after_its_meeting_was_held_is_followed_up(demo_store) -> None:
    store = demo_store
    held = meeting_repo.list_headers(store)[0]
    protokoll_service.set_status(store, held.id, MeetingStatus.GENOMFORD)
    _register(store, "KS 2020/703", date(2020, 11, 20), None)  # registered today
    missed = laga_kraft.ej_anmalda(store, date.today() + timedelta(days=1))
    assert [(e.beslut.dnr, e.borde_anmalts) for e in missed] == [("KS 2020/703", held.date)]


def test_the_agenda_item_the_kommun_names_its_own_way_gets_the_list(demo_store) -> None:
    store = demo_store
    meeting = meeting_repo.get(store, meeting_repo.list_headers(store)[0].id)
    own = Arende("Anmälan av delegeringsbeslut", dnr="KS 2020/7", kind="anmalan", is_standard=True)
    meeting.items.insert(3, own)
    meetings.save_meeting(store, meeting)
    item = delegationsbeslut.anmalan_item(store, meeting.id)
    items = meeting_repo.get(store, meeting.id).items
    assert [i.title for i in items if "delegationsbeslut" in i.title] == []
    assert item.title == "Anmälan av delegeringsbeslut"
    assert [b.ref for b in items[3].bilagor] == [f"delegationsanmalan:{meeting.id}"]


def held_with_anmalan(store, tmp_path) -> tuple[int, int, ImportReport]:
    """The demo's meeting held with "Anmälan av delegeringsbeslut" as a §, and a list read in
    after it with one decision taken by its cut-off: (meeting id, the §, the import's report)."""
    held = meeting_repo.get(store, meeting_repo.list_headers(store)[0].id)  # cut-off 2020-11-29
    own = Arende("Anmälan av delegeringsbeslut", kind="anmalan", is_standard=True)
    held.items.insert(3, own)
    meetings.save_meeting(store, held)
    paragrafer = protokoll_service.start_protokoll(store, held.id).paragrafer
    nr = next(p.nr for p in paragrafer if p.title == own.title)
    protokoll_service.set_status(store, held.id, MeetingStatus.GENOMFORD)
    return held.id, nr, _import(store, tmp_path, "KS 2020/704", "2020-11-20").report


def test_a_list_imported_after_a_held_meeting_with_the_anmalan_says_so_and_links(
    demo_store, tmp_path
) -> None:
    """walk37 #10: decisions read in after the meeting whose agenda had "Anmälan av
    delegeringsbeslut" stayed ej anmälda without a word: the import and Uppföljning say where
    they were probably reported, and linking files them under that meeting."""
    from ksdesk.services import delegationsbeslut_late

    store = demo_store
    held, nr, report = held_with_anmalan(store, tmp_path)
    where = f"anmäldes troligen vid sammanträdet 2020-12-07, § {nr}"
    said = [line for line in report.read if line.startswith(f"1 beslut {where}:")]
    assert said and "Koppla dem där" in said[0], report.read
    today = date.today()
    assert [e.trolig for e in laga_kraft.ej_anmalda(store, today)] == [f"{where}: koppla dem där"]
    ids = delegationsbeslut_late.late_ids(store, held, today)
    delegationsbeslut_late.file_late(store, held, ids, True)
    assert len(ids) == 1 and laga_kraft.ej_anmalda(store, today) == []
    assert _dnrs(delegationsbeslut.for_meeting(store, held)) == ["KS 2020/704"]
