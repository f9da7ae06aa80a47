"""Who decides a tjänsteskrivelse's att-satser, as its heading names it (walk28's finding 6):
Kungsbacka's Byggnadsnämndens arbetsutskott prepares "Förslag till beslut i
byggnadsnämnden" (the AU prepares, the nämnd decides). Printed in the AU's packet it read
"Förslag till beslut i byggnadsnämndens arbetsutskott": the organ holding the meeting was put
in place of the one the handläggare named. Paper and web print the organ the heading names."""

from __future__ import annotations

import subprocess
from datetime import date, time
from pathlib import Path

import docx

from ksdesk.core.meeting import Arende
from ksdesk.core.organ import Organ
from ksdesk.reports.web.handlingar import tjansteskrivelse_blocks
from ksdesk.services import meetings
from ksdesk.services.own_kommun import new_database
from ksdesk.services.packet import PartCache, build_packet
from ksdesk.services.tjansteskrivelse_import import import_file
from tests.interchange.real_tjansteskrivelser import bold

BAU = "Byggnadsnämndens arbetsutskott"
TITLE = "Information om Lokalbehov 2027–2031, utblicksår 2032–2036"


def _word(path: Path) -> Path:
    """Real: data/kungsbacka/bygg-au/2025/2025-09-30/handlingar.md (moggleif/kommunhandlingar),
    Bygg- och miljöförvaltningens tjänsteskrivelse BN-2025-00212, 2025-09-17: its heading and
    att-sats."""
    document = docx.Document()
    bold(document, TITLE)
    bold(document, "Förslag till beslut i Byggnadsnämnden")
    document.add_paragraph(
        "Byggnadsnämnden lägger information om Lokalbehov 2027–2031 samt utblicksår "
        "2032–2036 till handlingarna."
    )
    bold(document, "Beslutet skickas till")
    document.add_paragraph("Kommunstyrelsen")
    document.save(path)
    return path


def test_the_au_packet_names_the_namnd_that_decides(tmp_path: Path) -> None:
    store = new_database(tmp_path / "bau.sqlite", "Kungsbacka kommun", BAU)
    created, _ = meetings.create_meeting(store, BAU, date(2025, 9, 30), time(8), "Stadshuset")
    meeting = meetings.get_meeting(store, created.id)
    meeting.items = [Arende(TITLE, "BN-2025-00212")]
    meetings.save_meeting(store, meeting)
    import_file(store, created.id, 1, _word(tmp_path / "ts.docx"))
    pdf = build_packet(store, created.id, cache=PartCache()).pdf
    item = meetings.get_meeting(store, created.id).items[0]
    store.close()
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    assert "Förslag till beslut i byggnadsnämnden" in text
    assert "beslut i byggnadsnämndens arbetsutskott" not in text
    organ = Organ(name=BAU, kommun="Kungsbacka kommun")
    web = repr(tjansteskrivelse_blocks(item, organ, bilagor=[], left_out=[]))
    assert "Förslag till beslut i byggnadsnämnden" in web
    assert "beslut i byggnadsnämndens arbetsutskott" not in web
