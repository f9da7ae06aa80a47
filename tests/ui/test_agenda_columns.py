"""The Kallelse tab's ärendelista after a real list's import: a long föredragande wraps in
its column, so the title keeps the width (Kungsbacka's "Christina Nordberg, controller och
Annika Nally, HR-specialist" took it, at 150 % leaving the titles "Förä… av ären…")."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from ksdesk.services import meeting_lookup
from ksdesk.ui.tabs.agenda_page import PRESENTER_WIDTH
from tests.ui.test_kallelse_tab import window  # noqa: F401 (fixture)

_LONG = "Christina Nordberg, controller och Annika Nally, HR-specialist"


def test_a_long_foredragande_wraps_and_leaves_the_title_its_width(
    window,  # noqa: F811
    demo_store,
) -> None:
    tab = window.tab("Kallelse")
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    meeting.items[2].presenter = _LONG
    tab.agenda.show_meeting(meeting)
    window.resize(910, 480)
    QApplication.processEvents()
    table = tab.agenda.ui.agenda_table
    # Before, the column took the whole name (some 360 px) and the title what was left.
    assert table.columnWidth(3) <= PRESENTER_WIDTH < table.sizeHintForColumn(3)
    assert table.columnWidth(1) > 80


def test_at_150_percent_the_title_keeps_a_readable_width(
    window,  # noqa: F811
    demo_store,
) -> None:
    """walk29: with a Kungsbacka list's Dnr, three föredragande and a time slot, the other
    columns at their contents' width left the title "… av …" in a 910-pixel window."""
    tab = window.tab("Kallelse")
    meeting = meeting_lookup.find_meeting(demo_store, date(2020, 12, 7))
    for item in meeting.items:
        item.presenter = "Malin Larsson, Anders Johansson, Lovisa Eld"
        item.time_slot = "13.00–13.20"
        item.title = "Godkännande av samrådsredogörelse samt granskning av förslag"
    tab.agenda.show_meeting(meeting)
    window.resize(910, 480)
    QApplication.processEvents()
    table = tab.agenda.ui.agenda_table
    widest_word = table.fontMetrics().horizontalAdvance("samrådsredogörelse")
    assert table.columnWidth(1) >= widest_word
    assert table.columnWidth(1) > table.columnWidth(3)  # the title before the föredragande
