"""Undoing the start of an extra sammanträde's protokoll. Marks kommun's barn- och
utbildningsnämnd (tests/marks_bun.py) has its 15 December protokoll begun at § 99 when an
extra sammanträde a week earlier is held: starting that one moves the 15 December §§ on after
it. Ctrl+Z took back the extra meeting's §§ but left the later meeting's numbers, and who was
there for which of them, moved until the §§ were updated again."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Arende
from ksdesk.core.protokoll import Deltagare, Narvaro
from ksdesk.services import meetings
from ksdesk.services import protokoll as protokoll_service
from ksdesk.ui.undo import UndoStack
from tests.marks_bun import BUN, bun_file


def test_undoing_the_start_puts_the_later_meeting_s_numbers_back(qtbot, tmp_path) -> None:
    from ksdesk.ui.app import create_application
    from ksdesk.ui.tabs.sammantrade_tab import SammantradeTab

    store, december = bun_file(tmp_path)
    protokoll_service.start_protokoll(store, december, 99)  # §§ 99–105
    upprop = [Deltagare("Urban Jernberg", "S", narvaro=[Narvaro(first=101)])]
    protokoll_service.save_upprop(store, december, upprop)
    extra, _ = meetings.create_meeting(store, BUN, date(2016, 12, 8), time(13), "Kinna")
    meeting = meetings.get_meeting(store, extra.id)
    meeting.items.append(Arende("Avstängning vuxenutbildning"))
    meetings.save_meeting(store, meeting)
    before = protokoll_service.get_protokoll(store, december)

    create_application()
    tab = SammantradeTab(store)
    tab.undo_stack = UndoStack(tab)
    qtbot.addWidget(tab)
    tab.ui.meeting_combo.setCurrentIndex(tab.ui.meeting_combo.findData(extra.id))
    tab.ui.first_spin.setValue(99)  # the year's first meeting in the file asks
    tab.start()
    extra_numbers = protokoll_service.get_protokoll(store, extra.id).numbers
    assert extra_numbers[0] == 99
    moved = protokoll_service.get_protokoll(store, december)
    assert moved.numbers[0] == extra_numbers[-1] + 1
    assert moved.upprop[0].narvaro == [Narvaro(first=extra_numbers[-1] + 3)]

    tab.undo_stack.undo()
    assert protokoll_service.get_protokoll(store, extra.id).paragrafer == []
    back = protokoll_service.get_protokoll(store, december)
    assert back.numbers == before.numbers
    assert [p.title for p in back.paragrafer] == [p.title for p in before.paragrafer]
    assert back.upprop[0].narvaro == [Narvaro(first=101)]

    tab.undo_stack.redo()
    assert protokoll_service.get_protokoll(store, extra.id).numbers == extra_numbers
    assert protokoll_service.get_protokoll(store, december).numbers == moved.numbers
    assert protokoll_service.get_protokoll(store, december).upprop[0].narvaro == (
        moved.upprop[0].narvaro
    )
    store.close()
