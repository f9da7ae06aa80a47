"""The upprop's hint and the Närvaro column's tooltip give their example in the meeting's own
§§: a nämnd starting at § 99 (Marks kommun's barn- och utbildningsnämnd, 2016-12-15,
http://docplayer.se/43222569-Sammantradesprotokoll-sida-1-23-barn-och-utbildningsnamnden.html)
was told to type "217–219, 221–223", numbers its protokoll does not have."""

from __future__ import annotations

from datetime import date

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
