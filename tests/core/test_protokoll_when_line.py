"""The protokoll's "Plats och tid" line: place, day and hours, whichever are known."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Sammantrade
from ksdesk.core.protokoll import Justering, Protokoll
from ksdesk.core.protokoll_text import when_line


def _line(place: str, closed: time | None = None) -> str:
    meeting = Sammantrade(organ_id=1, date=date(2026, 12, 14), time=time(9, 0), place=place)
    return when_line(meeting, Protokoll(1, Justering(closed=closed)))


def test_place_day_and_hours() -> None:
    line = _line("Rådhuset, sessionssalen", time(11, 30))
    assert line == "Rådhuset, sessionssalen, måndag 14 december 2026, kl.\u00a009.00–11.30"


def test_a_meeting_without_a_place_starts_with_its_day_not_a_comma() -> None:
    assert _line("") == "Måndag 14 december 2026, kl.\u00a009.00"
    assert _line("   ") == "Måndag 14 december 2026, kl.\u00a009.00"
