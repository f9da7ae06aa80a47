"""The web kallelse prints a förslag partly to kommunfullmäktige as the paper does (core.
beslut_groups.proposal_parts): each part under its own label, the heading lines kf29 keeps in
the förslag never printed as förslag text. Förslag shortened from Kungsbacka KS 2025-02-18
ärende 16, moggleif/kommunhandlingar data/kungsbacka/ks/2025/2025-02-18/kallelse.md."""

from __future__ import annotations

from datetime import date, time

from ksdesk.core.meeting import Arende, Sammantrade
from ksdesk.core.organ import Organ
from ksdesk.reports.web.kallelse import kallelse_part
from ksdesk.reports.web.model import Table, plain_text

FORSLAG = (
    "Förslag till beslut i kommunfullmäktige\n"
    "Kommunfullmäktige fastställer koncernbudget 2025.\n"
    "Förslag till beslut i kommunstyrelsen\n"
    "Kommunstyrelsen delegerar till ekonomichefen att uppta nya lån."
)


def test_a_forslag_to_fullmaktige_prints_under_its_labels() -> None:
    item = Arende("Fastställande av koncernbudget 2025", "KS-2023-00686", proposal=FORSLAG)
    meeting = Sammantrade(1, date(2025, 2, 18), time(13), items=[item], show_proposals=True)
    part = kallelse_part(meeting, Organ("Kommunstyrelsen", kommun="Kungsbacka kommun"))
    table = next(block for block in part.blocks if isinstance(block, Table))
    assert plain_text(table.rows[1][1].text).splitlines() == [
        "Förslag till beslut i kommunfullmäktige: Kommunfullmäktige fastställer koncernbudget "
        "2025.",
        "Förslag till beslut i kommunstyrelsen: Kommunstyrelsen delegerar till ekonomichefen "
        "att uppta nya lån.",
    ]
