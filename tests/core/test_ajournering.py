"""Ajourneringar as the secretary types them and as the protokoll prints them."""

from __future__ import annotations

from datetime import time

import pytest

from ksdesk.core.ajournering import outside_meeting, parse_ajourneringar, printed, written
from ksdesk.core.errors import InvalidInput
from ksdesk.core.protokoll import Ajournering

COFFEE = Ajournering(time(15), time(15, 15))
LUNCH = Ajournering(time(12), time(13))


def test_typed_breaks_are_read_in_time_order() -> None:
    assert parse_ajourneringar("") == []
    assert parse_ajourneringar("15.00–15.15") == [COFFEE]
    assert parse_ajourneringar("kl. 15:00 - 15:15 och 12.00-13.00") == [LUNCH, COFFEE]
    assert parse_ajourneringar("15.00-15.15; 12-13\n") == [LUNCH, COFFEE]


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("15.00", "”15.00”"),
        ("15.15–15.00", "”15.15–15.00”"),
        ("kaffe", "”kaffe”"),
        ("12.00–13.00, 12.30–12.45", "12.00–13.00 och 12.30–12.45 överlappar"),
    ],
)
def test_a_break_that_cannot_be_read_is_refused_in_swedish(typed: str, named: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_ajourneringar(typed)
    assert named in str(refused.value)


def test_written_back_and_printed() -> None:
    assert written([LUNCH, COFFEE]) == "12.00–13.00, 15.00–15.15"
    assert parse_ajourneringar(written([LUNCH, COFFEE])) == [LUNCH, COFFEE]
    assert printed([]) == ""
    assert printed([COFFEE]) == "Ajournering kl.\u00a015.00–15.15"
    assert printed([LUNCH, COFFEE]) == "Ajourneringar kl.\u00a012.00–13.00 och 15.00–15.15"


def test_a_break_outside_the_meeting_is_named() -> None:
    assert outside_meeting([COFFEE], time(14), time(16)) == ""
    assert outside_meeting([COFFEE], None, None) == ""
    assert outside_meeting([LUNCH, COFFEE], time(14), None) == "12.00–13.00"
    assert outside_meeting([COFFEE], time(14), time(15, 10)) == "15.00–15.15"
