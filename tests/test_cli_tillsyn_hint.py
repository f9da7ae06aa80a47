"""`ksdesk public scan` suggests "publiceras inte i sin helhet" for a tillsyn ärende
(core.tillsyn_hint; walk30's finding 1), and the suggestion blocks nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ksdesk.cli import main
from ksdesk.core.meeting import Arende
from ksdesk.db.connection import open_store
from ksdesk.services import meeting_lookup, meetings


def test_public_scan_suggests_a_tillsyn_arende_and_lets_the_copy_be(
    demo_path: Path, capsys
) -> None:
    store = open_store(demo_path)
    meeting = meeting_lookup.find_meeting(store, date(2020, 12, 7))
    meeting.items.append(Arende("Föreläggande förenat med vite", dnr="KS 2020/401"))
    meetings.save_meeting(store, meeting)
    store.close()
    code = main(["public", "scan", "--db", str(demo_path), "--meeting", "2020-12-07"])
    out = capsys.readouterr().out
    assert code == 0  # a suggestion, not a hit
    assert "”Föreläggande förenat med vite” ser ut att vara ett tillsynsärende" in out
    assert "Markera det under Ändra ärende → Publicering" in out
