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


def test_a_reload_resets_only_the_pages_whose_rows_changed(qtbot, demo_store) -> None:
    uppdrag.save(
        demo_store,
        Uppdrag("Utred parkeringen", ansvarig="Kanslichef", kalla="KS", senast=date(2021, 1, 10)),
    )
    tab = UppfoljningTab(demo_store)
    qtbot.addWidget(tab)
    tab.day_edit.setDate(QDate(2021, 1, 5))
    tab.matters.table.selectRow(0)
    resets = _resets(tab)

    tab.refresh()  # Uppdatera, nothing changed
    assert all(count == [0] for count in resets.values())
    assert tab.matters.current() is not None  # the selection stays
    assert tab.matters.buttons["gang"].isEnabled()

    uppdrag.save(demo_store, Uppdrag("Svara på remissen", ansvarig="Kanslichef", kalla="KS"))
    tab.refresh()
    assert resets["Uppdrag"] == [1] and tab.uppdrag_page.model.rowCount() == 2
    assert resets["Öppna ärenden"] == [0] and resets["Laga kraft"] == [0]

    status = tab.uppdrag_page.model.index(0, 4)
    assert status.data() != "Försenat"
    tab.day_edit.setDate(QDate(2021, 1, 15))  # the same rows, judged by another day
    assert resets["Uppdrag"] == [2]  # shown anew: the view redraws and fits them
    assert tab.uppdrag_page.model.index(0, 4).data() == "Försenat"
