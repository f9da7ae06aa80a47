"""Which meeting a list shows first (core.meeting.latest_held, next_coming): not the newest
in the file, which is often the last of a sammanträdesplan a year ahead."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Sammantrade, latest_held, next_coming

TODAY = date(2026, 12, 5)
# Newest first, as the meetings service lists them.
PLAN = [Sammantrade(1, date(2027, m, 10), time(14)) for m in (11, 6, 1)]
HELD = [Sammantrade(1, date(2026, 12, 5), time(14)), Sammantrade(1, date(2026, 11, 7), time(14))]


def test_the_meeting_held_today_or_last_is_the_latest_held() -> None:
    assert latest_held(PLAN + HELD, TODAY) is HELD[0]
    assert latest_held(PLAN + HELD[1:], TODAY) is HELD[1]
    assert latest_held(PLAN, TODAY) is None


def test_the_next_coming_is_the_nearest_ahead_not_the_last_of_the_plan() -> None:
    assert next_coming(PLAN + HELD[1:], TODAY) is PLAN[-1]
    assert next_coming(PLAN + HELD, TODAY) is HELD[0]  # today's is still coming
    assert next_coming(HELD[1:], TODAY) is None
