"""The Paragrafer page on a secretary's laptop: 1366 × 768 at 150 %, a window of 910 × 480.
The list of §§ was some 240 pixels wide and cut the long words of the titles
("kommunstyrels…", "samhällsbyggn…"); the § editor beside it was narrower than its
reservation row and scrolled sideways. Now the titles wrap no narrower than their longest
word, and neither the list nor the editor scrolls sideways. Run in a process of its own on
the offscreen screen of tests/ui/screen-1920x1080.json, QT_SCALE_FACTOR set before Qt."""

from __future__ import annotations

from pathlib import Path

from ksdesk.services import meetings as meeting_service
from ksdesk.services import protokoll as protokoll_service
from tests.ui.fit_probe import run_probe

PROBE = Path(__file__).with_name("column_probe.py")


def test_the_paragraf_list_and_editor_fit_a_laptop_at_150(
    demo_store, demo_path: Path, tmp_path: Path
) -> None:
    meeting_id = meeting_service.list_meetings(demo_store)[0].id
    protokoll_service.start_protokoll(demo_store, meeting_id, None)
    demo_store.close()
    found = run_probe(PROBE, demo_path, tmp_path / "data", 910, 480, "1.5", "paragrafer")
    assert found["rows"] > 5
    columns = {c["heading"]: c for c in found["columns"]}
    assert columns["Ärende"]["cut_words"] == []
    assert sum(c["width"] for c in found["columns"]) <= found["viewport"]
    assert not found["sideways_scroll"]
    assert found["editor_needs"] <= found["editor_has"]
    assert not found["editor_sideways_scroll"]


def test_at_100_percent_the_titles_wrap_before_the_notes_do(
    demo_store, demo_path: Path, tmp_path: Path
) -> None:
    """At 1366 × 768 and 100 % there is room for "saknar beslut" on one line: the long
    titles give way first (it was wrapped, the titles taking the width)."""
    meeting_id = meeting_service.list_meetings(demo_store)[0].id
    protokoll_service.start_protokoll(demo_store, meeting_id, None)
    demo_store.close()
    found = run_probe(PROBE, demo_path, tmp_path / "data", 1366, 736, "1", "paragrafer")
    columns = {c["heading"]: c for c in found["columns"]}
    assert columns["Noteringar"]["width"] >= columns["Noteringar"]["contents"]
    assert columns["Ärende"]["cut_words"] == []
