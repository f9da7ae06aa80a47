"""A delegationsbeslut whose delegat cell holds several delegates, one a line (Kungsbacka
Teknik's point 4.3.1: "VC Trafik & Utemiljö" / "EC Planering & Utformning" /
"Trafikingenjör"), prints them a line each in the list reported to the nämnd; they printed
run together (teknik33)."""

from __future__ import annotations

import io
from datetime import date, time

from pypdf import PdfReader

from ksdesk.core.delegation import Delegationsbeslut
from ksdesk.core.meeting import Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.reports.delegationsbeslut_pdf import render_anmalan


def test_several_delegates_print_a_line_each() -> None:
    beslut = Delegationsbeslut(
        "TE-2025-00540",
        date(2025, 7, 1),
        delegat="VC Trafik & Utemiljö\nEC Planering & Utformning\nTrafikingenjör",
        beslut="Tillfällig trafikföreskrift",
    )
    meeting = Sammantrade(organ_id=1, date=date(2025, 9, 24), time=time(18))
    organ = Organ(name="Nämnden för Teknik", id=1, kommun="Kungsbacka kommun")
    pdf = render_anmalan([beslut], meeting, organ, date(2025, 9, 16))
    lines = [
        line.strip() for line in PdfReader(io.BytesIO(pdf)).pages[0].extract_text().splitlines()
    ]
    assert "EC Planering &" in " ".join(lines)
    assert not any("Utemiljö EC" in line for line in lines)
