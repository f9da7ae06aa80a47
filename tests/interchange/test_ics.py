"""The meeting as an iCalendar file: folded lines, escaped text, secret items unnamed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from ksdesk.core.deadlines import deadline_chain
from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.interchange.ics import escape_text, fold, meeting_ics

NOW = datetime(2020, 12, 1, 8, 0, tzinfo=UTC)


def calendar(**kwargs) -> str:
    meeting = Sammantrade(
        1,
        date(2020, 12, 7),
        time(14),
        place="Festsalen, Folkets hus; plan 2",
        items=[
            Arende("Val av justerare"),
            Arende("Personalärende: Anna Andersson", dnr="2020/1", secret=True),
            Arende("Omfördelning av budgetmedel " * 4, dnr="2020/434"),
        ],
    )
    organ = Organ("Kommunstyrelsen", short="KS")
    return meeting_ics(meeting, organ, now=NOW, **kwargs).decode("utf-8")


def test_lines_are_folded_at_75_octets_with_crlf() -> None:
    text = calendar()
    assert text.endswith("END:VCALENDAR\r\n")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    unfolded = text.replace("\r\n ", "")
    assert "3. Omfördelning av budgetmedel Omfördelning" in unfolded


def test_folding_never_splits_a_swedish_letter() -> None:
    line = "DESCRIPTION:" + "å" * 80
    for part in fold(line).split("\r\n"):
        part.encode("utf-8").decode("utf-8")
        assert len(part.encode("utf-8")) <= 75


def test_text_is_escaped() -> None:
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert "LOCATION:Festsalen\\, Folkets hus\\; plan 2" in calendar()


def test_secret_items_are_not_named() -> None:
    unfolded = calendar().replace("\r\n ", "")
    assert "Anna Andersson" not in unfolded
    assert "2. Ärende med sekretess" in unfolded


def test_deadlines_as_all_day_events() -> None:
    text = calendar(chain=deadline_chain(date(2020, 12, 7)))
    assert text.count("BEGIN:VEVENT") == 6
    assert "DTSTART;VALUE=DATE:20210113" in text
    assert "DTSTAMP:20201201T080000Z" in text


def test_a_meeting_without_a_place_has_no_empty_location() -> None:
    """A meeting at a distance names no room: the calendar showed a blank Plats."""
    meeting = Sammantrade(
        1, date(2021, 3, 1), time(9), remote_note="Sammanträdet hålls på distans via Teams."
    )
    text = meeting_ics(meeting, Organ("Kommunstyrelsen"), now=NOW).decode("utf-8")
    assert "LOCATION" not in text
    assert "på distans via Teams" in text.replace("\r\n ", "")
