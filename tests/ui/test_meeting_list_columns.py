"""The Kallelse tab's list of meetings on a secretary's laptop. At 1366 × 768 and 150 % the
window is 910 × 480 logical pixels and the list some 240 wide: with two organs in the file,
Datum, Organ, Tid and Status took the width, Plats shrank to "…" and a horizontal scroll bar
hid Status. Now the date, status and organ are shown whole, the time and place give way
(the date's tooltip says both), and the list never scrolls sideways. Run in a process of its
own on the offscreen screen of tests/ui/screen-1920x1080.json, where QT_SCALE_FACTOR is set
before Qt starts."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from ksdesk.services import meetings as meeting_service
from tests.ui.fit_probe import run_probe

PROBE = Path(__file__).with_name("column_probe.py")


def _shown(found: dict) -> dict[str, dict]:
    return {c["heading"]: c for c in found["columns"] if not c["hidden"]}


@pytest.mark.parametrize("second_organ", [False, True], ids=["one organ", "two organs"])
def test_a_laptop_at_150_shows_date_status_and_organ_whole_without_scrolling(
    demo_store, demo_path: Path, tmp_path: Path, second_organ: bool
) -> None:
    if second_organ:
        meeting_service.create_meeting(
            demo_store, "Socialnämnden", date(2020, 12, 7), time(9), "Gröna rummet"
        )
    demo_store.close()
    found = run_probe(PROBE, demo_path, tmp_path / "data", 910, 480, "1.5")
    shown = _shown(found)
    assert sum(c["width"] for c in shown.values()) <= found["viewport"]
    assert not found["sideways_scroll"]
    needed = ["Datum", "Status"] + ["Organ"] * second_organ
    cut = [h for h in needed if h not in shown or shown[h]["width"] < shown[h]["contents"]]
    assert cut == []
    if second_organ:  # no room for a place worth reading: left out, not "…"
        assert list(shown) == ["Datum", "Organ", "Status"]
    else:
        assert list(shown) == ["Datum", "Tid", "Status", "Plats"]
    assert found["date_tooltip"] == (
        "Måndag 7 december 2020, kl. 14.00\nFestsalen Folkets hus (presidiet)"
    )


def test_a_laptop_at_100_shows_every_column_and_the_place_takes_the_rest(
    demo_store, demo_path: Path, tmp_path: Path
) -> None:
    meeting_service.create_meeting(demo_store, "Socialnämnden", date(2020, 12, 7), time(9))
    demo_store.close()
    found = run_probe(PROBE, demo_path, tmp_path / "data", 1366, 736, "1")
    shown = _shown(found)
    assert list(shown) == ["Datum", "Tid", "Organ", "Status", "Plats"]
    assert all(c["width"] >= c["contents"] for h, c in shown.items() if h != "Plats")
    assert sum(c["width"] for c in shown.values()) == found["viewport"]
