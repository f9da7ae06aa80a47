"""The deadline panel as the Kallelse tab's page "Tidsfrister", following the chosen meeting."""

from __future__ import annotations

from datetime import date

from ksdesk.db import delegationsbeslut_repo
from ksdesk.services import delegationsbeslut, meeting_lookup
from ksdesk.services import protokoll as protokoll_service
from ksdesk.ui.app import create_application
from ksdesk.ui.main_window import MainWindow


def test_kallelse_tab_shows_the_chain_with_warnings(qtbot, demo_store) -> None:
    create_application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    tab = window.tab("Kallelse")
    tabs = tab.ui.detail_tabs
    page = tabs.indexOf(tab.deadlines)
    # 2020-12-07 lies in the past and its protokoll was never justerat here.
    assert tabs.tabText(page) == "Tidsfrister (1 att åtgärda)"
    assert tab.deadlines.warnings() == ["Protokollet justeras senast: passerat"]
    assert tab.deadlines.meeting_id == tab.meeting.id


def test_marking_held_reports_the_delegationsbeslut_and_undo_takes_it_back(demo_store) -> None:
    meeting_id = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7)).id
    # The demo's one decision is the samhällsbyggnadsnämnd's; make one of the KS's own.
    beslut = delegationsbeslut.list_all(demo_store)[0]
    beslut.organ = "Kommunstyrelsen"
    with demo_store.atomic():
        delegationsbeslut_repo.save(demo_store, beslut)
    listed = delegationsbeslut.for_meeting(demo_store, meeting_id)
    assert [b.dnr for b in listed] == ["SBN 2020/877"]
    protokoll_service.mark_held(demo_store, meeting_id)
    ids = {b.id for b in listed}
    reported = [b for b in delegationsbeslut.list_all(demo_store) if b.id in ids]
    assert all(b.reported_meeting_id == meeting_id for b in reported)
    protokoll_service.set_status(demo_store, meeting_id, "utskickad")
    assert all(b.reported_meeting_id is None for b in delegationsbeslut.list_all(demo_store))
