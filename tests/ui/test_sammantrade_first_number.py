"""A nämnd that starts with ksdesk in the autumn is at § 187, not § 1: the window asks where
the year's first meeting in the file begins, beside Starta protokollet (the CLI has
`protokoll start --forsta-paragraf`)."""

from __future__ import annotations

from datetime import date, time

from ksdesk.services import meetings, own_kommun
from ksdesk.services import protokoll as protokoll_service
from tests.ui.test_sammantrade_tab import open_tab


def _two_meetings(tmp_path):
    store = own_kommun.new_database(tmp_path / "ny.sqlite", "Testby kommun", "Kommunstyrelsen")
    # A new meeting comes with the organ's standard ärenden (Val av justerare, …).
    autumn, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2026, 9, 7), time(14))
    later, _ = meetings.create_meeting(store, "Kommunstyrelsen", date(2026, 10, 5), time(14))
    return store, autumn, later


def test_the_years_first_meeting_in_the_file_begins_where_the_secretary_says(
    qtbot, tmp_path
) -> None:
    store, autumn, later = _two_meetings(tmp_path)
    tab = open_tab(qtbot, store)
    tab.ui.meeting_combo.setCurrentIndex(tab.ui.meeting_combo.findData(autumn.id))
    assert tab.ui.first_spin.isVisibleTo(tab) and tab.ui.first_spin.value() == 1
    tab.ui.first_spin.setValue(187)
    tab.start()
    numbers = [p.nr for p in protokoll_service.get_protokoll(store, autumn.id).paragrafer]
    assert numbers == list(range(187, 187 + len(numbers))) and len(numbers) >= 2
    assert not tab.ui.first_spin.isVisibleTo(tab)  # begun: the numbers are the protokoll's
    # The next meeting numbers on from the file's §§: nothing to ask.
    tab.ui.meeting_combo.setCurrentIndex(tab.ui.meeting_combo.findData(later.id))
    assert not tab.ui.first_spin.isVisibleTo(tab)
    tab.start()
    next_numbers = [p.nr for p in protokoll_service.get_protokoll(store, later.id).paragrafer]
    assert next_numbers[0] == numbers[-1] + 1
    tab.test_window.close()
    store.close()
