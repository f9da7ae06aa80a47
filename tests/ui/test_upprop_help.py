"""The upprop's hint and the Närvaro column's tooltip give their example in the meeting's own
§§: a nämnd starting at § 99 (Marks kommun's barn- och utbildningsnämnd, 2016-12-15,
http://docplayer.se/43222569-Sammantradesprotokoll-sida-1-23-barn-och-utbildningsnamnden.html)
was told to type "217–219, 221–223", numbers its protokoll does not have."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt

from ksdesk.services import meeting_lookup
from ksdesk.services import protokoll as protokoll_service
from ksdesk.ui.models.upprop_model import UppropModel
from ksdesk.ui.tabs.sammantrade_tab import SammantradeTab


def test_the_examples_are_in_the_meeting_s_own_numbers(qtbot, demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    protokoll_service.start_protokoll(demo_store, meeting.id, first=301)  # §§ 301–307
    tab = SammantradeTab(demo_store)
    qtbot.addWidget(tab)
    help_label = tab.upprop.ui.upprop_help
    assert "till exempel ”301–303, 305–307”" in help_label.text()
    assert "217" not in help_label.text() + help_label.toolTip()
    model = tab.upprop_model
    tooltip = model.index(0, UppropModel.NARVARO).data(Qt.ItemDataRole.ToolTipRole)
    assert "”301–303, 305–307”" in tooltip and "”305–” (från § 305 till slutet)" in tooltip


def test_before_the_start_the_example_is_in_the_numbers_the_start_will_give(
    qtbot, tmp_path
) -> None:
    """A fresh file of Marks kommun's barn- och utbildningsnämnd (tests/marks_bun.py): before
    Starta protokollet the hint spoke of the demo's §§ 217–223. It now speaks of the §§ the
    start will give, and follows Första § as the secretary types it."""
    from ksdesk.services import meetings
    from tests.marks_bun import BUN, bun_file

    store, december = bun_file(tmp_path)
    tab = SammantradeTab(store)
    qtbot.addWidget(tab)
    tab.ui.meeting_combo.setCurrentIndex(tab.ui.meeting_combo.findData(december))
    help_label = tab.upprop.ui.upprop_help
    # Four standard items and the two ärenden: six §§, from § 1 in the file's first meeting …
    assert "”1–3, 5–6”" in help_label.text()
    tab.ui.first_spin.setValue(99)  # … unless Första § says otherwise
    assert "”99–101, 103–104”" in help_label.text()
    assert "217" not in help_label.text() + help_label.toolTip()

    tab.start()  # §§ 99–104; the next meeting's hint goes on from there
    after, _ = meetings.create_meeting(store, BUN, date(2016, 12, 20), time(9), "Kinna")
    tab.refresh()
    tab.ui.meeting_combo.setCurrentIndex(tab.ui.meeting_combo.findData(after.id))
    assert not tab.ui.first_spin.isVisibleTo(tab)
    assert "”105–107”" in help_label.text()  # its four standard items, §§ 105–108
    store.close()


def test_the_demo_before_the_start_speaks_of_its_own_paragrafer(qtbot, demo_store) -> None:
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    tab = SammantradeTab(demo_store)
    qtbot.addWidget(tab)
    tab.ui.meeting_combo.setCurrentIndex(tab.ui.meeting_combo.findData(meeting.id))
    assert "”217–219, 221–223”" in tab.upprop.ui.upprop_help.text()  # § 216 is in the file
    started = protokoll_service.start_protokoll(demo_store, meeting.id)
    assert started.numbers == list(range(217, 224))


def test_no_example_where_there_is_no_number_to_give() -> None:
    from ksdesk.core.narvaro import example
    from ksdesk.ui.models.upprop_model import narvaro_help

    assert example([]) == "" and example([12]) == "12"
    assert "217" not in narvaro_help([]) + narvaro_help([12])
    assert "”12–” (från § 12 till slutet)" in narvaro_help([12])


def test_before_the_start_the_hint_says_what_fills_the_empty_table(qtbot, demo_store) -> None:
    """Before Starta protokollet the upprop is empty: "Bocka i de närvarande" alone asked the
    secretary to tick rows that are not there."""
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    tab = SammantradeTab(demo_store)
    qtbot.addWidget(tab)
    tab.ui.meeting_combo.setCurrentIndex(tab.ui.meeting_combo.findData(meeting.id))
    help_label = tab.upprop.ui.upprop_help
    assert tab.upprop_model.rowCount() == 0
    assert help_label.text().startswith("Uppropet fylls med nämndens ledamöter och ersättare")
    tab.start()
    assert tab.upprop_model.rowCount() > 0
    assert help_label.text().startswith("Bocka i de närvarande")
