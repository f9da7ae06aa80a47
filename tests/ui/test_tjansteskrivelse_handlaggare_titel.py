"""The handläggare's title (step m1810) in the Tjänsteskrivelse dialog and in the packet: shown
and edited beside the name, saved with the meeting, printed under the name; a name in
capitals shown as written in the dialog and printed as a name."""

from __future__ import annotations

import subprocess
from datetime import date, time
from pathlib import Path

from ksdesk.core.meeting import Arende, Tjansteskrivelse
from ksdesk.services import meetings
from ksdesk.services.own_kommun import new_database
from ksdesk.services.packet import PartCache, build_packet
from ksdesk.ui.app import create_application
from ksdesk.ui.dialogs.tjansteskrivelse_dialog import TjansteskrivelseDialog

BUN = "Barn- och ungdomsnämnden"


def test_the_dialog_shows_and_edits_the_title(qtbot) -> None:
    create_application()
    ts = Tjansteskrivelse(
        title="Remiss", handlaggare="ANDERS FORSBERG", handlaggare_titel="Utredare"
    )
    dialog = TjansteskrivelseDialog(Arende("Remiss", tjansteskrivelse=ts), organ_name=BUN)
    qtbot.addWidget(dialog)
    assert dialog.ui.handlaggare_edit.text() == "ANDERS FORSBERG"  # the document's own text
    assert dialog.ui.handlaggare_titel_edit.text() == "Utredare"
    dialog.ui.handlaggare_titel_edit.setText(" Nämndsekreterare ")
    assert dialog.result_tjansteskrivelse().handlaggare_titel == "Nämndsekreterare"


def test_the_packet_prints_the_stored_title_under_the_name(tmp_path: Path) -> None:
    store = new_database(tmp_path / "bun.sqlite", "Vallentuna kommun", BUN)
    created, _ = meetings.create_meeting(store, BUN, date(2026, 12, 10), time(9), "Sal A")
    meeting = meetings.get_meeting(store, created.id)
    ts = Tjansteskrivelse(
        title="Svar på remiss",
        handlaggare="ANDERS FORSBERG",
        handlaggare_titel="NÄMNDSEKRETERARE",
        telefon="86656",
    )
    meeting.items = [Arende("Svar på remiss", "BUN 2026/12", tjansteskrivelse=ts)]
    meetings.save_meeting(store, meeting)
    stored = meetings.get_meeting(store, created.id).items[0].tjansteskrivelse
    assert (stored.handlaggare, stored.handlaggare_titel) == ("ANDERS FORSBERG", "NÄMNDSEKRETERARE")
    pdf = build_packet(store, created.id, cache=PartCache()).pdf
    store.close()
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    at = next(i for i, line in enumerate(lines) if line.startswith("Anders Forsberg, 86656"))
    assert lines[at + 1].startswith("Nämndsekreterare")
    assert "FORSBERG" not in text
