"""A reload of the Uppföljning tab (Uppdatera, or any edit in it) leaves the pages whose rows
have not changed as they are: nothing is reset or measured again there and the secretary's
selection stays. A page whose rows changed shows them, and another day judges every row
anew (an uppdrag late from the day after its Senast)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from ksdesk.core.uppdrag import Uppdrag
from ksdesk.services import uppdrag
from ksdesk.ui.tabs.uppfoljning_tab import UppfoljningTab


def _resets(tab: UppfoljningTab) -> dict[str, list[int]]:
    counts: dict[str, list[int]] = {}
    for index in range(tab.pages.count()):
        page = tab.pages.widget(index)
        count = counts.setdefault(tab.pages.tabText(index).split(" (")[0], [0])
        page.model.modelReset.connect(lambda c=count: c.__setitem__(0, c[0] + 1))
    return counts


def _tab_with_a_late_uppdrag(qtbot, store, day: date) -> UppfoljningTab:
    """The tab on `day`, with one uppdrag due 2021-01-10."""
    late = Uppdrag("Utred parkeringen", ansvarig="Kanslichef", kalla="KS", senast=date(2021, 1, 10))
    uppdrag.save(store, late)
    tab = UppfoljningTab(store)
    qtbot.addWidget(tab)
    tab.day_edit.setDate(QDate(day.year, day.month, day.day))
    return tab


def test_a_reload_resets_only_the_pages_whose_rows_changed(qtbot, demo_store) -> None:
    tab = _tab_with_a_late_uppdrag(qtbot, demo_store, date(2021, 1, 5))
    tab.matters.table.selectRow(0)
    resets = _resets(tab)

    tab.refresh()  # Uppdatera, nothing changed
    assert all(count == [0] for count in resets.values())
    assert tab.matters.current() is not None  # the selection stays
    assert tab.matters.buttons["gang"].isEnabled()

    tab.pages.setCurrentWidget(tab.uppdrag_page)  # takes its rows once, brought forward
    assert resets["Uppdrag"] == [1]
    uppdrag.save(demo_store, Uppdrag("Svara på remissen", ansvarig="Kanslichef", kalla="KS"))
    tab.refresh()
    assert resets["Uppdrag"] == [2] and tab.uppdrag_page.model.rowCount() == 2
    assert resets["Öppna ärenden"] == [0] and resets["Laga kraft"] == [0]

    status = tab.uppdrag_page.model.index(0, 4)
    assert status.data() != "Försenat"
    tab.day_edit.setDate(QDate(2021, 1, 15))  # the same rows, judged by another day
    assert resets["Uppdrag"] == [3]  # shown anew: the view redraws and fits them
    assert tab.uppdrag_page.model.index(0, 4).data() == "Försenat"


def test_a_page_behind_takes_its_rows_when_brought_forward(qtbot, demo_store) -> None:
    """Opening the tab fills and measures the table of the page in front alone; a page
    behind it shows what is current when the secretary brings it forward (its count is in
    its title from the start), and is left as it is when nothing changed since."""
    from ksdesk.services import meetings, protokoll

    held = meetings.list_meetings(demo_store)[0]
    protokoll.start_protokoll(demo_store, held.id)
    tab = _tab_with_a_late_uppdrag(qtbot, demo_store, date(2021, 1, 15))
    assert tab.pages.currentWidget() is tab.matters
    behind = [tab.pages.widget(index) for index in range(1, tab.pages.count())]
    assert [page.model.rowCount() for page in behind] == [0] * len(behind)
    assert tab.pages.tabText(1) == "Uppdrag (1)"

    resets = _resets(tab)
    uppdrag.save(demo_store, Uppdrag("Svara på remissen", ansvarig="Kanslichef", kalla="KS"))
    tab.refresh()
    assert resets["Uppdrag"] == [0]  # behind: nothing measured yet
    tab.pages.setCurrentWidget(tab.uppdrag_page)
    assert resets["Uppdrag"] == [1] and tab.uppdrag_page.model.rowCount() == 2
    tab.pages.setCurrentWidget(tab.expediering_page)
    assert tab.expediering_page.model.index(0, 0).data() == "217"
    tab.pages.setCurrentWidget(tab.uppdrag_page)  # nothing changed since: left as it is
    assert resets["Uppdrag"] == [1]
