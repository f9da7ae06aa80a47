"""The delegationsbeslut window offers the anmälan at the next meeting, not at the last one
of a sammanträdesplan put in a year ahead (Tyresö's barn- och utbildningsnämnd fixes a
year's dates at once: https://insynsverige.se/tyreso-barn/protokoll?date=2023-10-25,
ärende 3)."""

from __future__ import annotations

from datetime import date, time, timedelta

from ksdesk.services import meetings
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.delegationsbeslut_dialog import DelegationsbeslutDialog


def test_the_next_meeting_is_chosen_for_the_anmalan(qtbot, demo_store) -> None:
    create_application()
    planned = [
        meetings.create_meeting(
            demo_store, "Kommunstyrelsen", date.today() + timedelta(weeks=weeks), time(14)
        )[0]
        for weeks in (12, 4, 8)
    ]
    dialog = DelegationsbeslutDialog(demo_store)
    qtbot.addWidget(dialog)
    assert dialog.anmalan.meeting_combo.currentData() == planned[1].id  # four weeks ahead
