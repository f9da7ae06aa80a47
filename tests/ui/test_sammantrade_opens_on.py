"""The Sammanträde tab opens on today's meeting or the one just held."""

from __future__ import annotations

from datetime import date

from ksdesk.services import meeting_lookup
from ksdesk.ui.tabs.sammantrade_tab import SammantradeTab


def test_the_tab_opens_on_the_meeting_just_held_not_one_planned_ahead(qtbot, demo_store):
    """With the year's sammanträdesplan in the file (Tyresö's barn- och utbildningsnämnd
    fixes its dates a year ahead: https://insynsverige.se/tyreso-barn/protokoll?date=
    2023-10-25, ärende 3) the tab opened on the last planned meeting, empty."""
    from datetime import time, timedelta

    from ksdesk.services import meetings

    for weeks in (4, 40):
        meetings.create_meeting(
            demo_store, "Kommunstyrelsen", date.today() + timedelta(weeks=weeks), time(14)
        )
    held = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    tab = SammantradeTab(demo_store)
    qtbot.addWidget(tab)
    assert tab.meeting.id == held.id
