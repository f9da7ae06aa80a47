"""The Sammanträde tab's meeting list on a secretary's laptop. At 1366 × 768 and 150 % (a
window of 910 × 480 logical pixels) the wrapping row of buttons beside it left the box Qt's
hint of 18 characters, and it showed "2020-12-07  kl. 14.00  Festsalen F". Now the box asks
for its longest choice, the buttons go onto the next line first, and date, organ and place
are read whole. Run in a process of its own on the offscreen screen of
tests/ui/screen-1920x1080.json, where QT_SCALE_FACTOR is set before Qt starts."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from ksdesk.services import meetings as meeting_service
from tests.ui.fit_probe import run_probe

PROBE = Path(__file__).with_name("picker_probe.py")


@pytest.mark.parametrize("second_organ", [False, True], ids=["one organ", "two organs"])
@pytest.mark.parametrize("size", [(910, 480, "1.5"), (1366, 736, "1")], ids=["150 %", "100 %"])
def test_date_organ_and_place_are_read_whole(
    demo_store, demo_path: Path, tmp_path: Path, second_organ: bool, size: tuple
) -> None:
    if second_organ:
        meeting_service.create_meeting(
            demo_store, "Socialnämnden", date(2020, 12, 8), time(9), "Gröna rummet, Stadshuset"
        )
    demo_store.close()
    width, height, scale = size
    found = run_probe(PROBE, demo_path, tmp_path / "data", width, height, scale)
    if second_organ:  # each meeting says whose it is
        assert found["choices"] == [
            "2020-12-08  Socialnämnden  kl. 09.00  Gröna rummet, Stadshuset",
            "2020-12-07  KS  kl. 14.00  Festsalen Folkets hus (presidiet)",
        ]
    else:
        assert found["choices"] == ["2020-12-07  kl. 14.00  Festsalen Folkets hus (presidiet)"]
    assert found["cut"] == []
    assert found["list_cut"] == []
    assert found["window_minimum"] <= width
